package org.tandem.core.roadmap.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.core.roadmap.rules.Roadmaps.activity;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.TargetModelStage;
import org.tandem.core.roadmap.rules.vendor.NoIndicatorRule;

/** The evaluator: discovery, isolation of failing rules, deterministic order. */
class RoadmapRulesTest {

    private final Roadmap roadmap = Roadmaps.school(
            activity("2.10", "Сбор данных о наставляемых", "сентябрь", TargetModelStage.MENTEE_BASE),
            activity("2.3", "Информирование педагогов", "август – сентябрь", TargetModelStage.MENTEE_BASE));
    private final RuleContext context = RuleContext.of(roadmap, LocalDate.of(2023, 10, 15));

    @Test
    void discoversAVendorRuleThroughServiceLoaderNextToTheBuiltInOnes() {
        RoadmapRules rules = RoadmapRules.discover();

        assertThat(rules.rules()).extracting(RoadmapRule::id)
                .contains(OverdueActivityRule.ID, InvalidConsentInPairRule.ID, NoIndicatorRule.ID);
        assertThat(rules.evaluate(context)).filteredOn(f -> f.ruleId().equals(NoIndicatorRule.ID))
                .extracting(Finding::subject).containsExactly(Subject.activity("2.3"), Subject.activity("2.10"));
    }

    @Test
    void builtInRulesDoNotIncludeVendorRules() {
        assertThat(RoadmapRules.builtIn().rules()).extracting(RoadmapRule::id).doesNotContain(NoIndicatorRule.ID)
                .hasSize(11).doesNotHaveDuplicates();
    }

    @Test
    void isolatesAThrowingRuleAndKeepsTheOthersFindings() {
        RoadmapRule broken = c -> {
            throw new IllegalStateException("boom");
        };
        RoadmapRules rules = RoadmapRules.of(new OverdueActivityRule(), broken);

        List<Finding> findings = rules.evaluate(context);

        assertThat(findings).filteredOn(f -> f.ruleId().equals(OverdueActivityRule.ID)).hasSize(2);
        assertThat(findings).filteredOn(f -> f.ruleId().equals(RoadmapRules.RULE_FAILED)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.subject()).isEqualTo(Subject.roadmap());
            assertThat(f.message().en()).contains(broken.getClass().getName()).contains("boom");
        });
    }

    @Test
    void reportsARuleThatReturnsNull() {
        assertThat(RoadmapRules.of(c -> null).evaluate(context)).singleElement()
                .satisfies(f -> assertThat(f.message().en()).contains("returned null"));
    }

    @Test
    void sortsBySeverityThenActivityNumberAsAReaderDoes() {
        List<Finding> findings = RoadmapRules.of(new DeadlineOutsidePeriodRule(), new OverdueActivityRule(),
                new NoIndicatorRule()).evaluate(context);

        assertThat(findings).extracting(Finding::severity, f -> f.subject().key(), Finding::ruleId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "2.3", OverdueActivityRule.ID),
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "2.3", DeadlineOutsidePeriodRule.ID),
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "2.10", OverdueActivityRule.ID),
                org.assertj.core.groups.Tuple.tuple(Severity.INFO, "2.3", NoIndicatorRule.ID),
                org.assertj.core.groups.Tuple.tuple(Severity.INFO, "2.10", NoIndicatorRule.ID));
    }

    @Test
    void activityNumbersOrderNumerically() {
        assertThat(List.of("2.10", "1.6.1", "2.3", "1.6", "10.1", "A").stream().sorted(ActivityNumberOrder.INSTANCE))
                .containsExactly("1.6", "1.6.1", "2.3", "2.10", "10.1", "A");
    }
}
