package org.tandem.core.validation;

import java.util.Objects;

import org.tandem.core.shared.LocalizedText;

/** One broken constraint of a command or questionnaire: which property, and what is wrong with it. */
public record Violation(String property, LocalizedText message) {

    public Violation {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(message, "message");
    }
}
