package org.tandem.core.roadmap.deadline;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.core.shared.LocalizedText;
import org.tandem.core.roadmap.deadline.Deadline.Annually;
import org.tandem.core.roadmap.deadline.Deadline.Continuous;
import org.tandem.core.roadmap.deadline.Deadline.Frequency;
import org.tandem.core.roadmap.deadline.Deadline.Scope;
import org.tandem.core.roadmap.deadline.Deadline.YearRange;

/**
 * Reads the loosely written Russian deadline phrases of roadmaps ("Сентябрь – октябрь 2024",
 * "Ежегодно, апрель 2022-2024 г.г.", "не позднее 15 числа декабря, июня", ...).
 *
 * <p>Typography does not matter: any dash or hyphen with or without spaces, "г.", "гг.",
 * "г.г.", "год", letter case, "ё", trailing punctuation, non-breaking spaces and line breaks.
 * A phrase is either understood completely or returned as {@link DeadlineParse.Unparsed} with
 * the reason; nothing is guessed from a partial match. Stateless and thread-safe.
 */
public final class DeadlineParser {

    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u200A\\u202F\\uFEFF]+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    // Must run before YEAR_MARK: "уч. г." and "учебный год" mark an academic-year span, not a calendar year.
    private static final Pattern ACADEMIC_YEAR_WORDS =
            Pattern.compile("уч(?:ебн(?:ый|ого|ом|ому))?\\.?\\s*(?:года|году|год|г\\.?)(?![а-я])");
    private static final Pattern YEAR_MARK =
            Pattern.compile("(?<=\\d)\\s*(?:г\\.\\s*г\\.?|гг\\.?|годов|годы|года|год|г\\.?)(?![а-я])");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s.,;:]+|[\\s.,;:!]+$");

    private static final Pattern SCHOOL_TERMS = Pattern.compile("четверт|триместр|полугоди");
    private static final Pattern ON_DEMAND = Pattern.compile(
            "(?:по мере (?:необходимости|потребности|поступления)|по необходимости|при необходимости"
                    + "|по запросу|по требованию)");
    private static final Pattern ALWAYS = Pattern.compile("(?:постоянно|регулярно|систематически)");
    private static final Pattern DURING_PERIOD = Pattern.compile(
            "(?:в течение|на протяжении) (?:всего )?(?:периода|срока)(?: .*)?|весь период(?: .*)?");
    private static final Pattern DURING_ACADEMIC_YEAR = Pattern.compile("(?:в течение|на протяжении) (?:всего )?учгод");
    private static final Pattern DURING_YEAR = Pattern.compile("(?:в течение|на протяжении) (?:всего )?года");
    private static final Pattern DURING_OTHER = Pattern.compile("(?:в течение|на протяжении) (.+)");
    private static final Pattern AFTER_ACADEMIC_YEAR = Pattern.compile("по (?:окончании|завершении|итогам) учгод");
    private static final Pattern THEN_ONGOING = Pattern.compile(
            "(.+?)[ ,;]*(?:и )?далее(?: - )?(?: ?(?:постоянно|регулярно|ежегодно|ежемесячно))?");
    private static final Pattern FROM_TO = Pattern.compile("с (.+) по (.+)");
    private static final Pattern FROM_ONWARDS = Pattern.compile("с (.+?)(?: (?:и далее|постоянно))?");
    private static final Pattern ANNUALLY = Pattern.compile("ежегодно(?:[ ,]+(?:(?:в|во) )?(.*))?");
    private static final Pattern DAY_LIMIT = Pattern.compile(
            "(?:не позднее|не позже|до) (\\d{1,2})(?: ?- ?го)?(?: числа)? (.+)");
    private static final Pattern QUARTER = Pattern.compile("(iv|i{1,3}|[1-4])(?: ?- ?й)? квартал[а-я]*(?: (\\d{4}))?");
    private static final Pattern TRAILING_YEARS = Pattern.compile("(?:^|[ ,])(\\d{4})(?: - (\\d{4}))?$");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("\\s+|(?=[,-])|(?<=[,-])");

    private static final Map<String, Month> MONTH_STEMS = Map.ofEntries(
            Map.entry("январ", Month.JANUARY), Map.entry("феврал", Month.FEBRUARY), Map.entry("март", Month.MARCH),
            Map.entry("апрел", Month.APRIL), Map.entry("июн", Month.JUNE), Map.entry("июл", Month.JULY),
            Map.entry("август", Month.AUGUST), Map.entry("сентябр", Month.SEPTEMBER),
            Map.entry("октябр", Month.OCTOBER), Map.entry("ноябр", Month.NOVEMBER), Map.entry("декабр", Month.DECEMBER));
    private static final Set<String> MAY_FORMS = Set.of("май", "мая", "мае", "маю", "маем");
    private static final Set<String> CASE_ENDINGS = Set.of("", "ь", "я", "е", "ю", "ем", "ём", "а", "у", "ом");
    private static final Map<String, Month> ABBREVIATIONS = Map.ofEntries(
            Map.entry("янв", Month.JANUARY), Map.entry("фев", Month.FEBRUARY), Map.entry("февр", Month.FEBRUARY),
            Map.entry("мар", Month.MARCH), Map.entry("апр", Month.APRIL), Map.entry("авг", Month.AUGUST),
            Map.entry("сен", Month.SEPTEMBER), Map.entry("сент", Month.SEPTEMBER), Map.entry("окт", Month.OCTOBER),
            Map.entry("ноя", Month.NOVEMBER), Map.entry("нояб", Month.NOVEMBER), Map.entry("дек", Month.DECEMBER));

    private DeadlineParser() {
    }

    /**
     * Reads one deadline cell.
     *
     * @param text the cell text as written; blank text is {@link DeadlineParse.Unparsed}
     * @return the deadline, or the reason it could not be read
     * @throws NullPointerException if {@code text} is null
     */
    public static DeadlineParse parse(String text) {
        Objects.requireNonNull(text, "deadline text");
        String normalized = normalize(text);
        if (normalized.isEmpty()) {
            return new DeadlineParse.Unparsed(text, Reasons.EMPTY);
        }
        try {
            return new DeadlineParse.Parsed(text, interpret(normalized));
        } catch (NotUnderstood e) {
            return new DeadlineParse.Unparsed(text, e.reason);
        }
    }

    /** Lower case, one kind of dash and space, year words removed; package-visible for tests. */
    static String normalize(String text) {
        String s = SPACES.matcher(text).replaceAll(" ");
        s = DASHES.matcher(s).replaceAll("-");
        s = s.toLowerCase(Locale.ROOT).replace('ё', 'е');
        s = ACADEMIC_YEAR_WORDS.matcher(s).replaceAll(" учгод ");
        s = YEAR_MARK.matcher(s).replaceAll(" ");
        s = s.replaceAll("\\s*-\\s*", " - ");
        s = SPACES.matcher(s).replaceAll(" ").trim();
        return EDGE_PUNCTUATION.matcher(s).replaceAll("");
    }

    private static Deadline interpret(String s) {
        if (SCHOOL_TERMS.matcher(s).find()) {
            throw new NotUnderstood(Reasons.SCHOOL_TERMS);
        }
        if (ON_DEMAND.matcher(s).matches()) {
            return new Deadline.OnDemand();
        }
        if (s.equals("ежемесячно")) {
            return new Deadline.Recurring(Frequency.MONTHLY);
        }
        if (s.equals("ежеквартально")) {
            return new Deadline.Recurring(Frequency.QUARTERLY);
        }
        if (ALWAYS.matcher(s).matches() || DURING_PERIOD.matcher(s).matches()) {
            return new Continuous(Scope.WHOLE_PERIOD);
        }
        if (DURING_ACADEMIC_YEAR.matcher(s).matches()) {
            return new Continuous(Scope.ACADEMIC_YEAR);
        }
        if (DURING_YEAR.matcher(s).matches()) {
            return new Continuous(Scope.YEAR);
        }
        if (AFTER_ACADEMIC_YEAR.matcher(s).matches()) {
            return new Deadline.AfterAcademicYear();
        }
        Matcher m;
        if ((m = DURING_OTHER.matcher(s)).matches()) {
            return interpret(m.group(1));
        }
        if ((m = THEN_ONGOING.matcher(s)).matches()) {
            return new Deadline.StartThenOngoing(singleMonth(m.group(1)));
        }
        if ((m = FROM_TO.matcher(s)).matches()) {
            return dates(m.group(1) + " - " + m.group(2));
        }
        if ((m = FROM_ONWARDS.matcher(s)).matches()) {
            return new Deadline.StartThenOngoing(singleMonth(m.group(1)));
        }
        if ((m = ANNUALLY.matcher(s)).matches()) {
            return annually(m.group(1) == null ? "" : m.group(1).trim());
        }
        if ((m = DAY_LIMIT.matcher(s)).matches()) {
            return dayLimit(Integer.parseInt(m.group(1)), m.group(2));
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            return new Deadline.InQuarter(quarterNumber(m.group(1)),
                    m.group(2) == null ? OptionalInt.empty() : OptionalInt.of(year(m.group(2))));
        }
        return dates(s);
    }

    /** Years, a month, a month range or a month list. */
    private static Deadline dates(String s) {
        List<Token> tokens = tokenize(s);
        if (tokens.size() == 1 && tokens.get(0).type == Type.YEAR) {
            return new Deadline.InCalendarYear(tokens.get(0).year);
        }
        List<Token> withoutMark = tokens;
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type == Type.ACADEMIC_YEAR) {
            withoutMark = tokens.subList(0, tokens.size() - 1);
        }
        if (withoutMark.size() == 3 && withoutMark.get(0).type == Type.YEAR && withoutMark.get(1).type == Type.DASH
                && withoutMark.get(2).type == Type.YEAR) {
            int first = withoutMark.get(0).year;
            int last = withoutMark.get(2).year;
            if (last <= first) {
                throw new NotUnderstood(Reasons.REVERSED);
            }
            return new Deadline.AcademicYearSpan(first, last);
        }
        List<Item> items = items(tokens);
        if (items.size() == 1) {
            return new Deadline.InMonth(items.get(0).month);
        }
        boolean allDashes = items.stream().skip(1).allMatch(i -> i.afterDash);
        boolean noDashes = items.stream().skip(1).noneMatch(i -> i.afterDash);
        if (items.size() == 2 && allDashes) {
            return range(items.get(0).month, items.get(1).month);
        }
        if (noDashes) {
            return new Deadline.MonthList(backfillYears(items.stream().map(i -> i.month).toList()));
        }
        throw new NotUnderstood(Reasons.MIXED_LIST);
    }

    private static Deadline range(MonthRef from, MonthRef to) {
        if (from.hasYear() && !to.hasYear()) {
            int y = from.year().getAsInt() + (to.month().compareTo(from.month()) < 0 ? 1 : 0);
            to = MonthRef.of(to.month(), y);
        } else if (!from.hasYear() && to.hasYear()) {
            int y = to.year().getAsInt() - (from.month().compareTo(to.month()) > 0 ? 1 : 0);
            from = MonthRef.of(from.month(), y);
        }
        if (from.hasYear() && YearMonth.of(from.year().getAsInt(), from.month())
                .isAfter(YearMonth.of(to.year().getAsInt(), to.month()))) {
            throw new NotUnderstood(Reasons.REVERSED);
        }
        return new Deadline.MonthRange(from, to);
    }

    /** "сентябрь, декабрь 2024": a year written once at the end covers the months before it. */
    private static List<MonthRef> backfillYears(List<MonthRef> months) {
        List<MonthRef> result = new ArrayList<>(months);
        for (int i = result.size() - 2; i >= 0; i--) {
            MonthRef next = result.get(i + 1);
            MonthRef here = result.get(i);
            if (!here.hasYear() && next.hasYear()) {
                int y = next.year().getAsInt() - (here.month().compareTo(next.month()) > 0 ? 1 : 0);
                result.set(i, MonthRef.of(here.month(), y));
            }
        }
        return result;
    }

    private static MonthRef singleMonth(String s) {
        Deadline d = dates(s.startsWith("с ") ? s.substring(2) : s);
        if (d instanceof Deadline.InMonth inMonth) {
            return inMonth.month();
        }
        throw new NotUnderstood(Reasons.START_NOT_A_MONTH);
    }

    private static Deadline annually(String rest) {
        Optional<YearRange> years = Optional.empty();
        Matcher m = TRAILING_YEARS.matcher(rest);
        if (m.find()) {
            int first = year(m.group(1));
            int last = m.group(2) == null ? first : year(m.group(2));
            if (last < first) {
                throw new NotUnderstood(Reasons.REVERSED);
            }
            years = Optional.of(new YearRange(first, last));
            rest = rest.substring(0, m.start()).replaceAll("[ ,]+$", "");
        }
        if (rest.isEmpty()) {
            return new Annually(List.of(), years);
        }
        List<MonthSpan> spans = new ArrayList<>();
        for (Item item : items(tokenize(rest))) {
            if (item.month.hasYear()) {
                throw new NotUnderstood(Reasons.ANNUAL_MONTH_WITH_YEAR);
            }
            if (item.afterDash) {
                MonthSpan previous = spans.remove(spans.size() - 1);
                if (previous.first() != previous.last()) {
                    throw new NotUnderstood(Reasons.MIXED_LIST);
                }
                spans.add(MonthSpan.of(previous.first(), item.month.month()));
            } else {
                spans.add(MonthSpan.of(item.month.month()));
            }
        }
        return new Annually(spans, years);
    }

    private static Deadline dayLimit(int day, String monthsText) {
        List<Item> items = items(tokenize(monthsText));
        if (items.stream().anyMatch(i -> i.afterDash)) {
            throw new NotUnderstood(Reasons.MIXED_LIST);
        }
        List<MonthRef> months = backfillYears(items.stream().map(i -> i.month).toList());
        for (MonthRef month : months) {
            if (day < 1 || day > month.month().maxLength()) {
                throw new NotUnderstood(Reasons.noSuchDay(day, month.month()));
            }
        }
        return new Deadline.DayOfMonthLimit(day, months);
    }

    /** MONTH [YEAR] ( (DASH | COMMA) MONTH [YEAR] )* */
    private static List<Item> items(List<Token> tokens) {
        if (tokens.stream().noneMatch(t -> t.type == Type.MONTH || t.type == Type.YEAR)) {
            throw new NotUnderstood(Reasons.NO_DATE);
        }
        tokens.stream().filter(t -> t.type == Type.WORD).findFirst()
                .ifPresent(t -> {
                    throw new NotUnderstood(Reasons.unknownWord(t.text));
                });
        List<Item> items = new ArrayList<>();
        boolean afterDash = false;
        boolean expectMonth = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (expectMonth) {
                if (t.type != Type.MONTH) {
                    throw new NotUnderstood(Reasons.WORD_ORDER);
                }
                if (i + 1 < tokens.size() && tokens.get(i + 1).type == Type.YEAR) {
                    items.add(new Item(MonthRef.of(t.month, tokens.get(i + 1).year), afterDash));
                    i++;
                } else {
                    items.add(new Item(MonthRef.of(t.month), afterDash));
                }
                expectMonth = false;
            } else if (t.type == Type.DASH || t.type == Type.COMMA) {
                afterDash = t.type == Type.DASH;
                expectMonth = true;
            } else {
                throw new NotUnderstood(Reasons.WORD_ORDER);
            }
        }
        if (expectMonth) {
            throw new NotUnderstood(afterDash ? Reasons.INCOMPLETE_RANGE : Reasons.WORD_ORDER);
        }
        return items;
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        for (String raw : TOKEN_SPLIT.split(s)) {
            if (!raw.isEmpty()) {
                tokens.add(Token.of(raw));
            }
        }
        return tokens;
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (y < MIN_YEAR || y > MAX_YEAR) {
            throw new NotUnderstood(Reasons.unknownWord(digits));
        }
        return y;
    }

    private static int quarterNumber(String s) {
        return switch (s) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    static Optional<Month> monthOf(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (MAY_FORMS.contains(w)) {
            return Optional.of(Month.MAY);
        }
        if (ABBREVIATIONS.containsKey(w)) {
            return Optional.of(ABBREVIATIONS.get(w));
        }
        for (Map.Entry<String, Month> stem : MONTH_STEMS.entrySet()) {
            if (w.startsWith(stem.getKey()) && CASE_ENDINGS.contains(w.substring(stem.getKey().length()))) {
                return Optional.of(stem.getValue());
            }
        }
        return Optional.empty();
    }

    private enum Type { MONTH, YEAR, DASH, COMMA, ACADEMIC_YEAR, WORD }

    private record Token(Type type, String text, Month month, int year) {
        static Token of(String raw) {
            if (raw.equals("-")) {
                return new Token(Type.DASH, raw, null, 0);
            }
            if (raw.equals(",") || raw.equals("и") || raw.equals(";")) {
                return new Token(Type.COMMA, raw, null, 0);
            }
            if (raw.equals("учгод")) {
                return new Token(Type.ACADEMIC_YEAR, raw, null, 0);
            }
            if (raw.matches("\\d{4}")) {
                int y = Integer.parseInt(raw);
                if (y >= MIN_YEAR && y <= MAX_YEAR) {
                    return new Token(Type.YEAR, raw, null, y);
                }
            }
            return monthOf(raw).map(m -> new Token(Type.MONTH, raw, m, 0)).orElseGet(() -> new Token(Type.WORD, raw, null, 0));
        }
    }

    private record Item(MonthRef month, boolean afterDash) {
    }

    /** Internal control flow only: caught in {@link #parse(String)}, never escapes. */
    private static final class NotUnderstood extends RuntimeException {
        private final transient LocalizedText reason;

        NotUnderstood(LocalizedText reason) {
            super(reason.en(), null, false, false);
            this.reason = reason;
        }
    }

    /** Reasons a phrase is not understood, for users. */
    static final class Reasons {
        static final LocalizedText EMPTY = LocalizedText.of(
                "Срок не указан.", "No deadline is given.");
        static final LocalizedText SCHOOL_TERMS = LocalizedText.of(
                "Границы учебных четвертей, триместров и полугодий различаются по регионам и организациям; укажите месяцы.",
                "School term, trimester and half-year boundaries differ by region and organization; give months instead.");
        static final LocalizedText NO_DATE = LocalizedText.of(
                "В сроке нет ни месяца, ни года.", "The deadline names neither a month nor a year.");
        static final LocalizedText INCOMPLETE_RANGE = LocalizedText.of(
                "Диапазон не закончен: после тире нет месяца.", "The range is incomplete: no month follows the dash.");
        static final LocalizedText REVERSED = LocalizedText.of(
                "Диапазон заканчивается раньше, чем начинается.", "The range ends before it starts.");
        static final LocalizedText MIXED_LIST = LocalizedText.of(
                "Срок смешивает диапазоны и перечисление месяцев; разбейте его на отдельные сроки.",
                "The deadline mixes ranges and a list of months; split it into separate deadlines.");
        static final LocalizedText WORD_ORDER = LocalizedText.of(
                "Порядок месяцев и годов в сроке не распознан.", "The order of months and years in the deadline is not understood.");
        static final LocalizedText START_NOT_A_MONTH = LocalizedText.of(
                "Начало срока «далее постоянно» должно быть одним месяцем.",
                "The start of an ongoing deadline must be a single month.");
        static final LocalizedText ANNUAL_MONTH_WITH_YEAR = LocalizedText.of(
                "В ежегодном сроке год указывается после месяцев диапазоном, например «ежегодно, апрель 2022-2024».",
                "In an annual deadline the years follow the months as a range, e.g. «ежегодно, апрель 2022-2024».");

        private static final String[] IN_MONTH = {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
            "августе", "сентябре", "октябре", "ноябре", "декабре"};

        private Reasons() {
        }

        static LocalizedText unknownWord(String word) {
            return LocalizedText.of("Непонятное слово в сроке: «" + word + "».",
                    "Unrecognised word in the deadline: «" + word + "».");
        }

        static LocalizedText noSuchDay(int day, Month month) {
            return LocalizedText.of("В " + IN_MONTH[month.ordinal()] + " нет " + day + "-го числа.",
                    month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " has no day " + day + ".");
        }
    }
}
