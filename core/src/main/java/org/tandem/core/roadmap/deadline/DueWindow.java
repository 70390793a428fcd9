package org.tandem.core.roadmap.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import org.tandem.core.shared.DomainRuleException;

/**
 * A concrete date range within which an activity is due. Both ends are inclusive.
 *
 * @param from first day of the window
 * @param to   last day of the window, not before {@code from}
 */
public record DueWindow(LocalDate from, LocalDate to) {

    public DueWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new DomainRuleException("Срок исполнения не может заканчиваться (" + to + ") раньше, чем начинается ("
                    + from + ").", "A due window cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The window from {@code from} to {@code to}, both inclusive. */
    public static DueWindow of(LocalDate from, LocalDate to) {
        return new DueWindow(from, to);
    }

    /** The whole month: its first to its last day. */
    public static DueWindow ofMonth(YearMonth month) {
        return new DueWindow(month.atDay(1), month.atEndOfMonth());
    }

    /** From the first day of {@code first} to the last day of {@code last}. */
    public static DueWindow ofMonths(YearMonth first, YearMonth last) {
        return new DueWindow(first.atDay(1), last.atEndOfMonth());
    }

    /** Whether this window lies entirely inside {@code period}. */
    public boolean isWithin(RoadmapPeriod period) {
        return !from.isBefore(period.start()) && !to.isAfter(period.end());
    }

    /** Compact form {@code 2024-09-01..2024-09-30}, handy in test tables and logs. */
    @Override
    public String toString() {
        return from + ".." + to;
    }
}
