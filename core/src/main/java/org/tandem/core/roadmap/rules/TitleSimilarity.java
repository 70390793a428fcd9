package org.tandem.core.roadmap.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A deliberately simple likeness of two Russian activity titles, used by {@link MissingSchoolActivitiesRule}.
 *
 * <ol>
 *   <li>Lower case, "ё" as "е", everything but letters and digits becomes a space.</li>
 *   <li>Each word loses one inflectional ending from a fixed list (longest first), provided at least three
 *       letters remain: "наставников" and "наставника" both become "наставник", "наставляемых" becomes
 *       "наставляем", so mentors and mentees stay apart.</li>
 *   <li>Words shorter than three letters and words every roadmap repeats ("наставничество", "программа",
 *       "реализация", "мероприятие", "образовательная организация", ...) are dropped: they would make any two
 *       titles alike.</li>
 *   <li>Two titles are alike when they share at least two stems (or all stems of a one-stem title) and the
 *       shared stems make at least half of the shorter title's stems (the overlap coefficient). The shorter
 *       side decides because a school usually words a municipal requirement more briefly.</li>
 *   <li>Except that a title about mentors only and one about mentees only are never alike: "формирование
 *       базы наставников" and "... наставляемых" share two stems out of three, yet are different duties.</li>
 * </ol>
 */
final class TitleSimilarity {

    static final double THRESHOLD = 0.5;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final List<String> ENDINGS = List.of(
            "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией",
            "ых", "их", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ия", "ов", "ев",
            "ам", "ям", "ах", "ях", "ом", "ем", "ую", "юю", "ью",
            "а", "я", "о", "е", "ы", "и", "у", "ю", "ь");
    private static final List<String> STOP_PREFIXES = List.of(
            "наставничеств", "программ", "целев", "модел", "реализац", "мероприят", "образовательн", "организац",
            "учрежден", "проведен", "осуществлен", "муниципальн", "рамк", "работ");
    private static final Set<String> STOP_WORDS = Set.of("для", "при", "над", "под", "что", "как", "все", "его", "или",
            "том", "числ", "числе", "также", "этом", "них");

    private TitleSimilarity() {
    }

    /** The significant stems of a title, in order of appearance. */
    static Set<String> stems(String title) {
        Set<String> stems = new LinkedHashSet<>();
        String text = title.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (String word : NOT_WORD.split(text)) {
            if (word.length() < 3 || STOP_WORDS.contains(word)) {
                continue;
            }
            String stem = stem(word);
            if (STOP_WORDS.contains(stem) || STOP_PREFIXES.stream().anyMatch(stem::startsWith)) {
                continue;
            }
            stems.add(stem);
        }
        return stems;
    }

    static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /** Whether the two titles are alike by the rule above. */
    static boolean alike(String a, String b) {
        Set<String> left = stems(a);
        Set<String> right = stems(b);
        int smaller = Math.min(left.size(), right.size());
        if (smaller == 0) {
            return false;
        }
        if (rolesClash(left, right)) {
            return false;
        }
        long shared = left.stream().filter(right::contains).count();
        return shared >= Math.min(2, smaller) && (double) shared / smaller >= THRESHOLD;
    }

    private static boolean rolesClash(Set<String> left, Set<String> right) {
        Set<String> a = roles(left);
        Set<String> b = roles(right);
        return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
    }

    /** "mentor" and/or "mentee", by the stems a title uses. */
    private static Set<String> roles(Set<String> stems) {
        Set<String> roles = new LinkedHashSet<>();
        for (String stem : stems) {
            if (stem.startsWith("наставник")) {
                roles.add("mentor");
            } else if (stem.startsWith("наставляем")) {
                roles.add("mentee");
            }
        }
        return roles;
    }
}
