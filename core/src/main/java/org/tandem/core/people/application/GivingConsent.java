package org.tandem.core.people.application;

import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;

import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.people.Consent;
import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.people.RoleAssignment;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.Result;

/** Records a further or renewed consent of a person already known. */
public final class GivingConsent {

    public record Command(@NotNull(message = "{tandem.required}") PersonId person,
                          @NotNull(message = "{tandem.required}") Consent consent) {
    }

    private final CommandContext context;
    private final People people;

    public GivingConsent(CommandContext context, People people) {
        this.context = Objects.requireNonNull(context, "context");
        this.people = Objects.requireNonNull(people, "people");
    }

    public Result<Consent> give(Actor actor, Command command) {
        context.valid(command);
        Person person = people.require(command.person());
        var refusal = context.denyInAll(actor, Action.MANAGE_BASE,
                person.roles().stream().map(RoleAssignment::organization).toList());
        if (refusal.isPresent()) {
            return Result.refused(refusal.get());
        }
        return person.giveConsent(command.consent()).map(consent -> {
            people.save(person);
            context.publish(EventType.CONSENT_GIVEN, actor, "Person", person.id(), Map.of(
                    "purpose", consent.purpose().name(), "givenOn", consent.givenOn().toString(),
                    "givenBy", consent.givenBy().name()));
            return consent;
        });
    }
}
