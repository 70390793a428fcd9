package org.tandem.core.people.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;

import org.tandem.core.access.AccessTarget;
import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.people.RoleAssignment;
import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.Result;

/**
 * Appoints a head, curator, coordinator or methodologist in an organization, registering the person if Tandem
 * does not know them yet. The first head or coordinator of an installation is saved by the host directly.
 */
public final class AppointingStaff {

    public record Command(@NotNull(message = "{tandem.required}") PersonId person,
                          @NotBlank(message = "{tandem.notBlank}") String fullName,
                          @NotNull(message = "{tandem.required}") @Past(message = "{tandem.past}") LocalDate birthDate,
                          @NotNull(message = "{tandem.required}") OrganizationId organization,
                          @NotNull(message = "{tandem.required}") Role role) {
    }

    private final CommandContext context;
    private final People people;

    public AppointingStaff(CommandContext context, People people) {
        this.context = Objects.requireNonNull(context, "context");
        this.people = Objects.requireNonNull(people, "people");
    }

    public Result<Person> appoint(Actor actor, Command command) {
        context.valid(command);
        if (command.role().isParticipant()) {
            throw new DomainRuleException("Наставники и наставляемые входят в базы с согласием на обработку"
                    + " персональных данных, а не назначением.",
                    "mentors and mentees enter the bases with their consent: use EnrollingParticipant");
        }
        var refusal = context.deny(actor, Action.MANAGE_ORGANIZATION, AccessTarget.organization(command.organization()));
        if (refusal.isPresent()) {
            return Result.refused(refusal.get());
        }
        Person person = people.find(command.person())
                .orElseGet(() -> Person.register(command.person(), command.fullName(), command.birthDate()));
        return person.assignRole(RoleAssignment.of(command.role(), command.organization()), context.today())
                .map(assignment -> {
                    people.save(person);
                    context.publish(EventType.ROLE_ASSIGNED, actor, "Person", person.id(), Map.of(
                            "organization", command.organization().value(), "role", command.role().name()));
                    return person;
                });
    }
}
