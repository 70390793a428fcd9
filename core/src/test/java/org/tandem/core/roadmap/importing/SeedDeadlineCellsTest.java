package org.tandem.core.roadmap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.SharedSeeds;
import org.tandem.core.roadmap.deadline.Deadline;
import org.tandem.core.roadmap.deadline.DeadlineParse;
import org.tandem.core.roadmap.deadline.DeadlineParser;
import org.tandem.core.roadmap.deadline.DueWindow;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;

/**
 * Every distinct deadline cell of the three seeds, and what it means in its roadmap's period.
 * Cells split by a page break appear both as the physical fragments and as the joined text the
 * importer produces; only the joined text reaches an activity.
 */
class SeedDeadlineCellsTest {

    private static final Map<String, RoadmapPeriod> PERIODS = Map.of(
            "000", RoadmapPeriod.academicYear(2024),
            "001", RoadmapPeriod.academicYears(2021, 2024),
            "002", RoadmapPeriod.academicYear(2023));

    // seed | cell as in the seed (HTML removed)       | kind or UNPARSED | windows in the seed's period
    private static final String CELLS = """
            000 | Сентябрь 2024                     | InMonth          | 2024-09-01..2024-09-30
            000 | Сентябрь – октябрь 2024           | MonthRange       | 2024-09-01..2024-10-31
            000 | Сентябрь – октябрь                | MonthRange       | 2024-09-01..2024-10-31
            000 | 2024                              | InCalendarYear   | 2024-01-01..2024-12-31 OUTSIDE
            000 | Октябрь – ноябрь 2024             | MonthRange       | 2024-10-01..2024-11-30
            000 | Сентябрь – ноябрь 2024            | MonthRange       | 2024-09-01..2024-11-30
            000 | год                               | UNPARSED         | The deadline names neither a month nor a year.
            000 | Октябрь – ноябрь 2024 год         | MonthRange       | 2024-10-01..2024-11-30
            000 | Октябрь 2024                      | InMonth          | 2024-10-01..2024-10-31
            000 | Ноябрь 2024                       | InMonth          | 2024-11-01..2024-11-30
            000 | Октябрь –                         | UNPARSED         | The range is incomplete: no month follows the dash.
            000 | ноябрь 2024                       | InMonth          | 2024-11-01..2024-11-30
            000 | В течение учебного года           | Continuous       | 2024-09-01..2025-08-31
            000 | Декабрь 2024                      | InMonth          | 2024-12-01..2024-12-31
            000 | Февраль 2025                      | InMonth          | 2025-02-01..2025-02-28
            000 | Март – апрель 2025                | MonthRange       | 2025-03-01..2025-04-30
            000 | Март 2025                         | InMonth          | 2025-03-01..2025-03-31
            000 | Апрель                            | InMonth          | 2025-04-01..2025-04-30
            000 | Апрель 2025                       | InMonth          | 2025-04-01..2025-04-30
            000 | Март-май 2025                     | MonthRange       | 2025-03-01..2025-05-31
            000 | Сентябрь 2025                     | InMonth          | 2025-09-01..2025-09-30 OUTSIDE
            000 | Июнь-август 2025                  | MonthRange       | 2025-06-01..2025-08-31
            000 | Август 2025                       | InMonth          | 2025-08-01..2025-08-31
            000 | В течение года                    | Continuous       | 2024-09-01..2025-08-31
            000 | Июнь                              | InMonth          | 2025-06-01..2025-06-30
            001 | Сентябрь– октябрь 2021 г.         | MonthRange       | 2021-09-01..2021-10-31
            001 | Октябрь 2021 г.                   | InMonth          | 2021-10-01..2021-10-31
            001 | Ежегодно, апрель 2022-2024 г.г.   | Annually         | 2022-04-01..2022-04-30 2023-04-01..2023-04-30 2024-04-01..2024-04-30
            001 | Июнь 2022 г                       | InMonth          | 2022-06-01..2022-06-30
            001 | 2022 г.                           | InCalendarYear   | 2022-01-01..2022-12-31
            001 | Сентябрь 2022 г.                  | InMonth          | 2022-09-01..2022-09-30
            001 | ежегодно 2021 – 2024 гг.          | Annually         | 2021-09-01..2022-08-31 2022-09-01..2023-08-31 2023-09-01..2024-08-31
            001 | Ежегодно 2021 – 2024 гг.          | Annually         | 2021-09-01..2022-08-31 2022-09-01..2023-08-31 2023-09-01..2024-08-31
            001 | 2023 -2024 г.г.                   | AcademicYearSpan | 2023-09-01..2024-08-31
            001 | 2023-2024 гг.                     | AcademicYearSpan | 2023-09-01..2024-08-31
            001 | Ежегодно 2022-2024 г.г            | Annually         | 2022-09-01..2023-08-31 2023-09-01..2024-08-31
            001 | Ежегодно 2022-2024 г.г.           | Annually         | 2022-09-01..2023-08-31 2023-09-01..2024-08-31
            001 | Ежегодно 2021-2023 г.г.           | Annually         | 2021-09-01..2022-08-31 2022-09-01..2023-08-31
            001 | Ежегодно 2020-2024 г.             | Annually         | 2020-09-01..2021-08-31 OUTSIDE 2021-09-01..2022-08-31 2022-09-01..2023-08-31 2023-09-01..2024-08-31
            001 | Ежегодно 2021-2024 г.г.           | Annually         | 2021-09-01..2022-08-31 2022-09-01..2023-08-31 2023-09-01..2024-08-31
            002 | сентябрь                          | InMonth          | 2023-09-01..2023-09-30
            002 | август – сентябрь                 | MonthRange       | 2023-08-01..2023-09-30 OUTSIDE
            002 | август-сентябрь                   | MonthRange       | 2023-08-01..2023-09-30 OUTSIDE
            002 | октябрь-май                       | MonthRange       | 2023-10-01..2024-05-31
            002 | сентябрь-октябрь                  | MonthRange       | 2023-09-01..2023-10-31
            002 | декабрь                           | InMonth          | 2023-12-01..2023-12-31
            002 | май                               | InMonth          | 2024-05-01..2024-05-31
            002 | июнь-июль                         | MonthRange       | 2024-06-01..2024-07-31
            """;

