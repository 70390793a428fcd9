package org.tandem.core.roadmap.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.core.roadmap.deadline.DeadlineParserTest.parsed;
import static org.tandem.core.roadmap.deadline.DeadlineParserTest.render;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlineWindowsTest {

    @Test
    void aMonthOfTheNextAcademicYearFallsOutsideThePeriod() {
        RoadmapPeriod period = RoadmapPeriod.academicYear(2024);

        assertThat(render(parsed("Сентябрь 2025").windowsOutside(period))).isEqualTo("2025-09-01..2025-09-30");
        assertThat(parsed("Август 2025").windowsOutside(period)).isEmpty();
    }

    @Test
    void aRangeThatStartsBeforeTheSchoolYearIsReportedWhole() {
        // Seed 002: "август – сентябрь" in a 2023/24 roadmap means August–September 2023.
        RoadmapPeriod period = RoadmapPeriod.academicYear(2023);

        assertThat(render(parsed("август – сентябрь").windowsOutside(period))).isEqualTo("2023-08-01..2023-09-30");
    }

    @Test
    void onlyTheAnnualWindowsBeforeTheStartAreOutside() {
        // Seed 001: "Ежегодно 2020-2024 г." in a 2021-2024 roadmap.
        assertThat(render(parsed("Ежегодно 2020-2024 г.").windowsOutside(RoadmapPeriod.academicYears(2021, 2024))))
                .isEqualTo("2020-09-01..2021-08-31");
    }

    @Test
    void continuousAndOnDemandDeadlinesNeverFallOutside() {
        RoadmapPeriod period = RoadmapPeriod.academicYear(2023);

        assertThat(parsed("В течение учебного года").windowsOutside(period)).isEmpty();
        assertThat(parsed("по мере необходимости").windowsOutside(period)).isEmpty();
    }

    @Test
    void aCalendarYearOverlapsTwoAcademicYears() {
        assertThat(render(parsed("2024 г.").windowsOutside(RoadmapPeriod.academicYear(2023))))
                .isEqualTo("2024-01-01..2024-12-31");
    }

    @Test
    void thePeriodKnowsItsAcademicYears() {
        assertThat(RoadmapPeriod.academicYears(2021, 2024).academicYearStarts()).containsExactly(2021, 2022, 2023);
        assertThat(RoadmapPeriod.academicYear(2024).academicYearStarts()).containsExactly(2024);
        assertThat(RoadmapPeriod.between(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 12, 20)).academicYearStarts())
                .containsExactly(2023, 2024);
        assertThat(RoadmapPeriod.academicYear(2024)).isEqualTo(
                new RoadmapPeriod(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31)));
    }

    @Test
    void aDayLimitInFebruaryOfALeapYearKeepsItsDay() {
        Deadline deadline = new Deadline.DayOfMonthLimit(29, List.of(MonthRef.of(Month.FEBRUARY)));

        assertThat(render(deadline.windowsWithin(RoadmapPeriod.academicYear(2023)))).isEqualTo("2024-02-01..2024-02-29");
        assertThat(render(deadline.windowsWithin(RoadmapPeriod.academicYear(2022)))).isEqualTo("2023-02-01..2023-02-28");
    }

    @Test
    void invalidValuesAreProgrammingErrors() {
        assertThatThrownBy(() -> DueWindow.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot end");
        assertThatThrownBy(() -> RoadmapPeriod.academicYears(2024, 2024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lastYear > firstYear");
        assertThatThrownBy(() -> new Deadline.MonthRange(MonthRef.of(Month.MAY, 2024), MonthRef.of(Month.MARCH, 2024)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot end before");
        assertThatThrownBy(() -> new Deadline.MonthList(List.of(MonthRef.of(Month.MAY))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two");
        assertThatThrownBy(() -> new Deadline.InQuarter(5, java.util.OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> new Deadline.Annually(List.of(), Optional.of(new Deadline.YearRange(2024, 2022))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backwards");
    }
}
