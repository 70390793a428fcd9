package org.tandem.core.roadmap.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.tandem.core.shared.DomainRuleException;

/**
 * What a roadmap's deadline cell means, one record per kind of phrase.
 *
 * <p>A deadline becomes dates only against a {@link RoadmapPeriod}: months without a year
 * belong to the period's first academic year, annual phrases repeat in every academic year of
 * the period. {@link #windowsWithin(RoadmapPeriod)} returns every window the phrase denotes,
 * <em>including</em> windows that lie partly or wholly outside the period (they are not
 * clipped), so that a rule can report them through {@link #windowsOutside(RoadmapPeriod)}.
 */
public sealed interface Deadline {

    /**
     * The concrete due windows of this deadline in the context of {@code period}, in
     * chronological order. Empty only for {@link OnDemand}.
     */
    List<DueWindow> windowsWithin(RoadmapPeriod period);

    /** The windows that do not lie entirely inside {@code period}; empty when the deadline fits. */
    default List<DueWindow> windowsOutside(RoadmapPeriod period) {
        return windowsWithin(period).stream().filter(w -> !period.covers(w)).toList();
    }

    /** "Сентябрь 2024", "сентябрь": the whole month. */
    record InMonth(MonthRef month) implements Deadline {
        public InMonth {
            Objects.requireNonNull(month, "month");
        }

        @Override
        public List<DueWindow> windowsWithin(RoadmapPeriod period) {
            return List.of(DueWindow.ofMonth(month.resolve(period.firstAcademicYear())));
        }
    }

