package org.tandem.core.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.LocalizedText;

/**
 * A consent to personal-data processing (law 152-FZ) for one purpose.
 *
 * @param purpose        what it allows
 * @param givenOn        the day it was signed
 * @param givenBy        who signed it
 * @param representative the parent's or representative's name, when not signed by the person
 * @param withdrawnOn    the day it was withdrawn, if it was
 */
public record Consent(ConsentPurpose purpose, LocalDate givenOn, ConsentGiver givenBy, Optional<String> representative,
                      Optional<LocalDate> withdrawnOn) {

    public Consent {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(givenOn, "givenOn");
        Objects.requireNonNull(givenBy, "givenBy");
        Objects.requireNonNull(representative, "representative");
        Objects.requireNonNull(withdrawnOn, "withdrawnOn");
        if (givenBy != ConsentGiver.SELF && representative.filter(name -> !name.isBlank()).isEmpty()) {
            throw new DomainRuleException("Если согласие дал родитель или законный представитель, нужно указать его"
                    + " фамилию, имя и отчество.", "a consent signed by a " + givenBy + " names the representative");
        }
        if (withdrawnOn.filter(day -> day.isBefore(givenOn)).isPresent()) {
            throw new DomainRuleException("Согласие не может быть отозвано раньше, чем дано (" + LocalizedText.russian(givenOn) + ").",
                    "a consent cannot be withdrawn before it was given on " + givenOn);
        }
    }

    public static Consent bySelf(ConsentPurpose purpose, LocalDate givenOn) {
        return new Consent(purpose, givenOn, ConsentGiver.SELF, Optional.empty(), Optional.empty());
    }

    public static Consent byParent(ConsentPurpose purpose, LocalDate givenOn, String parentName) {
        return new Consent(purpose, givenOn, ConsentGiver.PARENT, Optional.of(parentName), Optional.empty());
    }

    /** Valid from the day it was given up to, not including, the day it was withdrawn. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(givenOn) && withdrawnOn.map(day::isBefore).orElse(true);
    }

    public Consent withdrawn(LocalDate day) {
        if (withdrawnOn.isPresent()) {
            throw new IllegalStateException("consent for " + purpose + " was already withdrawn on " + withdrawnOn.get());
        }
        return new Consent(purpose, givenOn, givenBy, representative, Optional.of(day));
    }
}
