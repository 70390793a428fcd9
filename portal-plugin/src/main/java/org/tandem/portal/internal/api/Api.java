package org.tandem.portal.internal.api;

import java.util.Optional;

import org.tandem.core.access.AccessTarget;
import org.tandem.core.access.Action;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.organization.Organization;
import org.tandem.core.people.Person;
import org.tandem.core.people.RoleAssignment;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.roadmap.store.StoredRoadmap;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;
import org.tandem.core.shared.Refusal;
import org.tandem.core.shared.Result;
import org.tandem.core.shared.RoadmapId;
import org.tandem.portal.TandemService;

/**
 * What the resources share: the service, core's use cases, loading objects by the ids of a path (404 when
 * unknown), asking the access policy (403 when denied) and unwrapping core's results (422 when refused).
 */
final class Api {

    final TandemService tandem;
    final Views views;

    Api(TandemService tandem) {
        this.tandem = tandem;
        this.views = new Views(tandem);
    }

    UseCases uses() {
        return new UseCases(tandem);
    }

    // ---- loading by id

    Organization organization(String id) {
        return tandem.organizations().find(organizationId(id)).orElseThrow(() -> ApiException.notFound(
                "Нет организации «" + id + "».", "There is no organization '" + id + "'."));
    }

    /**
     * A person by id whoever may read him or not: for the people a command names in its body (a mentor of a partner
     * school under a network agreement, say), whom core's rules then judge.
     */
    Person person(String id) {
        return tandem.people().find(personId(id)).orElseThrow(() -> ApiException.notFound(
                "Нет человека «" + id + "».", "There is no person '" + id + "'."));
    }

    /**
     * A person the actor may read (himself, or someone in a base he manages). An unknown id and a person he may
     * not read answer the same 404, so that ids of people cannot be probed.
     */
    Person person(Exchange exchange, String id) {
        return tandem.people().find(personId(id)).filter(person -> mayRead(exchange, person))
                .orElseThrow(() -> ApiException.notFound("Нет человека «" + id + "» среди тех, кого вы можете видеть.",
                        "There is no person '" + id + "' among those you may see."));
    }

    MentoringProgram program(String id) {
        return tandem.programs().find(ProgramId.of(id)).orElseThrow(() -> ApiException.notFound(
                "Нет программы «" + id + "».", "There is no program '" + id + "'."));
    }

    /**
     * A mentorship the actor may read (its mentor and mentees, the staff over it). An unknown id and a mentorship
     * he may not read answer the same 404, so that ids cannot be probed.
     */
    Mentorship mentorship(Exchange exchange, String id) {
        return tandem.mentorships().find(MentorshipId.of(id)).filter(mentorship -> mayRead(exchange, mentorship))
                .orElseThrow(() -> ApiException.notFound(
                        "Нет пары или группы «" + id + "» среди тех, что вы можете видеть.",
                        "There is no mentorship '" + id + "' among those you may see."));
    }

    StoredRoadmap roadmap(String id) {
        return tandem.roadmaps().find(RoadmapId.of(id)).orElseThrow(() -> ApiException.notFound(
                "Нет дорожной карты «" + id + "».", "There is no roadmap '" + id + "'."));
    }

    static OrganizationId organizationId(String id) {
        return OrganizationId.of(id);
    }

    static PersonId personId(String id) {
        return PersonId.of(id);
    }

    // ---- access

    /** Goes on when the policy lets the actor do {@code action} on {@code target}; a 403 otherwise. */
    void allow(Exchange exchange, Action action, AccessTarget target) {
        Optional<Refusal> refusal = uses().context().deny(exchange.actor(), action, target);
        if (refusal.isPresent()) {
            throw ApiException.refused(refusal.get());
        }
    }

    void allowIn(Exchange exchange, Action action, OrganizationId organization) {
        allow(exchange, action, AccessTarget.organization(organization));
    }

    /** Reading a mentorship: whoever may give feedback on it (its mentor, mentees, the staff over it). */
    boolean mayRead(Exchange exchange, Mentorship mentorship) {
        return uses().context().deny(exchange.actor(), Action.GIVE_FEEDBACK, targetOf(mentorship)).isEmpty();
    }

    /** Reading a person: the person himself, or whoever manages a base he is in. */
    boolean mayRead(Exchange exchange, Person person) {
        return exchange.actor().person().equals(person.id()) || uses().context().denyInAll(exchange.actor(),
                Action.MANAGE_BASE, person.roles().stream().map(RoleAssignment::organization)
                        .collect(java.util.stream.Collectors.toSet())).isEmpty();
    }

    AccessTarget targetOf(Mentorship mentorship) {
        return AccessTarget.mentorship(programOf(mentorship).organization(), mentorship.mentor(),
                mentorship.currentMentees());
    }

    MentoringProgram programOf(Mentorship mentorship) {
        return tandem.programs().require(mentorship.program());
    }

    // ---- results

    /** The value of a success; a refusal becomes a 403 (access) or a 422 (a rule). */
    static <T> T value(Result<T> result) {
        if (!result.isOk()) {
            throw ApiException.refused(result.refusal());
        }
        return result.value();
    }
}