    /**
     * "Сентябрь – октябрь 2024", "октябрь-май": from the first day of {@code from} to the last
     * day of {@code to}. When only {@code to} has a year, {@code from} is counted back from it
     * (across New Year if needed); when neither has, {@code to} takes the academic-year rule.
     */
    record MonthRange(MonthRef from, MonthRef to) implements Deadline {
        public MonthRange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.hasYear() && !to.hasYear()) {
                throw new DomainRuleException("Если у начала промежутка месяцев указан год, год нужен и у его конца: "
                        + from.russian() + " – " + to.russian() + ".",
                        "A month range with a year on its start needs one on its end: " + from + " - " + to);
            }
            if (from.hasYear() && YearMonth.of(from.year().getAsInt(), from.month())
                    .isAfter(YearMonth.of(to.year().getAsInt(), to.month()))) {
                throw new DomainRuleException("Промежуток месяцев не может заканчиваться раньше, чем начинается: "
                        + from.russian() + " – " + to.russian() + ".",
                        "A month range cannot end before it starts: " + from + " - " + to);
            }
        }

        @Override
        public List<DueWindow> windowsWithin(RoadmapPeriod period) {
            MonthSpan span = MonthSpan.of(from.month(), to.month());
            if (!to.hasYear()) {
                return List.of(span.inAcademicYear(period.firstAcademicYear()));
            }
            YearMonth end = to.resolve(period.firstAcademicYear());
            YearMonth start = from.hasYear()
                    ? from.resolve(period.firstAcademicYear())
                    : YearMonth.of(span.crossesNewYear() ? end.getYear() - 1 : end.getYear(), from.month());
            return List.of(DueWindow.ofMonths(start, end));
        }
    }

    /** "Январь, июль": each listed month separately. */
    record MonthList(List<MonthRef> months) implements Deadline {
        public MonthList {
            months = List.copyOf(months);
            if (months.size() < 2) {
                throw new DomainRuleException("В перечне месяцев должно быть не меньше двух месяцев: указано "
                        + months.stream().map(MonthRef::russian).toList() + ".",
                        "A month list needs at least two months, got " + months);
            }
        }

        @Override
        public List<DueWindow> windowsWithin(RoadmapPeriod period) {
            return months.stream()
                    .map(m -> DueWindow.ofMonth(m.resolve(period.firstAcademicYear())))
                    .sorted((a, b) -> a.from().compareTo(b.from()))
                    .toList();
        }
    }

    /**
     * "не позднее 15 числа декабря, июня": in each listed month, a window from its first day to
     * day {@code day}.
     */
    record DayOfMonthLimit(int day, List<MonthRef> months) implements Deadline {
        public DayOfMonthLimit {
            months = List.copyOf(months);
            if (months.isEmpty()) {
                throw new DomainRuleException("Для срока «не позднее такого-то числа» нужен хотя бы один месяц.",
                        "A day-of-month deadline needs at least one month");
            }
            for (MonthRef m : months) {
                if (day < 1 || day > m.month().maxLength()) {
                    throw new DomainRuleException("В месяце «" + MonthRef.russian(m.month()) + "» нет " + day
                            + "-го числа.", "Day " + day + " does not exist in " + m.month());
                }
            }
        }

        @Override
        public List<DueWindow> windowsWithin(RoadmapPeriod period) {
            return months.stream()
                    .map(m -> m.resolve(period.firstAcademicYear()))
                    .sorted()
                    .map(ym -> DueWindow.of(ym.atDay(1), ym.atDay(Math.min(day, ym.lengthOfMonth()))))
                    .toList();
        }
    }

    /**
     * "Ежегодно", "Ежегодно, май-июнь", "Ежегодно 2021-2024 гг.", "Ежегодно, апрель 2022-2024 г.г.".
     *
     * <ul>
     *   <li>months, no years: the months in every academic year of the period;</li>
     *   <li>months and years: the months in each calendar year from the first to the last year,
     *       read literally ("апрель 2022-2024" is April 2022, 2023 and 2024);</li>
     *   <li>years only: each academic year from the first to the last year, in the notation
     *       roadmaps use for their own period ("2021-2024" is 2021/22 to 2023/24); a single year
     *       is that calendar year;</li>
     *   <li>neither: every academic year of the period, whole.</li>
     * </ul>
     *
     * @param months the months of each year, empty for the whole year
     * @param years  the years the phrase names, if any
     */
    record Annually(List<MonthSpan> months, Optional<YearRange> years) implements Deadline {
        public Annually {
            months = List.copyOf(months);
            Objects.requireNonNull(years, "years");
        }

        @Override
        public List<DueWindow> windowsWithin(RoadmapPeriod period) {
            List<DueWindow> windows = new ArrayList<>();
            if (years.isPresent() && !months.isEmpty()) {
                for (int y = years.get().first(); y <= years.get().last(); y++) {
                    for (MonthSpan span : months) {
                        windows.add(span.startingIn(y));
                    }
                }
            } else if (years.isPresent()) {
                YearRange range = years.get();
                if (range.first() == range.last()) {
                    windows.add(InCalendarYear.window(range.first()));
                } else {
                    for (int y = range.first(); y < range.last(); y++) {
                        windows.add(AcademicYearSpan.window(y, y + 1));
                    }
                }
            } else {
                for (int academicYear : period.academicYearStarts()) {
                    if (months.isEmpty()) {
                        windows.add(AcademicYearSpan.window(academicYear, academicYear + 1));
                    }
                    for (MonthSpan span : months) {
                        windows.add(span.inAcademicYear(academicYear));
                    }
                }
            }
            windows.sort((a, b) -> a.from().compareTo(b.from()));
            return List.copyOf(windows);
        }
    }

    /** Inclusive range of calendar years as a deadline names them ("2022-2024"). */
    record YearRange(int first, int last) {
        public YearRange {
            if (last < first) {
                throw new DomainRuleException("Промежуток лет не может идти в обратную сторону: " + first + "–" + last
                        + ".", "A year range cannot run backwards: " + first + "-" + last);
            }
        }
    }

    /** "2022 г.": the whole calendar year. */
    record InCalendarYear(int year) implements Deadline {
        @Override
        public List<DueWindow> windowsWithin(RoadmapPeriod period) {
            return List.of(window(year));
        }

        static DueWindow window(int year) {
            return DueWindow.of(LocalDate.of(year, Month.JANUARY, 1), LocalDate.of(year, Month.DECEMBER, 31));
        }
    }

    /**
     * "2023-2024 гг.", "2023-2024 учебный год": 1 September of the first year to 31 August of
     * the last, the notation roadmaps use for their own period.
     */
    record AcademicYearSpan(int firstYear, int lastYear) implements Deadline {
        public AcademicYearSpan {
            if (lastYear <= firstYear) {
                throw new DomainRuleException("Последний учебный год должен идти после первого: указано " + firstYear
                        + "–" + lastYear + ".", "An academic year span needs lastYear > firstYear, got "
                        + firstYear + "-" + lastYear);
            }
        }

        @Override
        public List<DueWindow> windowsWithin(RoadmapPeriod period) {
            return List.of(window(firstYear, lastYear));
        }

        static DueWindow window(int firstYear, int lastYear) {
            return DueWindow.of(LocalDate.of(firstYear, Month.SEPTEMBER, 1), LocalDate.of(lastYear, Month.AUGUST, 31));
        }
    }

    /**
     * "I квартал 2025", "в течение II квартала": a calendar quarter. Without a year, the quarter
     * is placed by the academic-year rule applied to its first month (so the third quarter,
     * July to September, runs past the end of an academic year and is reported outside).
     */
    record InQuarter(int quarter, OptionalInt year) implements Deadline {
        public InQuarter {
            Objects.requireNonNull(year, "year");
            if (quarter < 1 || quarter > 4) {
                throw new DomainRuleException("Квартал обозначается числом от 1 до 4: указано " + quarter + ".",
                        "A quarter is 1 to 4, got " + quarter);
            }
        }

        @Override
        public List<DueWindow> windowsWithin(RoadmapPeriod period) {
            Month first = Month.of(quarter * 3 - 2);
            int y = year.isPresent() ? year.getAsInt() : MonthRef.inAcademicYear(first, period.firstAcademicYear());
            return List.of(DueWindow.ofMonths(YearMonth.of(y, first), YearMonth.of(y, first.plus(2))));
        }
    }

    /** Scope a continuous phrase names; all of them cover the whole roadmap period. */
    enum Scope {
        /** "в течение учебного года". */
        ACADEMIC_YEAR,
        /** "в течение года". */
        YEAR,
        /** "в течение всего периода реализации", "постоянно". */
        WHOLE_PERIOD
    }

    /**
     * "В течение учебного года", "В течение всего периода реализации", "в течение года",
     * "постоянно": the whole period. The scope is kept for display; a roadmap's period is made
     * of academic years, so each scope covers all of it.
     */
    record Continuous(Scope scope) implements Deadline {
        public Continuous {
            Objects.requireNonNull(scope, "scope");
        }

        @Override
        public List<DueWindow> windowsWithin(RoadmapPeriod period) {
            return List.of(period.asWindow());
        }
    }

    /**
     * "Апрель 2025 г., далее постоянно": from the first day of {@code start} to the end of the
     * period. A start after the period's end yields just that month, which is then outside.
     */
    record StartThenOngoing(MonthRef start) implements Deadline {
        public StartThenOngoing {
            Objects.requireNonNull(start, "start");
        }

        @Override
        public List<DueWindow> windowsWithin(RoadmapPeriod period) {
            YearMonth first = start.resolve(period.firstAcademicYear());
            if (first.atDay(1).isAfter(period.end())) {
                return List.of(DueWindow.ofMonth(first));
            }
            return List.of(DueWindow.of(first.atDay(1), period.end()));
        }
    }

    /**
     * "по окончании учебного года": lessons end in late May, so each academic year of the
     * period gets a window from 1 June to 31 August, the rest of that academic year.
     */
    record AfterAcademicYear() implements Deadline {
        @Override
        public List<DueWindow> windowsWithin(RoadmapPeriod period) {
            return period.academicYearStarts().stream()
                    .map(y -> DueWindow.of(LocalDate.of(y + 1, Month.JUNE, 1), LocalDate.of(y + 1, Month.AUGUST, 31)))
                    .toList();
        }
    }

    /** How often a {@link Recurring} deadline repeats. */
    enum Frequency {
        /** "ежемесячно". */
        MONTHLY,
        /** "ежеквартально", by calendar quarters. */
        QUARTERLY
    }

    /** "ежемесячно", "ежеквартально": one window per month or calendar quarter, clipped to the period. */
    record Recurring(Frequency frequency) implements Deadline {
        public Recurring {
            Objects.requireNonNull(frequency, "frequency");
        }

        @Override
        public List<DueWindow> windowsWithin(RoadmapPeriod period) {
            int step = frequency == Frequency.MONTHLY ? 1 : 3;
            YearMonth cursor = YearMonth.from(period.start());
            if (frequency == Frequency.QUARTERLY) {
                cursor = cursor.minusMonths((cursor.getMonthValue() - 1) % 3);
            }
            List<DueWindow> windows = new ArrayList<>();
            while (!cursor.atDay(1).isAfter(period.end())) {
                LocalDate from = max(cursor.atDay(1), period.start());
                LocalDate to = min(cursor.plusMonths(step - 1).atEndOfMonth(), period.end());
                windows.add(DueWindow.of(from, to));
                cursor = cursor.plusMonths(step);
            }
            return List.copyOf(windows);
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }
    }

    /**
     * "по мере необходимости", "по запросу": understood, but no date is promised, so there are
     * no windows and nothing can fall outside the period.
     */
    record OnDemand() implements Deadline {
        @Override
        public List<DueWindow> windowsWithin(RoadmapPeriod period) {
            return List.of();
        }
    }
}
