package org.tandem.core.roadmap;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.tandem.core.shared.LocalizedText;

/** What kind of party is responsible for an activity: a role, an organization or body, or a named person. */
public enum PartyKind {
    /** A role or position: «координатор», «кураторы», «руководитель ОО», «методист МКУ «ЦРО»». */
    ROLE("роль", "role"),
    /** An organization or body: «УО», «МКУ «ЦРО»», «ОО», «образовательные организации», «администрация». */
    ORGANIZATION("организация", "organization"),
    /** A named person: «Нетёсова Л.В.», «П.С. Черёмухин». */
    PERSON("лицо", "person");

    /** A surname with initials after it ("Нетёсова Л.В.", "Добровольская О.В") or before it ("П.С. Черёмухин"). */
    private static final Pattern PERSON_NAME = Pattern.compile(
            "(?U)[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\\s+[А-ЯЁ]\\.\\s?[А-ЯЁ](?:\\.|\\b)"
                    + "|(?U)\\b[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.\\s?[А-ЯЁ][а-яё]+");
    /** An abbreviation written in capitals as the first word: УО, МКУ, ОО, ОУ, МБОУ, КГАНОУ, ЦРО, УМО ... */
    private static final Pattern ABBREVIATION = Pattern.compile("(?U)[А-ЯЁ]{2,8}");
    /** Stems of first words that name an organization or body rather than a person in it. */
    private static final Set<String> ORGANIZATION_STEMS = Set.of("муниципальн", "государственн", "краев", "областн",
            "региональн", "учреждени", "управлени", "организаци", "образовательн", "центр", "отдел", "комитет",
            "департамент", "министерств", "администраци", "школ", "лице", "гимнази", "колледж", "техникум",
            "методическ", "совет", "объединени");

    private final String russianName;
    private final String englishName;

    PartyKind(String russianName, String englishName) {
        this.russianName = russianName;
        this.englishName = englishName;
    }

    /** The kind's name in Russian and English. */
    public LocalizedText displayName() {
        return LocalizedText.of(russianName, englishName);
    }

    /**
     * Guesses the kind from the party's name, in this order:
     * <ol>
     *   <li>{@link #PERSON} if the name contains a surname with initials ("Нетёсова Л.В.", "Добровольская О.В",
     *       "П.С. Черёмухин"), even after a position ("методист Иванова И.И.");</li>
     *   <li>{@link #ORGANIZATION} if its first word is an abbreviation in capitals ("УО", "МКУ «ЦРО»", "ОО",
     *       "МБОУ «… СОШ»") or starts like the name of a body ("Муниципальное казенное учреждение …",
     *       "образовательные организации", "Управление образования", "администрация", "школа");</li>
     *   <li>{@link #ROLE} otherwise: a position or function, also of a body ("Методист МКУ «ЦРО»",
     *       "Руководители образовательных организаций", "специалисты УО", "кураторы").</li>
     * </ol>
     * The first word decides between organization and role because Russian puts the head noun first:
     * "руководитель ОО" is a person in a role, "ОО" is the body.
     *
     * @param name the party as written
     */
    public static PartyKind classify(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.strip();
        if (PERSON_NAME.matcher(n).find()) {
            return PERSON;
        }
        String first = n.split("[\\s«»\"(),;:]+", 2)[0];
        if (first.isEmpty() && n.length() > 1) {
            first = n.substring(1).strip().split("[\\s«»\"(),;:]+", 2)[0];
        }
        if (ABBREVIATION.matcher(first).matches()) {
            return ORGANIZATION;
        }
        String lower = first.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (String stem : ORGANIZATION_STEMS) {
            if (lower.startsWith(stem)) {
                return ORGANIZATION;
            }
        }
        return ROLE;
    }
}
