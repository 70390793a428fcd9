package org.tandem.core.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;

/**
 * What an action touches: an organization and, for a mentorship, its mentor and mentees.
 */
public record AccessTarget(OrganizationId organization, Optional<PersonId> mentor, Set<PersonId> mentees) {

    public AccessTarget {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(mentor, "mentor");
        mentees = Set.copyOf(mentees);
    }

    public static AccessTarget organization(OrganizationId organization) {
        return new AccessTarget(organization, Optional.empty(), Set.of());
    }

    public static AccessTarget mentorship(OrganizationId organization, PersonId mentor, Set<PersonId> mentees) {
        return new AccessTarget(organization, Optional.of(mentor), mentees);
    }
}
