package org.tandem.core.roadmap.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.RoadmapSection;
import org.tandem.core.roadmap.TargetModelStage;
import org.tandem.core.roadmap.deadline.Deadline;
import org.tandem.core.roadmap.deadline.DeadlineParse;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;
import org.tandem.core.roadmap.importing.ImportFinding.Kind;

/** Our own small tables, each broken in one way. */
class MalformedTableImportTest {

    private static ImportResult importFixture(String name) throws IOException {
        try (InputStream in = MalformedTableImportTest.class.getResourceAsStream("/roadmap-fixtures/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new RoadmapTableImporter().importFrom(in);
        }
    }

    @Test
    void aTableWithoutAHeaderRowIsReportedAndNotGuessed() throws IOException {
        ImportResult result = importFixture("no-header.tsv");

        assertThat(result.roadmap().sections()).isEmpty();
        assertThat(result.roadmap().title()).startsWith("Дорожная карта наставничества МБОУ «СОШ № 7»");
        assertThat(result.findings()).extracting(ImportFinding::kind, ImportFinding::line)
                .containsExactly(tuple(Kind.NO_HEADER, 1));
        assertThat(result.hasProblems()).isTrue();
        assertThat(result.findings().get(0).reason().ru()).contains("Не найдена строка заголовка");
    }

    @Test
    void unparsableDeadlinesKeepTheirActivityAndAreReportedWithTheReason() throws IOException {
        ImportResult result = importFixture("unparsable-deadline.tsv");
        Roadmap roadmap = result.roadmap();

        assertThat(roadmap.activities()).extracting(Activity::number).containsExactly("1.1", "1.2", "1.3", "1.4");
        assertThat(roadmap.activity("1.2").orElseThrow().deadline()).get().isInstanceOf(DeadlineParse.Unparsed.class);
        assertThat(result.findings(Kind.UNPARSED_DEADLINE)).extracting(ImportFinding::line, ImportFinding::rawText)
                .containsExactly(tuple(6, "1 четверть"), tuple(7, "по графику"), tuple(8, "не позднее 31 числа июня"));
        assertThat(result.findings(Kind.UNPARSED_DEADLINE).get(2).reason().en())
                .isEqualTo("The deadline of activity 1.4 was not understood: June has no day 31.");
        assertThat(result.findings(Kind.UNPARSED_DEADLINE).get(2).reason().ru())
                .isEqualTo("Срок мероприятия 1.4 не распознан: В июне нет 31-го числа.");
        assertThat(roadmap.activity("1.3").orElseThrow().responsibleNames()).containsExactly("Куратор", "заместитель директора");
    }

    @Test
    void strayLinesBecomeFindingsWithTheirLineNumbers() throws IOException {
        ImportResult result = importFixture("stray-line.tsv");

        assertThat(result.roadmap().activities()).extracting(Activity::number).containsExactly("1.1", "1.2");
        assertThat(result.roadmap().sections().get(0).stage()).contains(TargetModelStage.MENTOR_BASE);
        assertThat(result.findings(Kind.STRAY_LINE)).extracting(ImportFinding::line, ImportFinding::rawText)
                .containsExactly(
                        tuple(5, "Примечание: сроки могут уточняться"),
                        tuple(7, "Итого\t2 мероприятия\t\t"),
                        tuple(9, "Исполнитель: Иванова И.И., тел. 2-22-22"));
    }

    @Test
    void anUnknownColumnIsReportedAndTheOthersAreReadInAnyOrder() throws IOException {
        ImportResult result = importFixture("unknown-column.tsv");
        Activity activity = result.roadmap().activity("1.1").orElseThrow();

        assertThat(result.findings()).extracting(ImportFinding::kind, ImportFinding::line)
                .containsExactly(tuple(Kind.UNKNOWN_COLUMN, 2));
        assertThat(result.findings().get(0).reason().en()).contains("«Примечание»");
        assertThat(activity.title()).isEqualTo("Промежуточная обратная связь");
        assertThat(activity.deadlineText()).isEqualTo("декабрь");
        assertThat(activity.indicator()).isEqualTo("100%");
        assertThat(activity.responsibleNames()).containsExactly("Куратор");
        assertThat(result.roadmap().sections()).extracting(RoadmapSection::number).containsExactly("");
    }

    @Test
    void htmlInCellsIsReducedToPlainText() throws IOException {
        ImportResult result = importFixture("html-cells.tsv");
        Roadmap roadmap = result.roadmap();
        Activity activity = roadmap.activity("6.1").orElseThrow();

        assertThat(roadmap.sections()).extracting(RoadmapSection::number, RoadmapSection::title, RoadmapSection::stage)
                .containsExactly(tuple("6", "Работа наставнических пар",
                        java.util.Optional.of(TargetModelStage.PAIRS_AND_GROUPS_WORK)));
        assertThat(activity.title()).isEqualTo("Встречи наставника и наставляемого");
        assertThat(activity.content()).isEqualTo("Первая встреча\nВстреча «планирование» & итоги");
        assertThat(activity.deadlineText()).isEqualTo("октябрь–май");
        assertThat(activity.deadline().flatMap(DeadlineParse::deadline)).get().isInstanceOf(Deadline.MonthRange.class);
        assertThat(activity.responsibleNames()).containsExactly("Куратор", "Наставники");
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aWindowsExportWithBomAndCrlfImportsCleanly() throws IOException {
        ImportResult result = importFixture("bom-crlf.tsv");
        Roadmap roadmap = result.roadmap();

        assertThat(result.findings()).isEmpty();
        assertThat(roadmap.title()).isEqualTo("Дорожная карта на 2024-2025 учебный год");
        assertThat(roadmap.period()).contains(RoadmapPeriod.academicYear(2024));
        Activity first = roadmap.activity("2.1").orElseThrow();
        assertThat(first.title()).isEqualTo("Анкетирование молодых педагогов");
        assertThat(first.deadline().flatMap(DeadlineParse::deadline).orElseThrow()
                .windowsWithin(roadmap.period().orElseThrow()).toString()).isEqualTo("[2024-09-01..2024-10-31]");
        assertThat(first.responsibleNames()).containsExactly("Куратор", "педагог-психолог");
        assertThat(roadmap.activity("2.2").orElseThrow().responsibleNames()).containsExactly("Кураторы");
    }

    @Test
    void aMissingPeriodIsANoticeNotAFailure() {
        ImportResult result = new RoadmapTableImporter().importText(String.join("\n",
                "План наставничества",
                "№\tМероприятие\tСрок",
                "1.1\tВстреча\tсентябрь"));

        assertThat(result.roadmap().period()).isEmpty();
        assertThat(result.findings()).extracting(ImportFinding::kind).containsExactly(Kind.PERIOD_NOT_FOUND);
        assertThat(result.hasProblems()).isFalse();
        assertThat(result.roadmap().activitiesDueOutsidePeriod()).isEmpty();
    }

    @Test
    void aContinuationWithNothingToContinueIsReported() {
        ImportResult result = new RoadmapTableImporter().importText(String.join("\n",
                "Дорожная карта на 2023-2024 учебный год",
                "№\tМероприятие\tСрок\tОтветственные",
                "Этап 1. Подготовка условий",
                "\t\tсентябрь\tКуратор"));

        assertThat(result.findings()).extracting(ImportFinding::kind, ImportFinding::line)
                .containsExactly(tuple(Kind.ORPHAN_CONTINUATION, 4));
    }

    @Test
    void extraCellsBeyondTheHeaderAreReported() {
        ImportResult result = new RoadmapTableImporter().importText(String.join("\n",
                "Дорожная карта на 2023-2024 учебный год",
                "№\tМероприятие\tСрок",
                "1.1\tВстреча\tсентябрь\tлишнее"));

        assertThat(result.roadmap().activities()).hasSize(1);
        assertThat(result.findings()).extracting(ImportFinding::kind).containsExactly(Kind.EXTRA_CELLS);
    }

    @Test
    void activitiesBeforeAnySectionGetAnUntitledSection() {
        ImportResult result = new RoadmapTableImporter().importText(String.join("\r\n",
                "Дорожная карта на 2023-2024 учебный год",
                "Мероприятие\tСрок\tОтветственный",
                "Встреча с наставниками\tсентябрь\tКуратор",
                "Анкетирование\tоктябрь\tКуратор"));

        assertThat(result.roadmap().sections()).singleElement()
                .satisfies(s -> assertThat(s.title()).isEmpty());
        assertThat(result.roadmap().activities()).extracting(Activity::number, Activity::title)
                .containsExactly(tuple("1", "Встреча с наставниками"), tuple("2", "Анкетирование"));
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void findingsComeInLineOrder() throws IOException {
        List<ImportFinding> findings = importFixture("stray-line.tsv").findings();

        assertThat(findings).extracting(ImportFinding::line).isSorted();
    }
}
