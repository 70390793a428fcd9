package org.tandem.matching;

import java.util.Objects;

import org.tandem.core.shared.LocalizedText;

/**
 * What a criterion says about one pair: a value in {@code [0, 1]} (1 is the best fit) and why, in words a
 * curator reads, in Russian and English.
 *
 * @param value       in {@code [0, 1]}
 * @param explanation e.g. «закрывает 3 из 4 дефицитов» / "covers 3 of 4 deficits"
 */
public record CriterionResult(double value, LocalizedText explanation) {

    /** @throws IllegalArgumentException if the value is NaN or outside {@code [0, 1]} */
    public CriterionResult {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a criterion value lies in [0, 1], was " + value);
        }
        Objects.requireNonNull(explanation, "explanation");
    }

    public static CriterionResult of(double value, String ru, String en) {
        return new CriterionResult(value, LocalizedText.of(ru, en));
    }
}
