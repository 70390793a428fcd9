package org.tandem.persistence.jpa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.ResponsibleParty;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.RoadmapSection;

/**
 * Finds one person among the responsible parties of a roadmap, where people are written by name rather than by
 * id: "Нетёсова Л.В.", "Л. В. Нетёсова", "методист Нетёсова Л.В.", or the full name. Her full name ("Фамилия Имя
 * [Отчество]", the surname first or last) always counts; her surname with her initials only where the caller says
 * the roadmap is close enough to her for the initials to mean her ({@code byInitials}). Case and ё/е do not matter,
 * nor a surname's grammatical ending (up to two letters). A party naming another person with the same surname but
 * other initials is left alone.
 */
final class ResponsibleNames {

    private static final String WORD = "\\p{L}+(?:-\\p{L}+)*";
    private static final Pattern WORDS = Pattern.compile(WORD);
    /** A surname followed by one or two initials: "Нетёсова Л.В.", "Нетёсова Л. В", "Нетёсова Л.". */
    private static final Pattern SURNAME_INITIALS = Pattern.compile(
            "(?<![\\p{L}.])(" + WORD + ")\\s+(\\p{L})\\.\\s*(?:(\\p{L})(?:\\.|(?![\\p{L}])))?");
    /** One or two initials followed by a surname: "Л.В. Нетёсова", "Л. Нетёсова". */
    private static final Pattern INITIALS_SURNAME = Pattern.compile(
            "(?<![\\p{L}.])(\\p{L})\\.\\s*(?:(\\p{L})\\.\\s*)?(" + WORD + ")(?![\\p{L}])");

    private final String surname;
    private final String firstInitial;
    private final Optional<String> secondInitial;
    private final List<Pattern> fullNames = new ArrayList<>();

    private ResponsibleNames(List<String> words) {
        surname = normalize(words.get(0));
        firstInitial = normalize(words.get(1).substring(0, 1));
        secondInitial = words.size() > 2 ? Optional.of(normalize(words.get(2).substring(0, 1))) : Optional.empty();
        fullNames.add(sequence(words));
        List<String> surnameLast = new ArrayList<>(words.subList(1, words.size()));
        surnameLast.add(words.get(0));
        fullNames.add(sequence(surnameLast));
    }

    /**
     * The matcher of a person's full name, empty when the name has fewer than two words (nothing to tell her by)
     * or is the marker of an erased name.
     */
    static Optional<ResponsibleNames> of(String fullName) {
        if (fullName == null) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        Matcher found = WORDS.matcher(fullName);
        while (found.find()) {
            words.add(found.group());
        }
        return words.size() < 2 ? Optional.empty() : Optional.of(new ResponsibleNames(words));
    }

    /** The party's name with every mention of the person replaced by {@code marker}; unchanged when none. */
    String cut(String party, boolean byInitials, String marker) {
        String result = party;
        for (Pattern fullName : fullNames) {
            result = fullName.matcher(result).replaceAll(Matcher.quoteReplacement(marker));
        }
        if (byInitials) {
            result = replace(result, SURNAME_INITIALS, 1, 2, 3, marker);
            result = replace(result, INITIALS_SURNAME, 3, 1, 2, marker);
        }
        return result;
    }

    boolean names(String party, boolean byInitials) {
        return !cut(party, byInitials, "\u0000").equals(party);
    }

    /** The plan with the person cut out of every responsible party's name; the same object when she is not named. */
    Roadmap cutFrom(Roadmap plan, boolean byInitials, String marker) {
        boolean changed = false;
        List<RoadmapSection> sections = new ArrayList<>();
        for (RoadmapSection section : plan.sections()) {
            List<Activity> activities = new ArrayList<>();
            for (Activity a : section.activities()) {
                List<ResponsibleParty> parties = new ArrayList<>();
                boolean named = false;
                for (ResponsibleParty party : a.responsible()) {
                    String name = cut(party.name(), byInitials, marker);
                    named |= !name.equals(party.name());
                    parties.add(name.equals(party.name()) ? party : new ResponsibleParty(party.level(), party.kind(), name));
                }
                changed |= named;
                activities.add(named ? new Activity(a.number(), a.numberAssigned(), a.title(), a.content(),
                        a.deadlineText(), a.deadline(), a.expectedResult(), a.controlResult(), a.documentType(),
                        a.indicator(), parties, a.stage(), a.sourceLine()) : a);
            }
            sections.add(new RoadmapSection(section.number(), section.title(), section.stage(), activities));
        }
        return changed ? new Roadmap(plan.organization(), plan.level(), plan.title(), plan.period(), sections) : plan;
    }

    private String replace(String text, Pattern pattern, int surnameGroup, int firstGroup, int secondGroup,
                           String marker) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String second = matcher.group(secondGroup);
            boolean hers = sameSurname(matcher.group(surnameGroup))
                    && normalize(matcher.group(firstGroup)).equals(firstInitial)
                    && (second == null || secondInitial.filter(normalize(second)::equals).isPresent());
            matcher.appendReplacement(result, Matcher.quoteReplacement(hers ? marker : matcher.group()));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** The same surname, also in another grammatical case: "Нетёсова", "Нетёсовой". */
    private boolean sameSurname(String word) {
        String other = normalize(word);
        if (other.equals(surname)) {
            return true;
        }
        int cut = surname.length() > 5 ? 2 : surname.length() > 3 ? 1 : 0;
        return cut > 0 && other.startsWith(surname.substring(0, surname.length() - cut))
                && other.length() <= surname.length() + 2;
    }

    private static Pattern sequence(List<String> words) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}])");
        for (int i = 0; i < words.size(); i++) {
            regex.append(i == 0 ? "" : "\\s+").append(letters(words.get(i)));
        }
        return Pattern.compile(regex.append("(?![\\p{L}])").toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The word as a regular expression in which ё and е stand for each other. */
    private static String letters(String word) {
        StringBuilder regex = new StringBuilder();
        for (char c : word.toCharArray()) {
            regex.append(switch (Character.toLowerCase(c)) {
                case 'е', 'ё' -> "[её]";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return regex.toString();
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
