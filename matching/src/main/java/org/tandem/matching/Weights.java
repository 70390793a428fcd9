package org.tandem.matching;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.tandem.core.shared.DomainRuleException;

/**
 * The weight an organization gives each criterion, by criterion id. A criterion the weights do not name keeps its
 * {@link org.tandem.matching.spi.Criterion#defaultWeight() default weight}; a weight of zero switches it off.
 * Only the proportions matter: a pair's score is the weighted mean of its criterion values, in {@code [0, 1]}.
 *
 * <p>Ids are checked against the criteria of a problem when the problem is built: an unknown id is an error.
 */
public record Weights(Map<String, Double> byCriterion) {

    /**
     * @throws IllegalArgumentException if an id is blank or a weight is negative, NaN or infinite
     */
    public Weights {
        Objects.requireNonNull(byCriterion, "byCriterion");
        Map<String, Double> copy = new TreeMap<>();
        byCriterion.forEach((id, weight) -> {
            if (id == null || id.isBlank()) {
                throw new DomainRuleException("Для веса нужно указать критерий подбора.", "a weight needs a criterion id");
            }
            Objects.requireNonNull(weight, () -> "weight of criterion " + id);
            copy.put(id, requireValid(id, weight));
        });
        byCriterion = Map.copyOf(copy);
    }

    /** No explicit weights: every criterion keeps its default. */
    public static Weights defaults() {
        return new Weights(Map.of());
    }

    public static Weights of(Map<String, Double> byCriterion) {
        return new Weights(byCriterion);
    }

    /** These weights with {@code criterionId} set to {@code weight}. */
    public Weights with(String criterionId, double weight) {
        Map<String, Double> copy = new TreeMap<>(byCriterion);
        copy.put(criterionId, weight);
        return new Weights(copy);
    }

    /** The weight set for the criterion, or {@code fallback} when none is set. */
    public double weightOf(String criterionId, double fallback) {
        Double weight = byCriterion.get(criterionId);
        return weight == null ? fallback : weight;
    }

    static double requireValid(String id, double weight) {
        if (Double.isNaN(weight) || Double.isInfinite(weight) || weight < 0) {
            throw new DomainRuleException("Вес критерия «" + id + "» должен быть неотрицательным числом, а указано "
                    + weight + ".", "weight of criterion '" + id + "' is " + weight
                    + "; weights must be finite and not negative");
        }
        return weight;
    }
}
