package org.tandem.core.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.OrganizationId;

/** The organizations Tandem knows and the network agreements between them. */
public interface Organizations {

    void save(Organization organization);

    Optional<Organization> find(OrganizationId id);

    /** The organization, or a {@link DomainRuleException} naming the unknown identity. */
    default Organization require(OrganizationId id) {
        return find(id).orElseThrow(() -> new DomainRuleException("Организация «" + id + "» не найдена.",
                "unknown organization " + id));
    }

    List<Organization> all();

    /**
     * Saves an agreement; the same number again replaces it (a changed term, say).
     *
     * @throws DomainRuleException if the number is already the agreement between other organizations
     */
    void save(NetworkAgreement agreement);

    List<NetworkAgreement> agreementsOf(OrganizationId organization);

    /** The agreement with this number, between whichever organizations; a number names one agreement. */
    default Optional<NetworkAgreement> agreement(String number) {
        return all().stream().flatMap(organization -> agreementsOf(organization.id()).stream())
                .filter(agreement -> agreement.number().equals(number)).findFirst();
    }

    /** Whether mentors and mentees of the two may be paired on {@code day}: the same organization, or an agreement. */
    default boolean mayMentorAcross(OrganizationId a, OrganizationId b, LocalDate day) {
        return a.equals(b) || agreementsOf(a).stream().anyMatch(agreement -> agreement.covers(a, b, day));
    }

    /** Whether {@code ancestor} is {@code organization} itself or stands above it in the hierarchy. */
    default boolean isWithin(OrganizationId organization, OrganizationId ancestor) {
        Optional<OrganizationId> current = Optional.of(organization);
        int depth = 0;
        while (current.isPresent() && depth++ < 16) {
            if (current.get().equals(ancestor)) {
                return true;
            }
            current = find(current.get()).flatMap(Organization::parent);
        }
        return false;
    }
}
