package org.tandem.core.roadmap.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.core.roadmap.TargetModelStage.COMPLETION;
import static org.tandem.core.roadmap.TargetModelStage.MENTEE_BASE;
import static org.tandem.core.roadmap.TargetModelStage.MENTOR_BASE;
import static org.tandem.core.roadmap.TargetModelStage.PAIRS_AND_GROUPS;
import static org.tandem.core.roadmap.TargetModelStage.PAIRS_AND_GROUPS_WORK;
import static org.tandem.core.roadmap.TargetModelStage.PREPARING_CONDITIONS;
import static org.tandem.core.roadmap.rules.Roadmaps.activity;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tandem.core.roadmap.OrganizationLevel;
import org.tandem.core.roadmap.Roadmap;

/** The rules that read only the roadmap document and its executions. */
class DocumentRulesTest {

    private static final LocalDate OCT_15 = LocalDate.of(2023, 10, 15);
    private static final Evidence ORDER = Evidence.document("45-од", LocalDate.of(2023, 9, 20));

    private static List<Finding> run(RoadmapRule rule, RuleContext context) {
        List<Finding> findings = rule.evaluate(context);
        assertThat(findings).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo(rule.id()));
        return findings;
    }

    @Nested
    class ActivityOverdue {

        private final Roadmap roadmap = Roadmaps.school(
                activity("2.3", "Информирование педагогов", "сентябрь", MENTEE_BASE),
                activity("2.4", "Сбор данных о наставляемых", "октябрь", MENTEE_BASE));

        @Test
        void flagsAWindowThatEndedWithoutAnExecution() {
            assertThat(run(new OverdueActivityRule(), RuleContext.of(roadmap, OCT_15))).singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.subject()).isEqualTo(Subject.activity("2.3"));
                        assertThat(f.message().ru())
                                .isEqualTo("Мероприятие 2.3 просрочено: срок 30.09.2023, отметки о выполнении нет");
                        assertThat(f.message().en()).isEqualTo("Activity 2.3 is overdue: due 2023-09-30, no execution recorded");
                    });
        }

        @Test
        void isSilentWhenTheActivityWasDoneEvenLate() {
            RuleContext context = RuleContext.of(roadmap, OCT_15)
                    .withExecutions(RoadmapExecutions.of(ActivityExecution.of("2.3", LocalDate.of(2023, 10, 2), ORDER)));

            assertThat(run(new OverdueActivityRule(), context)).isEmpty();
        }

        @Test
        void isSilentOnTheLastDayOfTheWindow() {
            assertThat(run(new OverdueActivityRule(), RuleContext.of(roadmap, LocalDate.of(2023, 9, 30)))).isEmpty();
        }

        @Test
        void countsEachAnnualWindowSeparately() {
            Roadmap annual = Roadmaps.roadmap(OrganizationLevel.MUNICIPALITY,
                    Optional.of(org.tandem.core.roadmap.deadline.RoadmapPeriod.academicYears(2021, 2024)),
                    activity("1.4", "Совещание координаторов", "Ежегодно, апрель 2022-2024 г.г.", PREPARING_CONDITIONS));
            RuleContext context = RuleContext.of(annual, LocalDate.of(2023, 6, 1)).withExecutions(RoadmapExecutions.of(
                    ActivityExecution.of("1.4", LocalDate.of(2022, 4, 20), ORDER)));

            assertThat(run(new OverdueActivityRule(), context)).singleElement()
                    .extracting(f -> f.message().ru())
                    .isEqualTo("Мероприятие 1.4 просрочено: срок 30.04.2023, отметки о выполнении нет");
        }

        @Test
        void leavesMonitoringToItsOwnRule() {
            Roadmap monitoring = Roadmaps.school(activity("7.1", "Отчёты по итогам", "сентябрь", COMPLETION));

            assertThat(run(new OverdueActivityRule(), RuleContext.of(monitoring, OCT_15))).isEmpty();
        }
    }

    @Nested
    class MonitoringNotDone {

        private final Roadmap roadmap = Roadmaps.school(
                activity("1.6", "Мониторинг эффективности внедрения модели", "сентябрь", PREPARING_CONDITIONS),
                activity("7.1", "Отчёты по итогам наставнической программы", "май", COMPLETION));

        @Test
        void flagsAMonitoringActivityWhoseWindowPassed() {
            assertThat(run(new MonitoringNotDoneRule(), RuleContext.of(roadmap, OCT_15))).singleElement()
                    .satisfies(f -> {
                        assertThat(f.subject()).isEqualTo(Subject.activity("1.6"));
                        assertThat(f.message().ru()).isEqualTo("Мониторинг не проведён: мероприятие 1.6 («Мониторинг "
                                + "эффективности внедрения модели») со сроком 30.09.2023 не отмечено как выполненное");
                    });
        }

        @Test
        void flagsCompletionStageActivitiesToo() {
            assertThat(run(new MonitoringNotDoneRule(), RuleContext.of(roadmap, LocalDate.of(2024, 6, 3))))
                    .extracting(Finding::subject)
                    .containsExactlyInAnyOrder(Subject.activity("1.6"), Subject.activity("7.1"));
        }

        @Test
        void isSilentWhenMonitoringWasDone() {
            RuleContext context = RuleContext.of(roadmap, LocalDate.of(2024, 6, 3)).withExecutions(RoadmapExecutions.of(
                    ActivityExecution.of("1.6", LocalDate.of(2023, 9, 28), Evidence.link(URI.create("https://school.example/m"))),
                    ActivityExecution.of("7.1", LocalDate.of(2024, 5, 30), ORDER)));

            assertThat(run(new MonitoringNotDoneRule(), context)).isEmpty();
        }
    }

    @Nested
    class DeadlineOutsidePeriod {

        @Test
        void flagsAugustToSeptemberAsPartlyOutsideTheAcademicYear() {
            Roadmap roadmap = Roadmaps.school(activity("2.3", "Информирование", "август – сентябрь", MENTEE_BASE));

            assertThat(run(new DeadlineOutsidePeriodRule(), RuleContext.of(roadmap, OCT_15))).singleElement()
                    .extracting(f -> f.message().ru())
                    .isEqualTo("Срок мероприятия 2.3 «август – сентябрь» частично выходит за период дорожной карты "
                            + "01.09.2023–31.08.2024: 01.08.2023–30.09.2023");
        }

        @Test
        void saysWhollyOutsideForAMonthAfterThePeriod() {
            Roadmap roadmap = Roadmaps.school(activity("3.15", "Форум", "Сентябрь 2024", COMPLETION));

            assertThat(run(new DeadlineOutsidePeriodRule(), RuleContext.of(roadmap, OCT_15))).singleElement()
                    .extracting(f -> f.message().en())
                    .isEqualTo("The deadline of activity 3.15 \"Сентябрь 2024\" falls outside the roadmap's period "
                            + "2023-09-01 to 2024-08-31: 2024-09-01 to 2024-09-30");
        }

        @Test
        void isSilentForDeadlinesInsideThePeriod() {
            Roadmap roadmap = Roadmaps.school(activity("2.4", "Сбор данных", "сентябрь-октябрь", MENTEE_BASE),
                    activity("6.1", "Встречи", "В течение учебного года", PAIRS_AND_GROUPS_WORK));

            assertThat(run(new DeadlineOutsidePeriodRule(), RuleContext.of(roadmap, OCT_15))).isEmpty();
        }

        @Test
        void isSilentWhenTheRoadmapStatesNoPeriod() {
            Roadmap roadmap = Roadmaps.roadmap(OrganizationLevel.ORGANIZATION, Optional.empty(),
                    activity("3.15", "Форум", "Сентябрь 2030", COMPLETION));

            assertThat(run(new DeadlineOutsidePeriodRule(), RuleContext.of(roadmap, OCT_15))).isEmpty();
        }
    }

    @Nested
    class UnparsedDeadline {

        @Test
        void flagsADeadlineTheParserDidNotUnderstandAndAMissingOne() {
            Roadmap roadmap = Roadmaps.school(
                    activity("1.1", "Подготовка", "II четверть", PREPARING_CONDITIONS),
                    activity("4.5", "Участие в конкурсах", "", COMPLETION));

            List<Finding> findings = run(new UnparsedDeadlineRule(), RuleContext.of(roadmap, OCT_15));

            assertThat(findings).extracting(Finding::subject)
                    .containsExactly(Subject.activity("1.1"), Subject.activity("4.5"));
            assertThat(findings.get(0).message().ru()).startsWith("Срок мероприятия 1.1 «II четверть» не распознан (");
            assertThat(findings.get(1).message().ru())
                    .isEqualTo("У мероприятия 4.5 не указан срок; выполнение в срок проверить нельзя");
        }

        @Test
        void isSilentForUnderstoodDeadlines() {
            Roadmap roadmap = Roadmaps.school(activity("1.1", "Подготовка", "по мере необходимости", PREPARING_CONDITIONS),
                    activity("1.2", "Совещание", "не позднее 15 числа декабря, июня", PREPARING_CONDITIONS));

            assertThat(run(new UnparsedDeadlineRule(), RuleContext.of(roadmap, OCT_15))).isEmpty();
        }
    }

    @Nested
    class StageOrder {

        @Test
        void flagsPairsFixedBeforeTheMenteeBaseIsFormed() {
            Roadmap roadmap = Roadmaps.school(
                    activity("2.1", "Формирование базы наставляемых", "ноябрь", MENTEE_BASE),
                    activity("3.1", "Формирование базы наставников", "сентябрь", MENTOR_BASE),
                    activity("5.1", "Закрепление наставнических пар", "октябрь", PAIRS_AND_GROUPS));

            assertThat(run(new StageOrderRule(), RuleContext.of(roadmap, OCT_15))).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo(Subject.activity("5.1"));
                assertThat(f.message().ru()).isEqualTo("Мероприятие 5.1 этапа «Формирование наставнических пар и групп» "
                        + "должно завершиться к 31.10.2023, до начала этапа «Формирование базы наставляемых» "
                        + "(мероприятие 2.1 с 01.11.2023), от которого оно зависит");
            });
        }

        @Test
        void flagsMonitoringBeforeTheWorkOfPairsBegan() {
            Roadmap roadmap = Roadmaps.school(
                    activity("6.1", "Встречи наставников и наставляемых", "январь-май", PAIRS_AND_GROUPS_WORK),
                    activity("7.1", "Мониторинг удовлетворённости", "декабрь", COMPLETION));

            assertThat(run(new StageOrderRule(), RuleContext.of(roadmap, OCT_15)))
                    .extracting(Finding::subject).containsExactly(Subject.activity("7.1"));
        }

        @Test
        void isSilentForTheModelsOrderAndForOverlappingStages() {
            Roadmap roadmap = Roadmaps.school(
                    activity("2.1", "Формирование базы наставляемых", "сентябрь", MENTEE_BASE),
                    activity("3.1", "Формирование базы наставников", "сентябрь", MENTOR_BASE),
                    activity("5.1", "Закрепление пар", "сентябрь-октябрь", PAIRS_AND_GROUPS),
                    activity("6.1", "Встречи", "октябрь-май", PAIRS_AND_GROUPS_WORK),
                    activity("7.1", "Итоги", "май", COMPLETION));

            assertThat(run(new StageOrderRule(), RuleContext.of(roadmap, OCT_15))).isEmpty();
        }
    }

    @Nested
    class IncompleteActivity {

        @Test
        void flagsAnActivityWithoutResponsibleOrDocumentType() {
            Roadmap roadmap = Roadmaps.school(
                    activity("1.1", "Подготовка", "сентябрь", PREPARING_CONDITIONS, List.of("Директор"), "Приказ"),
                    activity("3.13", "Коллаборация", "апрель", null, List.of("Куратор"), ""),
                    activity("3.15", "Форум", "май", null, List.of(), "Протокол"));

            List<Finding> findings = run(new IncompleteActivityRule(), RuleContext.of(roadmap, OCT_15));

            assertThat(findings).extracting(Finding::severity, Finding::subject, f -> f.message().ru()).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(Severity.INFO, Subject.activity("3.13"),
                            "У мероприятия 3.13 не указан вид документа (форма результата)"),
                    org.assertj.core.groups.Tuple.tuple(Severity.WARNING, Subject.activity("3.15"),
                            "У мероприятия 3.15 не указан ответственный"));
        }

        @Test
        void makesOneRemarkWhenTheRoadmapHasNoDocumentColumn() {
            Roadmap roadmap = Roadmaps.school(
                    activity("1.1", "Подготовка", "сентябрь", PREPARING_CONDITIONS, List.of("Директор"), ""),
                    activity("1.2", "Совещание", "октябрь", PREPARING_CONDITIONS, List.of("Куратор"), ""));

            assertThat(run(new IncompleteActivityRule(), RuleContext.of(roadmap, OCT_15))).singleElement()
                    .extracting(Finding::subject).isEqualTo(Subject.roadmap());
        }

        @Test
        void isSilentForACompleteActivity() {
            Roadmap roadmap = Roadmaps.school(activity("1.1", "Подготовка", "сентябрь", PREPARING_CONDITIONS));

            assertThat(run(new IncompleteActivityRule(), RuleContext.of(roadmap, OCT_15))).isEmpty();
        }
    }

    @Nested
    class MissingSchoolActivities {

        private final Roadmap municipal = Roadmaps.municipal(
                activity("2.1", "Проведение анкетирования среди педагогов. Сбор согласий на обработку персональных "
                        + "данных наставляемых", "Октябрь 2023", MENTEE_BASE, List.of("МКУ «ЦРО»",
                        "Руководители образовательных организаций"), "Банк данных"),
                activity("3.2", "Проведение анкетирования среди потенциальных наставников", "Октябрь – ноябрь 2023",
                        MENTOR_BASE, List.of("МКУ «ЦРО»", "Руководители ОУ"), "Анкеты"),
                activity("3.8", "Презентация опыта этнонаставничества", "Февраль 2024", null,
                        List.of("МКУ «ЦРО»", "МБОУ «Ниженарыкарская СОШ» (по согласованию)"), "Приказ"),
                activity("1.2", "Разработка и утверждение дорожной карты", "Сентябрь 2023", PREPARING_CONDITIONS,
                        List.of("Директор МКУ «ЦРО»"), "Приказ"));

        @Test
        void flagsARequirementOfSchoolsTheSchoolLacks() {
            Roadmap school = Roadmaps.school(
                    activity("2.4", "Сбор данных о наставляемых, анкетирование", "октябрь", MENTEE_BASE));

            List<Finding> findings = run(new MissingSchoolActivitiesRule(),
                    RuleContext.of(school, OCT_15).withParentRoadmap(municipal));

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo(Subject.parentActivity("3.2"));
                assertThat(f.message().ru()).isEqualTo("В дорожной карте нет мероприятия, которое муниципальная "
                        + "дорожная карта требует от образовательных организаций: 3.2 «Проведение анкетирования среди "
                        + "потенциальных наставников» (срок: Октябрь – ноябрь 2023)");
            });
        }

        @Test
        void doesNotMatchAcrossStages() {
            Roadmap school = Roadmaps.school(
                    activity("2.4", "Сбор данных о наставляемых, анкетирование", "октябрь", MENTEE_BASE),
                    activity("3.1", "Анкетирование потенциальных наставников", "октябрь", PAIRS_AND_GROUPS));

            assertThat(run(new MissingSchoolActivitiesRule(), RuleContext.of(school, OCT_15).withParentRoadmap(municipal)))
                    .extracting(Finding::subject).containsExactly(Subject.parentActivity("3.2"));
        }

        @Test
        void isSilentWhenEveryRequirementIsCovered() {
            Roadmap school = Roadmaps.school(
                    activity("2.4", "Сбор данных о наставляемых, анкетирование", "октябрь", MENTEE_BASE),
                    activity("3.1", "Анкетирование потенциальных наставников", "октябрь", MENTOR_BASE));

            assertThat(run(new MissingSchoolActivitiesRule(), RuleContext.of(school, OCT_15).withParentRoadmap(municipal)))
                    .isEmpty();
        }

        @Test
        void isSilentWithoutAParentRoadmapOrForAMunicipalRoadmap() {
            Roadmap school = Roadmaps.school(activity("1.1", "Подготовка", "сентябрь", PREPARING_CONDITIONS));

            assertThat(run(new MissingSchoolActivitiesRule(), RuleContext.of(school, OCT_15))).isEmpty();
            assertThat(run(new MissingSchoolActivitiesRule(),
                    RuleContext.of(Roadmaps.municipal(activity("1.1", "Подготовка", "сентябрь", PREPARING_CONDITIONS)),
                            OCT_15).withParentRoadmap(municipal))).isEmpty();
        }

        @Test
        void countsOnlyActivitiesWhoseResponsiblePartiesNameSchoolsInGeneral() {
            assertThat(municipal.activities()).filteredOn(MissingSchoolActivitiesRule::isRequiredOfSchools)
                    .extracting(a -> a.number()).containsExactly("2.1", "3.2");
        }
    }

    @Test
    void titleSimilarityKeepsMentorsAndMenteesApart() {
        assertThat(TitleSimilarity.stems("Формирование базы наставников")).containsExactly("формирован", "баз", "наставник");
        assertThat(TitleSimilarity.alike("Формирование базы наставников", "Формирование базы наставляемых")).isFalse();
        assertThat(TitleSimilarity.alike("Формирование базы наставляемых", "Сформировать базу наставляемых")).isTrue();
        assertThat(TitleSimilarity.alike("Информирование родителей", "Информирование педагогов о программе")).isFalse();
        assertThat(TitleSimilarity.alike("Формирование базы наставляемых", "Формирование банка данных: база наставляемых"))
                .isTrue();
    }
}
