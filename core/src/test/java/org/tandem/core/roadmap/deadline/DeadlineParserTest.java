package org.tandem.core.roadmap.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.core.roadmap.deadline.Deadline.Continuous;
import org.tandem.core.roadmap.deadline.Deadline.Scope;

class DeadlineParserTest {

    static final RoadmapPeriod YEAR_2023 = RoadmapPeriod.academicYear(2023);
    static final RoadmapPeriod YEARS_2021_2024 = RoadmapPeriod.academicYears(2021, 2024);

    static Deadline parsed(String phrase) {
        DeadlineParse parse = DeadlineParser.parse(phrase);
        assertThat(parse).as("«%s» should parse", phrase).isInstanceOf(DeadlineParse.Parsed.class);
        return parse.deadline().orElseThrow();
    }

    static String render(List<DueWindow> windows) {
        return windows.stream().map(DueWindow::toString).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # phrase                                | kind             | windows in 2023/24                                                        | windows in 2021/22-2023/24
            Сентябрь 2024                           | InMonth          | 2024-09-01..2024-09-30                                                    | 2024-09-01..2024-09-30
            сентябрь                                | InMonth          | 2023-09-01..2023-09-30                                                    | 2021-09-01..2021-09-30
            май                                     | InMonth          | 2024-05-01..2024-05-31                                                    | 2022-05-01..2022-05-31
            Сентябрь – октябрь 2024                 | MonthRange       | 2024-09-01..2024-10-31                                                    | 2024-09-01..2024-10-31
            Ноябрь 2023 – февраль 2024              | MonthRange       | 2023-11-01..2024-02-29                                                    | 2023-11-01..2024-02-29
            декабрь – январь 2024                   | MonthRange       | 2023-12-01..2024-01-31                                                    | 2023-12-01..2024-01-31
            октябрь-май                             | MonthRange       | 2023-10-01..2024-05-31                                                    | 2021-10-01..2022-05-31
            август – сентябрь                       | MonthRange       | 2023-08-01..2023-09-30                                                    | 2021-08-01..2021-09-30
            с сентября по май                       | MonthRange       | 2023-09-01..2024-05-31                                                    | 2021-09-01..2022-05-31
            Январь, июль                            | MonthList        | 2024-01-01..2024-01-31 2024-07-01..2024-07-31                             | 2022-01-01..2022-01-31 2022-07-01..2022-07-31
            сентябрь, декабрь 2023                  | MonthList        | 2023-09-01..2023-09-30 2023-12-01..2023-12-31                             | 2023-09-01..2023-09-30 2023-12-01..2023-12-31
            не позднее 15 числа декабря, июня       | DayOfMonthLimit  | 2023-12-01..2023-12-15 2024-06-01..2024-06-15                             | 2021-12-01..2021-12-15 2022-06-01..2022-06-15
            до 5 февраля                            | DayOfMonthLimit  | 2024-02-01..2024-02-05                                                    | 2022-02-01..2022-02-05
            Ежегодно                                | Annually         | 2023-09-01..2024-08-31                                                    | 2021-09-01..2022-08-31 2022-09-01..2023-08-31 2023-09-01..2024-08-31
            Ежегодно, май-июнь                      | Annually         | 2024-05-01..2024-06-30                                                    | 2022-05-01..2022-06-30 2023-05-01..2023-06-30 2024-05-01..2024-06-30
            Ежегодно в декабре                      | Annually         | 2023-12-01..2023-12-31                                                    | 2021-12-01..2021-12-31 2022-12-01..2022-12-31 2023-12-01..2023-12-31
            Ежегодно 2021-2024 гг.                  | Annually         | 2021-09-01..2022-08-31 2022-09-01..2023-08-31 2023-09-01..2024-08-31      | 2021-09-01..2022-08-31 2022-09-01..2023-08-31 2023-09-01..2024-08-31
            Ежегодно, апрель 2022-2024 г.г.         | Annually         | 2022-04-01..2022-04-30 2023-04-01..2023-04-30 2024-04-01..2024-04-30      | 2022-04-01..2022-04-30 2023-04-01..2023-04-30 2024-04-01..2024-04-30
            2022 г.                                 | InCalendarYear   | 2022-01-01..2022-12-31                                                    | 2022-01-01..2022-12-31
            2023-2024 гг.                           | AcademicYearSpan | 2023-09-01..2024-08-31                                                    | 2023-09-01..2024-08-31
            2023-2024 уч. г.                        | AcademicYearSpan | 2023-09-01..2024-08-31                                                    | 2023-09-01..2024-08-31
            I квартал 2024                          | InQuarter        | 2024-01-01..2024-03-31                                                    | 2024-01-01..2024-03-31
            в течение IV квартала                   | InQuarter        | 2023-10-01..2023-12-31                                                    | 2021-10-01..2021-12-31
            В течение учебного года                 | Continuous       | 2023-09-01..2024-08-31                                                    | 2021-09-01..2024-08-31
            В течение всего периода реализации      | Continuous       | 2023-09-01..2024-08-31                                                    | 2021-09-01..2024-08-31
            в течение года                          | Continuous       | 2023-09-01..2024-08-31                                                    | 2021-09-01..2024-08-31
            постоянно                               | Continuous       | 2023-09-01..2024-08-31                                                    | 2021-09-01..2024-08-31
            в течение октября                       | InMonth          | 2023-10-01..2023-10-31                                                    | 2021-10-01..2021-10-31
            Апрель 2024 г., далее постоянно         | StartThenOngoing | 2024-04-01..2024-08-31                                                    | 2024-04-01..2024-08-31
            Апрель 2025 г., далее постоянно         | StartThenOngoing | 2025-04-01..2025-04-30                                                    | 2025-04-01..2025-04-30
            с ноября и далее                        | StartThenOngoing | 2023-11-01..2024-08-31                                                    | 2021-11-01..2024-08-31
            по окончании учебного года              | AfterAcademicYear| 2024-06-01..2024-08-31                                                    | 2022-06-01..2022-08-31 2023-06-01..2023-08-31 2024-06-01..2024-08-31
            ежеквартально                           | Recurring        | 2023-09-01..2023-09-30 2023-10-01..2023-12-31 2024-01-01..2024-03-31 2024-04-01..2024-06-30 2024-07-01..2024-08-31 | 2021-09-01..2021-09-30 2021-10-01..2021-12-31 2022-01-01..2022-03-31 2022-04-01..2022-06-30 2022-07-01..2022-09-30 2022-10-01..2022-12-31 2023-01-01..2023-03-31 2023-04-01..2023-06-30 2023-07-01..2023-09-30 2023-10-01..2023-12-31 2024-01-01..2024-03-31 2024-04-01..2024-06-30 2024-07-01..2024-08-31
            по мере необходимости                   | OnDemand         | ""                                                                        | ""
            """)
    void readsEachKindOfPhraseAndPlacesItInThePeriod(String phrase, String kind, String inOneYear, String inThreeYears) {
        Deadline deadline = parsed(phrase);

        assertThat(deadline.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(render(deadline.windowsWithin(YEAR_2023))).isEqualTo(inOneYear);
        assertThat(render(deadline.windowsWithin(YEARS_2021_2024))).isEqualTo(inThreeYears);
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {
        "Сентябрь – октябрь 2024",
        "Сентябрь-октябрь 2024",
        "сентябрь -октябрь 2024 г.",
        "СЕНТЯБРЬ—ОКТЯБРЬ 2024 Г.",
        "Сентябрь ‒ октябрь 2024 гг.",
        "Сентябрь − октябрь 2024 г.г.",
        "Сентябрь\u00a0–\u00a0октябрь\u00a02024\u00a0г.",
        "Сентябрь –\nоктябрь\r\n2024 год.",
        "  сентябрь – октябрь 2024;  ",
        "сентября – октября 2024 года",
        "сент. – окт. 2024"
    })
    void typographyDoesNotChangeTheMeaning(String phrase) {
        assertThat(parsed(phrase)).isEqualTo(
                new Deadline.MonthRange(MonthRef.of(Month.SEPTEMBER, 2024), MonthRef.of(Month.OCTOBER, 2024)));
    }

    @Test
    void readsTheYearWrittenOnceAtTheEndOfARangeAcrossNewYear() {
        assertThat(parsed("октябрь – май 2024")).isEqualTo(
                new Deadline.MonthRange(MonthRef.of(Month.OCTOBER, 2023), MonthRef.of(Month.MAY, 2024)));
    }

    @Test
    void tellsTheContinuousScopes() {
        assertThat(parsed("В течение учебного года")).isEqualTo(new Continuous(Scope.ACADEMIC_YEAR));
        assertThat(parsed("в течение года")).isEqualTo(new Continuous(Scope.YEAR));
        assertThat(parsed("В течение всего периода реализации")).isEqualTo(new Continuous(Scope.WHOLE_PERIOD));
        assertThat(parsed("в течение всего срока реализации программы")).isEqualTo(new Continuous(Scope.WHOLE_PERIOD));
    }

    @ParameterizedTest(name = "«{0}» is not understood: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                           | No deadline is given.
            '   '                        | No deadline is given.
            1 четверть                   | School term, trimester and half-year boundaries differ by region and organization; give months instead.
            II полугодие                 | School term, trimester and half-year boundaries differ by region and organization; give months instead.
            по графику                   | The deadline names neither a month nor a year.
            год                          | The deadline names neither a month nor a year.
            Октябрь –                    | The range is incomplete: no month follows the dash.
            май 2024 – сентябрь 2023     | The range ends before it starts.
            2024-2021                    | The range ends before it starts.
            сентябрь – октябрь, май      | The deadline mixes ranges and a list of months; split it into separate deadlines.
            2024 сентябрь                | The order of months and years in the deadline is not understood.
            сентябрь 2024 (по согласованию) | Unrecognised word in the deadline: «(по».
            не позднее 31 числа июня     | June has no day 31.
            сентябрь – октябрь 2024, далее постоянно | The start of an ongoing deadline must be a single month.
            ежегодно, май 2023 - июнь 2024 | In an annual deadline the years follow the months as a range, e.g. «ежегодно, апрель 2022-2024».
            """)
    void reportsWhatItDoesNotUnderstandWithAReason(String phrase, String englishReason) {
        DeadlineParse parse = DeadlineParser.parse(phrase);

        assertThat(parse).isInstanceOf(DeadlineParse.Unparsed.class);
        DeadlineParse.Unparsed unparsed = (DeadlineParse.Unparsed) parse;
        assertThat(unparsed.text()).isEqualTo(phrase);
        assertThat(unparsed.reason().en()).isEqualTo(englishReason);
        assertThat(unparsed.reason().ru()).isNotBlank();
    }

    @Test
    void explainsInRussianToo() {
        DeadlineParse parse = DeadlineParser.parse("не позднее 30 числа февраля");

        assertThat(((DeadlineParse.Unparsed) parse).reason().ru()).isEqualTo("В феврале нет 30-го числа.");
    }

    @Test
    void refusesNullAsAProgrammingError() {
        assertThatThrownBy(() -> DeadlineParser.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("deadline text");
    }
}
