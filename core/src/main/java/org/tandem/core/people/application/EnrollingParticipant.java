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
import org.tandem.core.people.Consent;
import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.people.RoleAssignment;
import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

/**
 * Puts a new person into an organization's mentor or mentee base. The consent to personal-data processing comes
 * with the person: without a valid one, nobody enters a base.
 */
public final class EnrollingParticipant {

    /**
     * @param person       the identity the host gives the person
     * @param organization whose base
     * @param role         {@link Role#MENTOR} or {@link Role#MENTEE}
     * @param consent      the signed consent; a missing one is refused
     */
    public record Command(@NotNull(message = "{tandem.required}") PersonId person,
                          @NotBlank(message = "{tandem.notBlank}") String fullName,
                          @NotNull(message = "{tandem.required}") @Past(message = "{tandem.past}") LocalDate birthDate,
                          @NotNull(message = "{tandem.required}") OrganizationId organization,
                          @NotNull(message = "{tandem.required}") Role role,
                          Consent consent) {
    }

    private final CommandContext context;
    private final People people;

    public EnrollingParticipant(CommandContext context, People people) {
        this.context = Objects.requireNonNull(context, "context");
        this.people = Objects.requireNonNull(people, "people");
    }

    public Result<Person> enroll(Actor actor, Command command) {
        context.valid(command);
        if (!command.role().isParticipant()) {
            throw new DomainRuleException("В базы наставников и наставляемых включают только наставников и"
                    + " наставляемых; сотрудников назначают отдельно.",
                    "the mentor and mentee bases take mentors and mentees, not " + command.role());
        }
        var refusal = context.deny(actor, Action.MANAGE_BASE, AccessTarget.organization(command.organization()));
        if (refusal.isPresent()) {
            return Result.refused(refusal.get());
        }
        if (people.find(command.person()).isPresent()) {
            throw new DomainRuleException("Человек «" + command.person() + "» уже зарегистрирован.",
                    "person " + command.person() + " is already registered");
        }
        if (command.consent() == null) {
            return Result.refused(RefusalReason.NO_CONSENT,
                    "Без согласия на обработку персональных данных человек не может войти в базу.",
                    "Without a consent to personal-data processing nobody enters a base.");
        }
        Person person = Person.register(command.person(), command.fullName(), command.birthDate());
        return person.giveConsent(command.consent())
                .flatMap(consent -> person.assignRole(RoleAssignment.of(command.role(), command.organization()),
                        context.today()))
                .map(assignment -> {
                    people.save(person);
                    context.publish(EventType.PERSON_REGISTERED, actor, "Person", person.id(), Map.of(
                            "organization", command.organization().value(),
                            "role", command.role().name(),
                            "consentGivenOn", command.consent().givenOn().toString(),
                            "consentGivenBy", command.consent().givenBy().name()));
                    return person;
                });
    }

}
