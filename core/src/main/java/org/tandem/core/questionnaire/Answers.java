package org.tandem.core.questionnaire;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.tandem.core.people.ConsentGiver;
import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MenteeCategory;
import org.tandem.core.people.MentorCategory;

/** The answers of form exports turned into values: Russian dates, «да»/«нет», Russian names of categories. */
final class Answers {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    // compiled once: an import calls these for every cell
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-–—_,]+");
    private static final Pattern FINAL_STOP = Pattern.compile("\\.$");
    private static final Pattern TIME_AFTER_DAY = Pattern.compile("[\\sT]");
    private static final Pattern ITEM_SEPARATORS = Pattern.compile("[;,]");

    static final Map<String, MenteeCategory> MENTEE_CATEGORIES = names(MenteeCategory.values(), Map.of(
            "молодой специалист", MenteeCategory.YOUNG_TEACHER, "молодой педагог", MenteeCategory.YOUNG_TEACHER,
            "молодой учитель", MenteeCategory.YOUNG_TEACHER, "педагог новый в должности", MenteeCategory.TEACHER_NEW_TO_POST,
            "новый в должности", MenteeCategory.TEACHER_NEW_TO_POST, "вновь принятый педагог", MenteeCategory.TEACHER_NEW_TO_POST,
            "обучающийся", MenteeCategory.PUPIL, "ученик", MenteeCategory.PUPIL, "студент", MenteeCategory.STUDENT));
    static final Map<String, MentorCategory> MENTOR_CATEGORIES = names(MentorCategory.values(), Map.of(
            "педагог", MentorCategory.TEACHER, "учитель", MentorCategory.TEACHER,
            "обучающийся наставник", MentorCategory.PUPIL_MENTOR, "ученик наставник", MentorCategory.PUPIL_MENTOR,
            "студент наставник", MentorCategory.STUDENT_MENTOR, "студент", MentorCategory.STUDENT_MENTOR,
            "представитель работодателя", MentorCategory.EMPLOYER_REPRESENTATIVE,
            "представитель предприятия", MentorCategory.EMPLOYER_REPRESENTATIVE,
            "внешний наставник", MentorCategory.EXTERNAL_MENTOR, "методист", MentorCategory.EXTERNAL_MENTOR));
    static final Map<String, MeetingFormat> FORMATS = names(MeetingFormat.values(), Map.of(
            "очно", MeetingFormat.IN_PERSON, "очный", MeetingFormat.IN_PERSON, "очная", MeetingFormat.IN_PERSON,
            "дистанционно", MeetingFormat.REMOTE, "дистанционный", MeetingFormat.REMOTE, "онлайн", MeetingFormat.REMOTE,
            "смешанный", MeetingFormat.MIXED, "смешанно", MeetingFormat.MIXED, "очно и дистанционно", MeetingFormat.MIXED,
            "комбинированный", MeetingFormat.MIXED));
    static final Map<String, ConsentGiver> GIVERS = names(ConsentGiver.values(), Map.of(
            "сам", ConsentGiver.SELF, "сама", ConsentGiver.SELF, "самостоятельно", ConsentGiver.SELF,
            "лично", ConsentGiver.SELF, "родитель", ConsentGiver.PARENT, "мать", ConsentGiver.PARENT,
            "отец", ConsentGiver.PARENT, "законный представитель", ConsentGiver.LEGAL_REPRESENTATIVE,
            "опекун", ConsentGiver.LEGAL_REPRESENTATIVE));
    static final Map<String, QuestionnaireSide> SIDES = names(QuestionnaireSide.values(), Map.of(
            "наставник", QuestionnaireSide.MENTOR, "наставница", QuestionnaireSide.MENTOR,
            "наставляемый", QuestionnaireSide.MENTEE, "наставляемая", QuestionnaireSide.MENTEE));
    private static final Map<String, DayOfWeek> DAYS = days();
    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("да", true), Map.entry("нет", false), Map.entry("yes", true), Map.entry("no", false),
            Map.entry("true", true), Map.entry("false", false), Map.entry("1", true), Map.entry("0", false),
            Map.entry("+", true), Map.entry("-", false), Map.entry("пройдено", true), Map.entry("не пройдено", false),
            Map.entry("готов", true), Map.entry("не готов", false));

    private Answers() {
    }

    /** Lower case, ё as е, runs of spaces, dashes and commas as one space, no final full stop. */
    static String normalize(String text) {
        String lower = text.toLowerCase(RU).replace('ё', 'е');
        StringBuilder spaced = new StringBuilder(lower.length());
        boolean run = false;
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                // a line terminator the separators leave, before which "$" also matches: the patterns decide
                return FINAL_STOP.matcher(SEPARATORS.matcher(lower).replaceAll(" ")).replaceAll("").strip();
            }
            boolean separator = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == '-' || c == '–' || c == '—' || c == '_' || c == ',';
            if (!separator) {
                spaced.append(c);
            } else if (!run) {
                spaced.append(' ');
            }
            run = separator;
        }
        // what SEPARATORS.replaceAll(" ") then FINAL_STOP.replaceAll("") give, in one pass
        if (spaced.length() > 0 && spaced.charAt(spaced.length() - 1) == '.') {
            spaced.setLength(spaced.length() - 1);
        }
        return spaced.toString().strip();
    }

    static <E> Optional<E> lookup(Map<String, E> names, String text) {
        return Optional.ofNullable(names.get(normalize(text)));
    }

    /** {@code dd.MM.yyyy} (also {@code d.M.yyyy}) or ISO {@code yyyy-MM-dd}; a time after a space is ignored. */
    static Optional<LocalDate> date(String text) {
        String day = TIME_AFTER_DAY.split(text.strip(), 2)[0];
        try {
            return Optional.of(day.contains(".") ? LocalDate.parse(day, RUSSIAN_DATE) : LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<Boolean> yesNo(String text) {
        return lookup(YES_NO, text);
    }

    static Optional<DayOfWeek> day(String text) {
        return lookup(DAYS, text);
    }

    /** Items split by {@code ;} or {@code ,}, stripped, blank ones left out. */
    static List<String> items(String text) {
        return Arrays.stream(ITEM_SEPARATORS.split(text)).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Lines of a multi-line answer, stripped, blank ones left out. */
    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E>> Map<String, E> names(E[] values, Map<String, E> russian) {
        Map<String, E> names = new HashMap<>();
        for (E value : values) {
            names.put(normalize(value.name()), value);
        }
        russian.forEach((name, value) -> names.put(normalize(name), value));
        return Map.copyOf(names);
    }

    private static Map<String, DayOfWeek> days() {
        String[][] russian = {{"пн", "понедельник"}, {"вт", "вторник"}, {"ср", "среда"}, {"чт", "четверг"},
                {"пт", "пятница"}, {"сб", "суббота"}, {"вс", "воскресенье"}};
        Map<String, DayOfWeek> days = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(normalize(day.name()), day);
            days.put(normalize(day.name().substring(0, 3)), day);
            for (String name : russian[day.ordinal()]) {
                days.put(name, day);
            }
        }
        return Map.copyOf(days);
    }
}
