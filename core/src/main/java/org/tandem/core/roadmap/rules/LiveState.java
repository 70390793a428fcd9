package org.tandem.core.roadmap.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.PersonalizedPrograms;
import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.organization.Organization;
import org.tandem.core.organization.Organizations;
import org.tandem.core.people.People;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.OrganizationId;

/**
 * Read access to what is happening in the organization whose roadmap is evaluated. Rules only read through
 * these repositories (see {@link RoadmapRule}).
 *
 * @param organization         the organization whose roadmap it is: a school, or a municipality for a
 *                             municipal roadmap (then the organizations below it are in scope too)
 * @param organizations        all organizations
 * @param programs             mentoring programs
 * @param mentorships          pairs and groups
 * @param people               mentors, mentees, staff
 * @param personalizedPrograms the personalized programs of pairs and groups
 */
public record LiveState(OrganizationId organization, Organizations organizations, Programs programs,
                        Mentorships mentorships, People people, PersonalizedPrograms personalizedPrograms) {

    public LiveState {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(organizations, "organizations");
        Objects.requireNonNull(programs, "programs");
        Objects.requireNonNull(mentorships, "mentorships");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(personalizedPrograms, "personalizedPrograms");
    }

    /** The organization whose roadmap it is; an {@link IllegalArgumentException} if it is unknown. */
    public Organization owner() {
        return organizations.require(organization);
    }

    /** The organization itself and every organization below it, by identity. */
    public List<Organization> organizationsInScope() {
        return organizations.all().stream()
                .filter(o -> organizations.isWithin(o.id(), organization))
                .sorted(Comparator.comparing(o -> o.id().value()))
                .toList();
    }

    /** The programs of the organizations in scope. */
    public List<MentoringProgram> programsInScope() {
        return organizationsInScope().stream()
                .flatMap(o -> programs.ofOrganization(o.id()).stream())
                .sorted(Comparator.comparing(p -> p.id().value()))
                .toList();
    }

    /** Every mentorship of the programs in scope, in any state, ordered by identity. */
    public List<Mentorship> mentorshipsInScope() {
        List<Mentorship> result = new ArrayList<>();
        for (MentoringProgram program : programsInScope()) {
            result.addAll(mentorships.ofProgram(program.id()));
        }
        result.sort(Comparator.comparing(m -> m.id().value()));
        return List.copyOf(result);
    }

    /** The policy of the organization that runs the mentorship's program. */
    public MentoringPolicy policyOf(Mentorship mentorship) {
        MentoringProgram program = programs.require(mentorship.program());
        return organizations.require(program.organization()).policy();
    }
}
