package org.tandem.core.roadmap.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.LocalizedText;

/**
 * The dates a roadmap covers, inclusive at both ends: usually one academic year
 * (1 September Y to 31 August Y+1) or several consecutive ones.
 *
 * <p>Roadmaps write their period as {@code 2024-2025 учебный год} or {@code 2021-2024 гг.};
 * both map onto {@link #academicYears(int, int)}: the first year is the one the first
 * academic year starts in, the last the one the last academic year ends in.
 *
 * @param start first day covered
 * @param end   last day covered, not before {@code start}
 */
public record RoadmapPeriod(LocalDate start, LocalDate end) {

    public RoadmapPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new DomainRuleException("Период дорожной карты не может заканчиваться (" + LocalizedText.russian(end)
                    + ") раньше, чем начинается (" + LocalizedText.russian(start) + ").",
                    "A roadmap period cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** One academic year: 1 September {@code startYear} to 31 August {@code startYear + 1}. */
    public static RoadmapPeriod academicYear(int startYear) {
        return academicYears(startYear, startYear + 1);
    }

    /**
     * Consecutive academic years from 1 September {@code firstYear} to 31 August
     * {@code lastYear}; {@code academicYears(2021, 2024)} covers 2021/22, 2022/23 and 2023/24.
     */
    public static RoadmapPeriod academicYears(int firstYear, int lastYear) {
        if (lastYear <= firstYear) {
            throw new DomainRuleException("Последний год периода должен идти после первого: указано " + firstYear
                    + "–" + lastYear + ".", "An academic period needs lastYear > firstYear, got "
                    + firstYear + "-" + lastYear);
        }
        return new RoadmapPeriod(LocalDate.of(firstYear, Month.SEPTEMBER, 1), LocalDate.of(lastYear, Month.AUGUST, 31));
    }

    /** Any date range, both ends inclusive. */
    public static RoadmapPeriod between(LocalDate start, LocalDate end) {
        return new RoadmapPeriod(start, end);
    }

    /** The calendar year in which the academic year containing {@code date} starts. */
    public static int academicYearOf(LocalDate date) {
        return date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
    }

    /** Start year of the academic year the period begins in; months without a year resolve against it. */
    public int firstAcademicYear() {
        return academicYearOf(start);
    }

    /** Start years of every academic year the period touches, in order; annual deadlines repeat in each. */
    public List<Integer> academicYearStarts() {
        List<Integer> years = new ArrayList<>();
        for (int y = firstAcademicYear(); y <= academicYearOf(end); y++) {
            years.add(y);
        }
        return List.copyOf(years);
    }

    /** Whether {@code window} lies entirely inside this period. */
    public boolean covers(DueWindow window) {
        return window.isWithin(this);
    }

    /** The whole period as one due window. */
    public DueWindow asWindow() {
        return new DueWindow(start, end);
    }
}