    @ParameterizedTest(name = "seed {0}: «{1}» is {2}")
    @CsvSource(delimiter = '|', textBlock = CELLS)
    void everyDeadlineCellOfTheSeedsParsesOrIsReportedWithAReason(String seed, String cell, String kind, String expected) {
        DeadlineParse parse = DeadlineParser.parse(cell);

        if (kind.equals("UNPARSED")) {
            assertThat(parse).isInstanceOf(DeadlineParse.Unparsed.class);
            assertThat(((DeadlineParse.Unparsed) parse).reason().en()).isEqualTo(expected);
            return;
        }
        Deadline deadline = parse.deadline().orElseThrow(() -> new AssertionError("«" + cell + "» did not parse: " + parse));
        RoadmapPeriod period = PERIODS.get(seed);
        assertThat(deadline.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(deadline.windowsWithin(period).stream()
                .map(w -> period.covers(w) ? w.toString() : w + " OUTSIDE")
                .collect(Collectors.joining(" "))).isEqualTo(expected);
    }

    @Test
    void theTableAboveListsEveryDeadlineThatReachesAnActivityOfTheSeeds() throws IOException {
        Set<String> listed = CELLS.lines().map(l -> l.split("\\|")[1].strip()).collect(Collectors.toSet());
        Set<String> imported = new TreeSet<>();
        for (String seed : new String[] {SharedSeeds.OKTYABRSKY_2024, SharedSeeds.ZHIGALOVO_2021_2024,
                SharedSeeds.KRAEVOY_CENTER_2023}) {
            ImportResult result = new RoadmapTableImporter().importFrom(SharedSeeds.seed(seed));
            assertThat(result.findings(ImportFinding.Kind.UNPARSED_DEADLINE)).as(seed).isEmpty();
            result.roadmap().activities().stream().map(Activity::deadlineText).filter(t -> !t.isBlank())
                    .forEach(imported::add);
        }

        assertThat(listed).containsAll(imported);
    }

    @Test
    void theWindowsOutsideThePeriodAreTheOnesARuleWillReport() {
        assertThat(DeadlineParser.parse("Сентябрь 2025").deadline().orElseThrow()
                .windowsOutside(PERIODS.get("000"))).containsExactly(
                DueWindow.of(java.time.LocalDate.of(2025, 9, 1), java.time.LocalDate.of(2025, 9, 30)));
    }
}
