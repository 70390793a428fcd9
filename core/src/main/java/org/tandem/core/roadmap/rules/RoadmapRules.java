package org.tandem.core.roadmap.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a fixed list of {@link RoadmapRule rules} over a {@link RuleContext} and returns their findings sorted by
 * {@link Finding#ORDER}. Immutable and thread-safe when its rules are.
 *
 * <p>A rule that throws (or returns null) does not spoil the evaluation: the failure is logged with its stack
 * trace and reported as an {@link Severity#ERROR} finding with rule id {@value #RULE_FAILED} that names the
 * rule, and the other rules' findings are kept.
 */
public final class RoadmapRules {

    /** Rule id of the finding that reports a rule which failed. */
    public static final String RULE_FAILED = "rules.rule-failed";

    private static final Logger LOG = LoggerFactory.getLogger(RoadmapRules.class);

    private final List<RoadmapRule> rules;

    private RoadmapRules(List<RoadmapRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Exactly these rules, in this order. */
    public static RoadmapRules of(List<? extends RoadmapRule> rules) {
        return new RoadmapRules(List.copyOf(Objects.requireNonNull(rules, "rules")));
    }

    /** Exactly these rules, in this order. */
    public static RoadmapRules of(RoadmapRule... rules) {
        return of(List.of(rules));
    }

    /** The rules that come with Tandem. */
    public static RoadmapRules builtIn() {
        return of(builtInRules());
    }

    /**
     * The built-in rules plus every rule registered under
     * {@code META-INF/services/org.tandem.core.roadmap.rules.RoadmapRule} on the thread's context class path.
     * A vendor rule with the id of an earlier rule replaces it, so a vendor can override a built-in rule.
     */
    public static RoadmapRules discover() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return discover(loader != null ? loader : RoadmapRules.class.getClassLoader());
    }

    /** As {@link #discover()}, with service files looked up through {@code loader} (e.g. a plugin's). */
    public static RoadmapRules discover(ClassLoader loader) {
        Map<String, RoadmapRule> byId = new LinkedHashMap<>();
        builtInRules().forEach(rule -> byId.put(rule.id(), rule));
        for (RoadmapRule rule : ServiceLoader.load(RoadmapRule.class, loader)) {
            RoadmapRule replaced = byId.put(rule.id(), rule);
            if (replaced != null && replaced.getClass() != rule.getClass()) {
                LOG.info("Roadmap rule {} of {} replaces {}", rule.id(), rule.getClass().getName(),
                        replaced.getClass().getName());
            }
        }
        return of(new ArrayList<>(byId.values()));
    }

    private static List<RoadmapRule> builtInRules() {
        return List.of(new OverdueActivityRule(), new MonitoringNotDoneRule(), new DeadlineOutsidePeriodRule(),
                new UnparsedDeadlineRule(), new StageOrderRule(), new IncompleteActivityRule(),
                new MissingSchoolActivitiesRule(), new PersonalizedProgramLateRule(), new FirstMeetingLateRule(),
                new MentorOverCapacityRule(), new InvalidConsentInPairRule());
    }

    /** The same rules and one more at the end. */
    public RoadmapRules plus(RoadmapRule rule) {
        List<RoadmapRule> more = new ArrayList<>(rules);
        more.add(Objects.requireNonNull(rule, "rule"));
        return new RoadmapRules(more);
    }

    /** The rules, in evaluation order. */
    public List<RoadmapRule> rules() {
        return rules;
    }

    /** Every rule's findings, sorted by {@link Finding#ORDER}. */
    public List<Finding> evaluate(RuleContext context) {
        Objects.requireNonNull(context, "context");
        List<Finding> findings = new ArrayList<>();
        for (RoadmapRule rule : rules) {
            findings.addAll(run(rule, context));
        }
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }

    private static List<Finding> run(RoadmapRule rule, RuleContext context) {
        String name = describe(rule);
        try {
            List<Finding> found = rule.evaluate(context);
            if (found == null) {
                LOG.error("Roadmap rule {} returned null instead of a list of findings", name);
                return List.of(failure(name, "вернуло null вместо списка замечаний", "returned null instead of a list"));
            }
            // Copy so that a vendor's list with a null inside fails here, inside the isolation.
            return List.copyOf(found);
        } catch (RuntimeException | LinkageError e) {
            // A vendor jar built against another core version throws LinkageError; it must not stop the others.
            LOG.error("Roadmap rule {} failed; its findings are missing from this evaluation", name, e);
            return List.of(failure(name, "ошибка " + e, "failed with " + e));
        }
    }

    private static String describe(RoadmapRule rule) {
        String className = rule.getClass().getName();
        String id;
        try {
            id = rule.id();
        } catch (RuntimeException e) {
            return className;
        }
        return id == null || id.equals(className) ? className : id + " (" + className + ")";
    }

    private static Finding failure(String name, String ru, String en) {
        return Finding.error(RULE_FAILED, Subject.roadmap(),
                "Правило " + name + " не выполнено (" + ru + "), его замечаний в списке нет. Сообщите поставщику правила.",
                "Rule " + name + " did not run (" + en + "), so its findings are missing. Tell the rule's vendor.");
    }
}
