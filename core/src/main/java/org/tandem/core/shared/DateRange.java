package org.tandem.core.shared;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** A closed range of days, {@code start} to {@code end} inclusive. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new DomainRuleException("Период не может заканчиваться (" + LocalizedText.russian(end) + ") раньше, чем начинается ("
                    + LocalizedText.russian(start) + ").",
                    "date range ends " + end + " before it starts " + start);
        }
    }

    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /** The academic year that starts on 1 September of {@code firstYear}. */
    public static DateRange academicYear(int firstYear) {
        return new DateRange(LocalDate.of(firstYear, 9, 1), LocalDate.of(firstYear + 1, 8, 31));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean contains(DateRange other) {
        return contains(other.start) && contains(other.end);
    }

    public Period length() {
        return Period.between(start, end.plusDays(1));
    }
}
