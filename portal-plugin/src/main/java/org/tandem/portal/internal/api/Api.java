package org.tandem.portal.internal.api;

import java.util.Optional;
import java.util.Set;

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

    Person person(String id) {
        return tandem.people().find(personId(id)).orElseThrow(() -> ApiException.notFound(
                "Нет человека «" + id + "».", "There is no person '" + id + "'."));
    }

    MentoringProgram program(String id) {
        return tandem.programs().find(ProgramId.of(id)).orElseThrow(() -> ApiException.notFound(
                "Нет программы «" + id + "».", "There is no program '" + id + "'."));
    }

    Mentorship mentorship(String id) {
        return tandem.mentorships().find(MentorshipId.of(id)).orElseThrow(() -> ApiException.notFound(
                "Нет пары или группы «" + id + "».", "There is no mentorship '" + id + "'."));
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

    /** Goes on when the policy lets the actor do {@code action} in at least one of the organizations. */
    void allowInAny(Exchange exchange, Action action, Set<OrganizationId> organizations) {
        Optional<Refusal> refusal = uses().context().denyInAll(exchange.actor(), action, organizations);
        if (refusal.isPresent()) {
            throw ApiException.refused(refusal.get());
        }
    }

    /** Reading a mentorship: whoever may give feedback on it (its mentor, mentees, the staff over it). */
    void allowReading(Exchange exchange, Mentorship mentorship) {
        allow(exchange, Action.GIVE_FEEDBACK, targetOf(mentorship));
    }

    /** Reading a person: the person himself, or whoever manages a base he is in. */
    void allowReading(Exchange exchange, Person person) {
        if (!exchange.actor().person().equals(person.id())) {
            allowInAny(exchange, Action.MANAGE_BASE,
                    person.roles().stream().map(RoleAssignment::organization).collect(java.util.stream.Collectors.toSet()));
        }
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
