package org.tandem.core.organization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.LocalizedText;
import org.tandem.core.shared.OrganizationId;

/**
 * A network-mentoring agreement (договор о сетевом наставничестве) between two organizations: while it
 * is valid, a mentor of one may mentor a mentee of the other.
 */
public record NetworkAgreement(String number, OrganizationId first, OrganizationId second, DateRange validity) {

    public NetworkAgreement {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(validity, "validity");
        if (number == null || number.isBlank()) {
            throw new DomainRuleException("У договора о сетевом наставничестве должен быть номер.",
                    "a network agreement needs its number");
        }
        if (first.equals(second)) {
            throw new DomainRuleException("Договор о сетевом наставничестве заключают две разные организации, а указана"
                    + " дважды «" + first + "».", "a network agreement binds two different organizations, not " + first);
        }
    }

    /** Whether {@code other} binds the same two organizations as this one, in either order. */
    public boolean sameParties(NetworkAgreement other) {
        return Set.of(first, second).equals(Set.of(other.first(), other.second()));
    }

    /** Why this agreement's number cannot go to an agreement between other organizations. */
    public LocalizedText numberTaken() {
        return LocalizedText.of(
                "Номер «" + number + "» уже присвоен договору между «" + first + "» и «" + second + "».",
                "Number '" + number + "' is already the agreement between '" + first + "' and '" + second + "'.");
    }

    /** Whether the agreement lets organizations {@code a} and {@code b}, in either order, mentor across on {@code day}. */
    public boolean covers(OrganizationId a, OrganizationId b, LocalDate day) {
        boolean parties = (first.equals(a) && second.equals(b)) || (first.equals(b) && second.equals(a));
        return parties && validity.contains(day);
    }
}
