package org.tandem.core.roadmap;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.tandem.core.shared.LocalizedText;

/**
 * The level a responsible party acts at: the municipality (управление образования, МКУ, its methodists) or the
 * educational organization (школа, ОО, ОУ: its head, curators, mentors). Tables tell it by their column
 * ("Исполнители: муниципальные | ОУ"); a table with one responsible column usually does not.
 */
public enum ResponsibleLevel {
    /** The municipal level (муниципальный уровень). */
    MUNICIPAL("муниципальный уровень", "municipal level"),
    /** The level of the educational organization (уровень образовательной организации). */
    ORGANIZATION("уровень образовательной организации", "organization level"),
    /** The table does not say, and neither does the party's name. */
    UNSPECIFIED("уровень не указан", "level not specified");

    /** Schools in general: ОО, ОУ, ООО as words, "образовательная организация/учреждение", "школа" in any form. */
    static final Pattern SCHOOLS = Pattern.compile(
            "(?U)\\b(?:ОО|ОУ|ООО)\\b|(?iU)образовательн\\w*\\s+(?:организац|учрежден)|(?iU)\\bшкол");
    private static final Pattern MUNICIPAL_WORDS = Pattern.compile(
            "(?U)\\b(?:УО|МКУ|МУ|МОУО|РУО|ГорОО|РОО|ЦРО|ММС|РМО|ММЦ)\\b|(?iU)муниципальн|(?iU)управлени\\w*\\s+образовани"
                    + "|(?iU)(?:отдел|комитет)\\w*\\s+(?:по\\s+)?образовани");

    private final String russianName;
    private final String englishName;

    ResponsibleLevel(String russianName, String englishName) {
        this.russianName = russianName;
        this.englishName = englishName;
    }

    /** The level's name in Russian and English. */
    public LocalizedText displayName() {
        return LocalizedText.of(russianName, englishName);
    }

    /**
     * The level a responsible column's header names: "муниципальные", "муниципальный уровень" give
     * {@link #MUNICIPAL}; "ОУ", "ОО", "образовательные организации", "школа" give {@link #ORGANIZATION}; a header
     * that names neither ("Ответственные", "Ответственный исполнитель") gives {@link #UNSPECIFIED}.
     *
     * @param header the column's header, with its sub-header if any ("Исполнители / ОУ")
     */
    public static ResponsibleLevel fromColumnHeader(String header) {
        Objects.requireNonNull(header, "header");
        String h = header.strip();
        if (h.toLowerCase(Locale.ROOT).contains("муниципал")) {
            return MUNICIPAL;
        }
        if (SCHOOLS.matcher(h).find()) {
            return ORGANIZATION;
        }
        return UNSPECIFIED;
    }

    /**
     * The level a party's own name tells, for a party found where the table does not say: a name that speaks of
     * schools in general ("Руководители образовательных организаций", "кураторы ОУ") is {@link #ORGANIZATION}; a
     * municipal body or its staff ("МКУ «ЦРО»", "специалисты УО", "Управление образования") is {@link #MUNICIPAL};
     * anything else, a single named school included, is {@link #UNSPECIFIED}. Schools are checked first, so
     * "Ответственные кураторы от образовательных организаций" is of the organization level.
     *
     * @param name the party as written
     */
    public static ResponsibleLevel fromPartyName(String name) {
        Objects.requireNonNull(name, "name");
        if (SCHOOLS.matcher(name).find()) {
            return ORGANIZATION;
        }
        if (MUNICIPAL_WORDS.matcher(name).find()) {
            return MUNICIPAL;
        }
        return UNSPECIFIED;
    }
}
