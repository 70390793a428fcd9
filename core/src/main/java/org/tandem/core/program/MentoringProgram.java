package org.tandem.core.program;

import java.util.Objects;
import java.util.Set;

import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;

/**
 * A mentoring program of an organization.
 *
 * @param id                         identity
 * @param organization               the organization running it
 * @param title                      its title
 * @param form                       the form of mentoring
 * @param kinds                      the kinds of mentoring it uses
 * @param period                     when it runs
 * @param curator                    the curator responsible for it
 * @param participatingOrganizations other organizations of a network program
 */
public record MentoringProgram(ProgramId id, OrganizationId organization, String title, MentoringForm form,
                               Set<MentoringKind> kinds, DateRange period, PersonId curator,
                               Set<OrganizationId> participatingOrganizations) {

    public MentoringProgram {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(curator, "curator");
        if (title == null || title.isBlank()) {
            throw new DomainRuleException("У программы наставничества должно быть название.",
                    "a mentoring program needs a title");
        }
        if (kinds == null || kinds.isEmpty()) {
            throw new DomainRuleException("В программе «" + title + "» должен быть указан хотя бы один вид наставничества.",
                    "program " + title + " names at least one kind of mentoring");
        }
        kinds = Set.copyOf(kinds);
        participatingOrganizations = Set.copyOf(participatingOrganizations);
        if (participatingOrganizations.contains(organization)) {
            throw new DomainRuleException("Организация, которая реализует программу, не указывается среди других"
                    + " участников.", "the running organization is not listed among the other participants");
        }
        if (kinds.contains(MentoringKind.NETWORK) && participatingOrganizations.isEmpty()) {
            throw new DomainRuleException("В сетевой программе «" + title + "» должны быть указаны другие"
                    + " организации-участники.", "network program " + title + " names the other participating organizations");
        }
    }

    /** Whether members of {@code other} may take part: the running organization or a participating one. */
    public boolean admits(OrganizationId other) {
        return organization.equals(other) || participatingOrganizations.contains(other);
    }

    /** Whether a mentor may take more than one mentee in one mentorship. */
    public boolean allowsGroups() {
        return kinds.contains(MentoringKind.GROUP);
    }
}
