package org.tandem.core.roadmap.rules;

import java.util.List;

/**
 * A check of a roadmap and of the live state of its organization on a date. Built-in rules live in this
 * package; vendors add their own by listing the class in
 * {@code META-INF/services/org.tandem.core.roadmap.rules.RoadmapRule} (see {@link RoadmapRules#discover()})
 * or by passing instances to {@link RoadmapRules#of(List)}.
 *
 * <p>Contract:
 * <ul>
 *   <li>stateless and thread-safe: one instance is shared by every evaluation;</li>
 *   <li>read-only: the repositories in the context are for reading, a rule never saves;</li>
 *   <li>deterministic: the same context gives the same findings (the date comes from the context, never
 *       from a clock);</li>
 *   <li>silent rather than wrong: when the context lacks what the rule needs (no period, no live state, no
 *       parent roadmap), it returns no findings;</li>
 *   <li>returns a list, never null, with {@link Finding#ruleId()} equal to {@link #id()}; order does not
 *       matter, {@link RoadmapRules} sorts;</li>
 *   <li>throws only on a bug: {@link RoadmapRules} reports a throwing rule as an {@link Severity#ERROR} finding
 *       and carries on with the others.</li>
 * </ul>
 * ServiceLoader needs a public no-argument constructor.
 */
@FunctionalInterface
public interface RoadmapRule {

    /** Everything this rule finds in {@code context}; empty when all is well. */
    List<Finding> evaluate(RuleContext context);

    /**
     * A stable identity for findings and configuration, e.g. {@code "roadmap.activity-overdue"}; vendors should
     * prefix theirs with their own name. Defaults to the class name.
     */
    default String id() {
        return getClass().getName();
    }
}
