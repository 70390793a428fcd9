package org.tandem.core.roadmap;

import java.util.List;
import java.util.Objects;

import org.tandem.core.shared.DomainRuleException;

/**
 * One party responsible for an activity, typed.
 *
 * @param level the level it acts at, {@link ResponsibleLevel#UNSPECIFIED} when neither the table nor the name says
 * @param kind  a role, an organization or body, or a named person
 * @param name  the party as written, trimmed ("Руководители ОУ", "МКУ «ЦРО»", "Нетёсова Л.В.")
 */
public record ResponsibleParty(ResponsibleLevel level, PartyKind kind, String name) {

    public ResponsibleParty {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new DomainRuleException("У ответственного должно быть наименование.",
                    "a responsible party needs a name");
        }
    }

    /**
     * A party found in a column of the given level, its kind classified by {@link PartyKind#classify}. In a column
     * that does not tell the level ({@link ResponsibleLevel#UNSPECIFIED}), the name may: see
     * {@link ResponsibleLevel#fromPartyName}.
     */
    public static ResponsibleParty inColumn(ResponsibleLevel columnLevel, String name) {
        Objects.requireNonNull(columnLevel, "columnLevel");
        Objects.requireNonNull(name, "name");
        ResponsibleLevel level = columnLevel == ResponsibleLevel.UNSPECIFIED
                ? ResponsibleLevel.fromPartyName(name) : columnLevel;
        return new ResponsibleParty(level, PartyKind.classify(name), name);
    }

    /** A party named where no column tells the level: {@code inColumn(UNSPECIFIED, name)}. */
    public static ResponsibleParty named(String name) {
        return inColumn(ResponsibleLevel.UNSPECIFIED, name);
    }

    /** {@link #named} for each name, in order. */
    public static List<ResponsibleParty> named(List<String> names) {
        return names.stream().map(ResponsibleParty::named).toList();
    }

    /** Whether the party is, or speaks for, schools in general: of the organization level, or a body naming them. */
    public boolean namesSchools() {
        return level == ResponsibleLevel.ORGANIZATION
                || (kind == PartyKind.ORGANIZATION && ResponsibleLevel.SCHOOLS.matcher(name).find());
    }
}
