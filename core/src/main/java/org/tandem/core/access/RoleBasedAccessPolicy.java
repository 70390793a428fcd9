package org.tandem.core.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.tandem.core.organization.Organizations;
import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.people.RoleAssignment;
import org.tandem.core.shared.Refusal;
import org.tandem.core.shared.RefusalReason;

/**
 * The default access policy of the target model: a curator acts in his organization, a head also sets its
 * policy and approves pairs by order, a coordinator acts in his municipality (his organization and those
 * below it), a mentor works on his own mentorships, a mentee on his own program. Consent is checked by the
 * domain, not here.
 */
public final class RoleBasedAccessPolicy implements AccessPolicy {

    private static final Set<Action> WORK_OF_A_PAIR = EnumSet.of(Action.DRAFT_PERSONALIZED_PROGRAM,
            Action.WORK_ON_PROGRAM, Action.ASSESS_GOALS, Action.RECORD_MEETING, Action.GIVE_FEEDBACK);
    private static final Set<Action> CURATOR = union(WORK_OF_A_PAIR, EnumSet.of(Action.MANAGE_BASE,
            Action.OPEN_PROGRAM, Action.PROPOSE_MENTORSHIP, Action.MANAGE_MENTORSHIP));
    private static final Map<Role, Set<Action>> STAFF = Map.of(
            Role.CURATOR, CURATOR,
            Role.HEAD, union(CURATOR, EnumSet.of(Action.MANAGE_ORGANIZATION, Action.APPROVE_MENTORSHIP)),
            Role.COORDINATOR, union(CURATOR, EnumSet.of(Action.MANAGE_ORGANIZATION)));
    private static final Set<Action> MENTOR = WORK_OF_A_PAIR;
    private static final Set<Action> MENTEE = EnumSet.of(Action.WORK_ON_PROGRAM, Action.GIVE_FEEDBACK);

    private final People people;
    private final Organizations organizations;

    public RoleBasedAccessPolicy(People people, Organizations organizations) {
        this.people = Objects.requireNonNull(people, "people");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    @Override
    public Optional<Refusal> check(Actor actor, Action action, AccessTarget target) {
        Optional<Person> person = people.find(actor.person());
        boolean allowed = person.filter(p -> !p.isErased()).map(p -> allows(p, action, target)).orElse(false);
        return allowed ? Optional.empty() : Optional.of(Refusal.of(RefusalReason.NOT_ALLOWED,
                "Действие не разрешено: " + action + ".",
                "Not allowed: " + action + "."));
    }

    private boolean allows(Person person, Action action, AccessTarget target) {
        for (RoleAssignment assignment : person.roles()) {
            Set<Action> staffActions = STAFF.get(assignment.role());
            if (staffActions != null && staffActions.contains(action) && actsIn(assignment, target)) {
                return true;
            }
        }
        boolean ownMentorship = target.mentor().filter(person.id()::equals).isPresent();
        if (ownMentorship && person.hasRole(Role.MENTOR) && MENTOR.contains(action)) {
            return true;
        }
        return target.mentees().contains(person.id()) && person.hasRole(Role.MENTEE) && MENTEE.contains(action);
    }

    private boolean actsIn(RoleAssignment assignment, AccessTarget target) {
        if (assignment.role() == Role.COORDINATOR) {
            return organizations.isWithin(target.organization(), assignment.organization());
        }
        return assignment.organization().equals(target.organization());
    }

    private static Set<Action> union(Set<Action> a, Set<Action> b) {
        Set<Action> result = EnumSet.copyOf(a);
        result.addAll(b);
        return result;
    }
}
