package org.tandem.matching;

import java.time.LocalDate;
import java.util.Objects;

import org.tandem.core.organization.Organizations;
import org.tandem.core.shared.OrganizationId;

/**
 * Whether a mentor of one organization may mentor a mentee of another: the same organization, or a network
 * agreement in force between the two. Asked once per pair of organizations when a problem is built.
 */
@FunctionalInterface
public interface NetworkAccess {

    boolean mayMentorAcross(OrganizationId mentorOrganization, OrganizationId menteeOrganization);

    /** Only within the same organization. */
    static NetworkAccess sameOrganizationOnly() {
        return OrganizationId::equals;
    }

    /** As core's {@link Organizations#mayMentorAcross} says on {@code day}. */
    static NetworkAccess of(Organizations organizations, LocalDate day) {
        Objects.requireNonNull(organizations, "organizations");
        Objects.requireNonNull(day, "day");
        return (a, b) -> organizations.mayMentorAcross(a, b, day);
    }
}
