package org.tandem.core.roadmap.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.tandem.core.roadmap.ResponsibleLevel;
import org.tandem.core.roadmap.ResponsibleParty;

/**
 * Splits a "responsible" cell into parties. Word exports lose the line breaks between parties
 * ("Методист МКУ «ЦРО» Руководители образовательных организаций"), so besides commas,
 * semicolons and line breaks the cell is also cut before a capitalized role word that follows
 * a lower-case word or a closing quote or bracket, and before an organization abbreviation
 * that follows a closing quote or bracket. Commas inside quotes or brackets do not split.
 */
public final class ResponsibleParties {

    private static final String ROLES = "Руководител|Ответственн|Методист|Директор|Координатор|Куратор|Наставник"
            + "|Заместител|Специалист|Педагог|Генеральн|Администрац|Председател|Заведующ|Учител|Классн|Социальн"
            + "|Старш|Приглаш[её]нн|Управлени|Отдел|Завуч";
    private static final String ORGANIZATIONS = "МКУ|МБОУ|МАОУ|МОУ|МКОУ|МБДОУ|МАДОУ|ГБОУ|ГАОУ|КГАНОУ|КГБОУ|ГБПОУ|УО|ОУ|ОО";
    private static final Pattern ROLE_BOUNDARY = Pattern.compile(
            "(?<=[а-яё»)])\\s+(?=(?:" + ROLES + "))|(?<=[»)])\\s+(?=(?:" + ORGANIZATIONS + ")\\b)");

    private ResponsibleParties() {
    }

    /**
     * The parties named in a cell, in order, trimmed; empty for a blank cell.
     *
     * @param cell the plain text of a responsible cell
     */
    public static List<String> split(String cell) {
        Objects.requireNonNull(cell, "cell");
        List<String> parties = new ArrayList<>();
        for (String part : splitOutsideQuotes(cell)) {
            for (String piece : ROLE_BOUNDARY.split(part)) {
                String p = piece.strip().replaceAll("[,;]+$", "").strip();
                if (!p.isEmpty()) {
                    parties.add(p);
                }
            }
        }
        return List.copyOf(parties);
    }

    /**
     * The parties named in a cell of a column of the given level, typed ({@link ResponsibleParty#inColumn}).
     *
     * @param cell        the plain text of a responsible cell
     * @param columnLevel the level the column's header names, {@link ResponsibleLevel#UNSPECIFIED} if none
     */
    public static List<ResponsibleParty> parse(String cell, ResponsibleLevel columnLevel) {
        Objects.requireNonNull(columnLevel, "columnLevel");
        return split(cell).stream().map(name -> ResponsibleParty.inColumn(columnLevel, name)).toList();
    }

    private static List<String> splitOutsideQuotes(String cell) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : cell.toCharArray()) {
            if (c == '«' || c == '(') {
                depth++;
            } else if ((c == '»' || c == ')') && depth > 0) {
                depth--;
            }
            if (depth == 0 && (c == ',' || c == ';' || c == '\n')) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
