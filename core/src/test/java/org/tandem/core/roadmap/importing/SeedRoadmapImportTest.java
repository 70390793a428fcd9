package org.tandem.core.roadmap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.OrganizationLevel;
import org.tandem.core.roadmap.PartyKind;
import org.tandem.core.roadmap.ResponsibleLevel;
import org.tandem.core.roadmap.ResponsibleParty;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.RoadmapSection;
import org.tandem.core.roadmap.SharedSeeds;
import org.tandem.core.roadmap.TargetModelStage;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;

/** The three real roadmaps, read by hand and compared with what the importer makes of them. */
class SeedRoadmapImportTest {

    private static ImportResult importSeed(String name) throws IOException {
        return new RoadmapTableImporter().importFrom(SharedSeeds.seed(name));
    }

    private static void assertActivity(Roadmap roadmap, String number, String titleStart, String deadlineText,
            String deadlineKind, List<String> responsible) {
        Activity activity = roadmap.activity(number).orElseThrow(() -> new AssertionError("no activity " + number));
        assertThat(activity.title()).as(number).startsWith(titleStart);
        assertThat(activity.deadlineText()).as(number).isEqualTo(deadlineText);
        assertThat(activity.deadline().flatMap(d -> d.deadline()).map(d -> d.getClass().getSimpleName()).orElse("-"))
                .as(number).isEqualTo(deadlineKind);
        assertThat(activity.responsibleNames()).as(number).isEqualTo(responsible);
    }

    private static List<Integer> activityCounts(Roadmap roadmap) {
        return roadmap.sections().stream().map(s -> s.activities().size()).toList();
    }

    /** Municipal plan of Октябрьский район, 2024/25: four "Этап" rows, page breaks, a 6-column tail. */
    @Nested
    class OktyabrskyDistrict2024 {

        @Test
        void readsTitlePeriodAndMunicipality() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.OKTYABRSKY_2024).roadmap();

