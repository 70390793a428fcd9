package org.tandem.core.shared;

import java.util.Objects;

/**
 * Why the domain declined to do what was asked: an expected outcome, not an error.
 *
 * @param reason  a stable machine-readable reason, for hosts that branch on it
 * @param message what to tell the person, in both languages
 */
public record Refusal(RefusalReason reason, LocalizedText message) {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    public static Refusal of(RefusalReason reason, String ru, String en) {
        return new Refusal(reason, LocalizedText.of(ru, en));
    }
}
