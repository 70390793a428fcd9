package org.tandem.matching;

import java.util.Objects;

import org.tandem.core.shared.LocalizedText;

/**
 * One criterion's part in a pair's score.
 *
 * @param criterionId  the criterion's id
 * @param criterion    the criterion's name
 * @param value        the criterion's value for the pair, in {@code [0, 1]}
 * @param weight       the criterion's share of all weights, in {@code [0, 1]}
 * @param points       {@code value * weight}: what it adds to the pair's score
 * @param explanation  why, in words a curator reads
 */
public record Contribution(String criterionId, LocalizedText criterion, double value, double weight, double points,
                           LocalizedText explanation) {

    public Contribution {
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(explanation, "explanation");
    }
}