            assertThat(roadmap.title()).startsWith("ПЛАН МЕРОПРИЯТИЙ («Дорожная карта») по реализации методологии")
                    .endsWith("Октябрьского района на 2024-2025 учебный год");
            assertThat(roadmap.period()).contains(RoadmapPeriod.academicYear(2024));
            assertThat(roadmap.organization()).contains("Октябрьский район");
            assertThat(roadmap.level()).contains(OrganizationLevel.MUNICIPALITY);
        }

        @Test
        void readsFourStagesWithThirtyOneActivities() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.OKTYABRSKY_2024).roadmap();

            assertThat(roadmap.sections()).extracting(RoadmapSection::number).containsExactly("1", "2", "3", "4");
            assertThat(roadmap.sections().get(0).title()).startsWith("Подготовительный период: подготовка условий");
            assertThat(roadmap.sections()).extracting(RoadmapSection::stage).containsExactly(
                    Optional.of(TargetModelStage.PREPARING_CONDITIONS), Optional.of(TargetModelStage.MENTEE_BASE),
                    Optional.empty(), Optional.of(TargetModelStage.COMPLETION));
            assertThat(activityCounts(roadmap)).containsExactly(6, 3, 15, 7);
            assertThat(roadmap.activities()).extracting(Activity::number).startsWith("1.1", "1.2", "1.3")
                    .contains("3.10", "3.15").endsWith("4.7");
            assertThat(roadmap.activities()).noneMatch(Activity::numberAssigned);
        }

        @Test
        void readsConcreteRows() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.OKTYABRSKY_2024).roadmap();

            assertActivity(roadmap, "1.1", "Информирование педагогического сообщества", "Сентябрь 2024", "InMonth",
                    List.of("Муниципальное казенное учреждение «Центр развития образования Октябрьского района» (далее – МКУ «ЦРО»)"));
            assertActivity(roadmap, "1.5", "Организация онлайн - консультирования", "Сентябрь – ноябрь 2024", "MonthRange",
                    List.of("МКУ «ЦРО»", "Приглашенные специалисты (по заявленным вопросам)"));
            assertActivity(roadmap, "3.6", "Школа педагогического наставничества", "В течение учебного года", "Continuous",
                    List.of("Методист МКУ «ЦРО»", "Руководители УМО"));
            assertActivity(roadmap, "3.8", "Презентация опыта этнонаставничества", "Февраль 2025", "InMonth",
                    List.of("МКУ «ЦРО»", "МБОУ «Ниженарыкарская СОШ» (по согласованию)"));
            assertActivity(roadmap, "3.12", "Педагогическое наставничество с привлечением", "Апрель", "InMonth",
                    List.of("МКУ «ЦРО»"));
            assertActivity(roadmap, "4.5", "Участие в муниципальных, региональных и федеральных конкурсах", "", "-",
                    List.of("МКУ «ЦРО»", "Руководители образовательных организаций"));
            assertActivity(roadmap, "4.6", "Внесение данных об итогах", "Июнь", "InMonth",
                    List.of("МКУ «ЦРО»", "Ответственные кураторы от образовательных организаций"));
        }

        @Test
        void letsTheNamesOfTheSingleColumnTellTheLevel() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.OKTYABRSKY_2024).roadmap();

            assertThat(roadmap.activity("1.1").orElseThrow().responsible()).singleElement().satisfies(p -> {
                assertThat(p.level()).isEqualTo(ResponsibleLevel.MUNICIPAL);
                assertThat(p.kind()).isEqualTo(PartyKind.ORGANIZATION);
            });
            assertThat(roadmap.activity("3.8").orElseThrow().responsible()).containsExactly(
                    new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.ORGANIZATION, "МКУ «ЦРО»"),
                    new ResponsibleParty(ResponsibleLevel.UNSPECIFIED, PartyKind.ORGANIZATION,
                            "МБОУ «Ниженарыкарская СОШ» (по согласованию)"));
            assertThat(roadmap.activity("4.6").orElseThrow().responsible()).containsExactly(
                    new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.ORGANIZATION, "МКУ «ЦРО»"),
                    new ResponsibleParty(ResponsibleLevel.ORGANIZATION, PartyKind.ROLE,
                            "Ответственные кураторы от образовательных организаций"));
            assertThat(roadmap.activity("3.6").orElseThrow().responsible()).containsExactly(
                    new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.ROLE, "Методист МКУ «ЦРО»"),
                    new ResponsibleParty(ResponsibleLevel.UNSPECIFIED, PartyKind.ROLE, "Руководители УМО"));
        }

        @Test
        void joinsRowsSplitByPageBreaks() throws IOException {
            ImportResult result = importSeed(SharedSeeds.OKTYABRSKY_2024);
            Roadmap roadmap = result.roadmap();

            assertActivity(roadmap, "1.3", "Сбор списков наставляемых от образовательных организаций, подведомственных",
                    "Сентябрь – октябрь 2024", "MonthRange",
                    List.of("Методист МКУ «ЦРО»", "Руководители образовательных организаций"));
            assertActivity(roadmap, "3.1", "Корректировка направлений и форм наставничества", "Октябрь – ноябрь 2024",
                    "MonthRange", List.of("МКУ «ЦРО»", "Руководители образовательных организаций",
                            "Ответственные кураторы от образовательных организаций"));
            assertThat(roadmap.activity("3.1").orElseThrow().documentType()).isEqualTo("Методические рекомендации");
            assertThat(roadmap.activity("1.6").orElseThrow().deadlineText()).isEqualTo("Октябрь – ноябрь 2024 год");
            assertThat(roadmap.activity("3.10").orElseThrow().expectedResult())
                    .startsWith("Формирование пар «наставник – наставляемый» либо группы");
            assertThat(result.findings(ImportFinding.Kind.PAGE_BREAK_JOINED)).extracting(ImportFinding::line)
                    .containsExactly(15, 20, 34, 46);
        }

        @Test
        void reportsTheSixCellRowsAndStripsTheirHtml() throws IOException {
            ImportResult result = importSeed(SharedSeeds.OKTYABRSKY_2024);

            assertThat(result.findings(ImportFinding.Kind.SHORT_ROW)).extracting(ImportFinding::line)
                    .containsExactly(52, 54, 55, 56, 58, 59, 60, 61);
            assertActivity(result.roadmap(), "4.4", "Публикация результатов программы наставничества", "В течение года",
                    "Continuous", List.of("МКУ «ЦРО»"));
            assertThat(result.roadmap().activity("4.1").orElseThrow().responsibleNames()).containsExactly("МКУ «ЦРО»",
                    "Руководитель образовательных организаций", "Ответственные кураторы от образовательных организаций");
            assertThat(result.findings()).allSatisfy(f -> assertThat(f.isProblem()).as(f.toString()).isFalse());
        }

        @Test
        void findsTheForumPlannedAfterThePeriod() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.OKTYABRSKY_2024).roadmap();

            assertThat(roadmap.activitiesDueOutsidePeriod()).extracting(Activity::number).containsExactly("3.15");
        }
    }

    /** Municipal roadmap of Жигаловский район, 2021-2024: numbered sections, two responsible columns. */
    @Nested
    class ZhigalovoDistrict2021To2024 {

        @Test
        void readsTitlePeriodAndMunicipality() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.ZHIGALOVO_2021_2024).roadmap();

            assertThat(roadmap.title()).isEqualTo("Дорожная карта внедрения муниципальной целевой модели наставничества"
                    + " в образовательных учреждениях Жигаловского района на 2021-2024 гг.");
            assertThat(roadmap.period()).contains(RoadmapPeriod.academicYears(2021, 2024));
            assertThat(roadmap.organization()).contains("Жигаловский район");
        }

        @Test
        void readsFiveSectionsAndSubItemsOfTheNetworkPartnership() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.ZHIGALOVO_2021_2024).roadmap();

            assertThat(roadmap.sections()).extracting(RoadmapSection::number).containsExactly("1", "2", "3", "4", "5");
            assertThat(roadmap.sections()).extracting(RoadmapSection::title).containsExactly(
                    "Подготовка условий и запуск муниципальной целевой модели наставничества",
                    "Обучение педагогических работников ОУ, задействованных в системе наставничества",
                    "Выявление и распространение лучших практик наставничества",
                    "Информационная и просветительская поддержка наставников",
                    "Мониторинг реализации целевой модели наставничества обучающихся");
            assertThat(activityCounts(roadmap)).containsExactly(12, 2, 2, 4, 4);
            assertThat(roadmap.sections().get(0).activities()).extracting(Activity::number).containsExactly(
                    "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.6.1", "1.6.2", "1.6.3", "1.6.4", "1.7", "1.8");
            assertThat(roadmap.activity("1.6.1").orElseThrow().numberAssigned()).isTrue();
        }

        @Test
        void readsConcreteRowsWithMunicipalThenSchoolResponsibles() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.ZHIGALOVO_2021_2024).roadmap();

            assertActivity(roadmap, "1.1", "Изучение и систематизация", "Сентябрь– октябрь 2021 г.", "MonthRange",
                    List.of("Добровольская О.В."));
            assertActivity(roadmap, "1.4", "Осуществление муниципального мониторинга", "Ежегодно, апрель 2022-2024 г.г.",
                    "Annually", List.of("Добровольская О.В.", "Руководители ОУ", "завучи по учебной и воспитательной работе"));
            assertActivity(roadmap, "1.6", "Организация сетевого партнерства", "2022 г.", "InCalendarYear",
                    List.of("Богатова Ю.Л.", "Нетёсова Л.В.", "специалисты УО"));
            assertActivity(roadmap, "1.6.1", "заключение договоров между ОУ", "2022 г.", "InCalendarYear",
                    List.of("Руководители ОУ"));
            assertActivity(roadmap, "3.1", "Проведение районного фестиваля", "2023 -2024 г.г.", "AcademicYearSpan",
                    List.of("Добровольская О.В.", "Координатор", "кураторы", "наставники"));
            assertActivity(roadmap, "5.3", "Подготовка аналитического отчета", "Ежегодно 2020-2024 г.", "Annually",
                    List.of("Добровольская О.В", "Координатор"));
        }

        @Test
        void keepsMunicipalAndSchoolLevelPartiesApartByTheirColumn() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.ZHIGALOVO_2021_2024).roadmap();

            // Line 13: "Добровольская О.В." under "муниципальные", "Руководители ОУ, завучи ..." under "ОУ".
            assertThat(roadmap.activity("1.4").orElseThrow().responsible()).containsExactly(
                    new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.PERSON, "Добровольская О.В."),
                    new ResponsibleParty(ResponsibleLevel.ORGANIZATION, PartyKind.ROLE, "Руководители ОУ"),
                    new ResponsibleParty(ResponsibleLevel.ORGANIZATION, PartyKind.ROLE,
                            "завучи по учебной и воспитательной работе"));
            // Lines 14-15: only the municipal column, two people and a role of the education department.
            assertThat(roadmap.activity("1.6").orElseThrow().responsible()).containsExactly(
                    new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.PERSON, "Богатова Ю.Л."),
                    new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.PERSON, "Нетёсова Л.В."),
                    new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.ROLE, "специалисты УО"));
            // Line 27: "Добровольская О.В." | "Координатор, кураторы, наставники".
            Activity festival = roadmap.activity("3.1").orElseThrow();
            assertThat(festival.responsible(ResponsibleLevel.MUNICIPAL)).extracting(ResponsibleParty::name)
                    .containsExactly("Добровольская О.В.");
            assertThat(festival.responsible(ResponsibleLevel.ORGANIZATION)).extracting(ResponsibleParty::name)
                    .containsExactly("Координатор", "кураторы", "наставники");
            assertThat(festival.responsible(ResponsibleLevel.ORGANIZATION)).extracting(ResponsibleParty::kind)
                    .containsOnly(PartyKind.ROLE);
            // No party of this table is left without a level: both columns say it.
            assertThat(roadmap.activities()).flatExtracting(Activity::responsible).extracting(ResponsibleParty::level)
                    .doesNotContain(ResponsibleLevel.UNSPECIFIED);
        }

        @Test
        void findsTheReportDueInAYearBeforeTheRoadmap() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.ZHIGALOVO_2021_2024).roadmap();

            assertThat(roadmap.activitiesDueOutsidePeriod()).extracting(Activity::number).containsExactly("5.3");
        }

        @Test
        void reportsOnlyThePageBreakInsideTheResponsibleCell() throws IOException {
            ImportResult result = importSeed(SharedSeeds.ZHIGALOVO_2021_2024);

            assertThat(result.findings()).extracting(ImportFinding::kind, ImportFinding::line)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ImportFinding.Kind.PAGE_BREAK_JOINED, 17));
        }
    }

    /** One organization's roadmap (КГАНОУ КЦО), 2023/24: the seven stages in a column, unnumbered activities. */
    @Nested
    class RegionalEducationCenter2023 {

        @Test
        void readsTitleAfterTheApprovalBlock() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.KRAEVOY_CENTER_2023).roadmap();

            assertThat(roadmap.title()).isEqualTo("«Дорожная карта» реализации целевой модели наставничества"
                    + " В КГАНОУ «Краевой центр образования» 2023 – 2024 учебный год");
            assertThat(roadmap.period()).contains(RoadmapPeriod.academicYear(2023));
            assertThat(roadmap.organization()).contains("КГАНОУ «Краевой центр образования»");
            assertThat(roadmap.level()).contains(OrganizationLevel.ORGANIZATION);
        }

        @Test
        void readsTheSevenStagesOfTheProgramCycle() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.KRAEVOY_CENTER_2023).roadmap();

            assertThat(roadmap.sections()).extracting(RoadmapSection::stage).containsExactly(
                    Optional.of(TargetModelStage.PREPARING_CONDITIONS), Optional.of(TargetModelStage.MENTEE_BASE),
                    Optional.of(TargetModelStage.MENTOR_BASE), Optional.of(TargetModelStage.MENTOR_SELECTION_AND_TRAINING),
                    Optional.of(TargetModelStage.PAIRS_AND_GROUPS), Optional.of(TargetModelStage.PAIRS_AND_GROUPS_WORK),
                    Optional.of(TargetModelStage.COMPLETION));
            assertThat(activityCounts(roadmap)).containsExactly(1, 5, 2, 3, 3, 2, 3);
            assertThat(roadmap.activities()).allMatch(Activity::numberAssigned);
            assertThat(roadmap.activities()).allSatisfy(a -> assertThat(a.stage()).isPresent());
        }

        @Test
        void readsEachRowWithItsOwnDeadlineAsAnActivity() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.KRAEVOY_CENTER_2023).roadmap();

            assertActivity(roadmap, "1.1", "Подготовка нормативной базы", "сентябрь", "InMonth",
                    List.of("генеральный директор", "координатор", "кураторы"));
            assertActivity(roadmap, "2.2", "Выбор программ наставничества исходя из потребностей КЦО", "сентябрь",
                    "InMonth", List.of("координатор", "кураторы"));
            assertThat(roadmap.activity("2.2").orElseThrow().content())
                    .isEqualTo("Формирование банка программ по форме наставничества «Педагог – педагог».");
            assertActivity(roadmap, "2.3", "Информирование педагогов", "август – сентябрь", "MonthRange",
                    List.of("администрация", "координатор", "кураторы"));
            assertActivity(roadmap, "4.3", "Обучение наставников для работы с наставляемыми", "октябрь-май", "MonthRange",
                    List.of("Координатор", "кураторы"));
            assertActivity(roadmap, "6.2", "Организация текущего контроля", "декабрь", "InMonth", List.of("Кураторы"));
            assertActivity(roadmap, "7.2", "Мотивация и поощрение наставников", "май", "InMonth", List.of("Ген. директор"));
            assertActivity(roadmap, "7.3", "Мотивация и поощрение наставников", "июнь-июль", "MonthRange",
                    List.of("Кураторы", "наставники"));
        }

        @Test
        void typesTheSingleResponsibleColumnAsRolesOfNoStatedLevel() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.KRAEVOY_CENTER_2023).roadmap();

            assertThat(roadmap.activity("1.1").orElseThrow().responsible()).containsExactly(
                    new ResponsibleParty(ResponsibleLevel.UNSPECIFIED, PartyKind.ROLE, "генеральный директор"),
                    new ResponsibleParty(ResponsibleLevel.UNSPECIFIED, PartyKind.ROLE, "координатор"),
                    new ResponsibleParty(ResponsibleLevel.UNSPECIFIED, PartyKind.ROLE, "кураторы"));
            assertThat(roadmap.activity("2.3").orElseThrow().responsible()).first()
                    .isEqualTo(new ResponsibleParty(ResponsibleLevel.UNSPECIFIED, PartyKind.ORGANIZATION, "администрация"));
        }

        @Test
        void finishesTheTitleSplitByAPageBreakAndKeepsTheNextStep() throws IOException {
            ImportResult result = importSeed(SharedSeeds.KRAEVOY_CENTER_2023);
            Roadmap roadmap = result.roadmap();

            assertActivity(roadmap, "5.2", "Закрепление наставнических пар/групп", "сентябрь", "InMonth",
                    List.of("Генеральный директор"));
            assertActivity(roadmap, "5.3", "Закрепление наставнических пар/групп", "сентябрь-октябрь", "MonthRange",
                    List.of("наставники"));
            assertThat(roadmap.activity("5.3").orElseThrow().content()).startsWith("2. Составление планов");
            assertThat(result.findings()).extracting(ImportFinding::line).containsExactly(30);
        }

        @Test
        void reducesTheOrderedListsToText() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.KRAEVOY_CENTER_2023).roadmap();

            assertThat(roadmap.activity("3.1").orElseThrow().content())
                    .startsWith("1. Проведение анкетирования среди потенциальных наставников")
                    .endsWith("3. Проведение рабочей встречи (круглый стол) для потенциальных наставников.")
                    .doesNotContain("<", "list-style");
        }

        @Test
        void findsTheStepsThatBeginBeforeTheSchoolYear() throws IOException {
            Roadmap roadmap = importSeed(SharedSeeds.KRAEVOY_CENTER_2023).roadmap();

            assertThat(roadmap.activitiesDueOutsidePeriod()).extracting(Activity::number).containsExactly("2.3", "4.2");
        }
    }
}
