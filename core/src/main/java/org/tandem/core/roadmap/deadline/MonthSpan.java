package org.tandem.core.roadmap.deadline;

import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Months without years, from {@code first} to {@code last}; a span whose last month comes
 * earlier in the calendar ("октябрь–май") crosses New Year. A single month has first == last.
 *
 * @param first the first month
 * @param last  the last month
 */
public record MonthSpan(Month first, Month last) {

    public MonthSpan {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
    }

    /** A single month. */
    public static MonthSpan of(Month month) {
        return new MonthSpan(month, month);
    }

    /** From {@code first} to {@code last}, crossing New Year when {@code last} is earlier. */
    public static MonthSpan of(Month first, Month last) {
        return new MonthSpan(first, last);
    }

    /** Whether the span runs from one calendar year into the next. */
    public boolean crossesNewYear() {
        return last.getValue() < first.getValue();
    }

    /**
     * The span placed in an academic year. The last month is placed by the academic-year rule
     * and the first counted back from it, because Russian roadmaps write the year once, at the
     * end ("август – сентябрь" before a school year means August and September of its first
     * calendar year).
     */
    public DueWindow inAcademicYear(int academicYearStart) {
        YearMonth end = YearMonth.of(MonthRef.inAcademicYear(last, academicYearStart), last);
        return DueWindow.ofMonths(startBefore(end), end);
    }

    /** The span that starts in calendar year {@code year}. */
    public DueWindow startingIn(int year) {
        YearMonth start = YearMonth.of(year, first);
        YearMonth end = YearMonth.of(crossesNewYear() ? year + 1 : year, last);
        return DueWindow.ofMonths(start, end);
    }

    private YearMonth startBefore(YearMonth end) {
        return YearMonth.of(crossesNewYear() ? end.getYear() - 1 : end.getYear(), first);
    }
}
