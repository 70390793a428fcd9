package org.tandem.core.roadmap.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.roadmap.SharedSeeds;

/** Every built-in rule on the three real roadmaps as core's importer reads them, at a date within each. */
class SeedRoadmapRulesTest {

    private static List<Finding> evaluate(String seed, LocalDate date) {
        return RoadmapRules.builtIn().evaluate(RuleContext.of(SharedSeeds.roadmap(seed), date));
    }

    @Test
    void kraevoyCenterOnFifteenOctober2023HasSeptemberWorkOverdueAndAugustOutsideThePeriod() {
        List<Finding> findings = evaluate(SharedSeeds.KRAEVOY_CENTER_2023, LocalDate.of(2023, 10, 15));

        assertThat(findings).filteredOn(f -> f.ruleId().equals(OverdueActivityRule.ID)).extracting(f -> f.subject().key())
                .containsExactly("1.1", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2");
        assertThat(findings).filteredOn(f -> f.subject().key().equals("2.3")).extracting(f -> f.message().ru())
                .containsExactly("Мероприятие 2.3 просрочено: срок 30.09.2023, отметки о выполнении нет",
                        "Срок мероприятия 2.3 «август – сентябрь» частично выходит за период дорожной карты "
                                + "01.09.2023–31.08.2024: 01.08.2023–30.09.2023");
        assertThat(findings).filteredOn(f -> f.ruleId().equals(DeadlineOutsidePeriodRule.ID))
                .extracting(f -> f.subject().key()).containsExactly("2.3", "4.2");
        // 5.3 "сентябрь-октябрь" is still running; the stages follow the model's order.
        assertThat(findings).extracting(f -> f.subject().key()).doesNotContain("5.3", "6.1", "7.1");
        assertThat(findings).filteredOn(f -> f.severity() == Severity.INFO).singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo(Subject.roadmap()));
        assertThat(findings).hasSize(15);
    }

    @Test
    void kraevoyCenterWithSeptemberRecordedAsDoneHasNothingOverdue() {
        RoadmapExecutions september = RoadmapExecutions.none();
        for (String number : List.of("1.1", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2")) {
            september = september.with(ActivityExecution.of(number, LocalDate.of(2023, 9, 29),
                    Evidence.document("12-од", LocalDate.of(2023, 9, 29))));
        }
        List<Finding> findings = RoadmapRules.builtIn().evaluate(RuleContext.of(
                SharedSeeds.roadmap(SharedSeeds.KRAEVOY_CENTER_2023), LocalDate.of(2023, 10, 15)).withExecutions(september));

        assertThat(findings).noneMatch(f -> f.ruleId().equals(OverdueActivityRule.ID));
    }

    @Test
    void oktyabrskyOnFifteenDecember2024() {
        List<Finding> findings = evaluate(SharedSeeds.OKTYABRSKY_2024, LocalDate.of(2024, 12, 15));

        assertThat(findings).filteredOn(f -> f.severity() == Severity.WARNING)
                .extracting(Finding::ruleId, f -> f.subject().key()).containsExactly(
                        tuple(OverdueActivityRule.ID, "1.1"), tuple(OverdueActivityRule.ID, "1.2"),
                        tuple(OverdueActivityRule.ID, "1.3"), tuple(OverdueActivityRule.ID, "1.4"),
                        tuple(OverdueActivityRule.ID, "1.5"), tuple(MonitoringNotDoneRule.ID, "1.6"),
                        tuple(OverdueActivityRule.ID, "2.1"), tuple(OverdueActivityRule.ID, "2.2"),
                        tuple(OverdueActivityRule.ID, "2.3"), tuple(OverdueActivityRule.ID, "3.1"),
                        tuple(OverdueActivityRule.ID, "3.2"), tuple(OverdueActivityRule.ID, "3.3"),
                        tuple(OverdueActivityRule.ID, "3.4"), tuple(IncompleteActivityRule.ID, "3.15"),
                        tuple(DeadlineOutsidePeriodRule.ID, "3.15"), tuple(UnparsedDeadlineRule.ID, "4.5"));
        assertThat(findings).filteredOn(f -> f.ruleId().equals(DeadlineOutsidePeriodRule.ID)).singleElement()
                .extracting(f -> f.message().ru()).isEqualTo("Срок мероприятия 3.15 «Сентябрь 2025» выходит за период "
                        + "дорожной карты 01.09.2024–31.08.2025: 01.09.2025–30.09.2025");
        assertThat(findings).filteredOn(f -> f.severity() == Severity.INFO).extracting(f -> f.subject().key())
                .containsExactly("3.13", "3.15", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7");
    }

    @Test
    void zhigalovoOnFifteenMay2023CountsEachAnnualMonitoringWindow() {
        List<Finding> findings = evaluate(SharedSeeds.ZHIGALOVO_2021_2024, LocalDate.of(2023, 5, 15));

        assertThat(findings).filteredOn(f -> f.ruleId().equals(MonitoringNotDoneRule.ID)).extracting(f -> f.subject().key())
                .containsExactly("1.3", "1.4", "1.5", "5.1", "5.2", "5.3", "5.4");
        assertThat(findings).filteredOn(f -> f.subject().key().equals("5.1")).singleElement()
                .extracting(f -> f.message().ru()).asString()
                .endsWith("со сроками 30.04.2022, 30.04.2023 не отмечено как выполненное");
        assertThat(findings).filteredOn(f -> f.ruleId().equals(DeadlineOutsidePeriodRule.ID)).singleElement()
                .extracting(f -> f.message().ru()).isEqualTo("Срок мероприятия 5.3 «Ежегодно 2020-2024 г.» выходит за "
                        + "период дорожной карты 01.09.2021–31.08.2024: 01.09.2020–31.08.2021");
        assertThat(findings).filteredOn(f -> f.ruleId().equals(OverdueActivityRule.ID)).extracting(f -> f.subject().key())
                .containsExactly("1.1", "1.2", "1.6", "1.6.1", "1.6.2", "1.6.3", "1.6.4", "1.7", "1.8", "2.1", "2.2");
    }

    @Test
    void kraevoyCenterAgainstOktyabrskyAsParentMissesTheMunicipalRequirementsItDoesNotCover() {
        List<Finding> findings = new MissingSchoolActivitiesRule().evaluate(RuleContext.of(
                SharedSeeds.roadmap(SharedSeeds.KRAEVOY_CENTER_2023), LocalDate.of(2023, 10, 15))
                .withParentRoadmap(SharedSeeds.roadmap(SharedSeeds.OKTYABRSKY_2024)));

        // 2.1 and 2.2 of the municipality ask schools for mentee questionnaires and consents; the school's
        // "2.4 Сбор данных о наставляемых" covers neither by title, so they are reported, as is everything else.
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.subject()).isInstanceOf(Subject.ParentActivityRef.class));
        assertThat(findings).extracting(f -> f.subject().key()).doesNotContain("1.1", "1.2", "1.5", "3.3");
    }
}
