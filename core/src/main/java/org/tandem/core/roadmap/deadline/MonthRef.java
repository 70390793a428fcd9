package org.tandem.core.roadmap.deadline;

import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A month as a deadline names it, with its year when the text gave one (or implied one, as
 * "сентябрь" in "сентябрь – октябрь 2024").
 *
 * @param month the month
 * @param year  the calendar year, empty when the text leaves it to the roadmap's academic year
 */
public record MonthRef(Month month, OptionalInt year) {

    public MonthRef {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(year, "year");
    }

    /** A month without a year: it belongs to the roadmap's academic year. */
    public static MonthRef of(Month month) {
        return new MonthRef(month, OptionalInt.empty());
    }

    /** A month in a given calendar year. */
    public static MonthRef of(Month month, int year) {
        return new MonthRef(month, OptionalInt.of(year));
    }

    /** Whether the year is known. */
    public boolean hasYear() {
        return year.isPresent();
    }

    /**
     * The concrete month. Without a year the academic-year rule applies: September to December
     * fall in {@code academicYearStart}, January to August in the following calendar year.
     */
    public YearMonth resolve(int academicYearStart) {
        if (year.isPresent()) {
            return YearMonth.of(year.getAsInt(), month);
        }
        return YearMonth.of(inAcademicYear(month, academicYearStart), month);
    }

    private static final String[] RUSSIAN_MONTHS = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль",
        "август", "сентябрь", "октябрь", "ноябрь", "декабрь"};

    /** The month as a Russian text names it: «декабрь», «декабрь 2024». */
    String russian() {
        String name = russian(month);
        return year.isPresent() ? name + " " + year.getAsInt() : name;
    }

    /** «январь» … «декабрь». */
    static String russian(Month month) {
        return RUSSIAN_MONTHS[month.ordinal()];
    }

    static int inAcademicYear(Month month, int academicYearStart) {
        return month.getValue() >= Month.SEPTEMBER.getValue() ? academicYearStart : academicYearStart + 1;
    }
}
