package org.tandem.core.people.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;

import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.MentorshipStatus;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.people.Consent;
import org.tandem.core.people.ConsentPurpose;
import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.people.RoleAssignment;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.Result;

/**
 * Withdraws a consent. The person may always withdraw his own; staff of his organizations record a withdrawal
 * handed to them. Withdrawing the consent for mentoring erases the person's personal data and takes him out of
 * every pair and group: as a mentee he leaves, as a mentor his mentorships end (proposals are rejected).
 */
public final class WithdrawingConsent {

    static final String REASON = "consent withdrawn / согласие отозвано";

    public record Command(@NotNull(message = "{tandem.required}") PersonId person,
                          @NotNull(message = "{tandem.required}") ConsentPurpose purpose,
                          @NotNull(message = "{tandem.required}") LocalDate on) {
    }

    private final CommandContext context;
    private final People people;
    private final Mentorships mentorships;

    public WithdrawingConsent(CommandContext context, People people, Mentorships mentorships) {
        this.context = Objects.requireNonNull(context, "context");
        this.people = Objects.requireNonNull(people, "people");
        this.mentorships = Objects.requireNonNull(mentorships, "mentorships");
    }

    public Result<Consent> withdraw(Actor actor, Command command) {
        context.valid(command);
        Person person = people.require(command.person());
        if (!actor.person().equals(person.id())) {
            var refusal = context.denyInAll(actor, Action.MANAGE_BASE,
                    person.roles().stream().map(RoleAssignment::organization).toList());
            if (refusal.isPresent()) {
                return Result.refused(refusal.get());
            }
        }
        return person.withdrawConsent(command.purpose(), command.on()).map(consent -> {
            people.save(person);
            context.publish(EventType.CONSENT_WITHDRAWN, actor, "Person", person.id(), Map.of(
                    "purpose", consent.purpose().name(), "withdrawnOn", command.on().toString()));
            if (person.isErased()) {
                leaveMentorships(actor, person.id(), command.on());
                context.publish(EventType.PERSONAL_DATA_ERASED, actor, "Person", person.id(), Map.of());
            }
            return consent;
        });
    }

    private void leaveMentorships(Actor actor, PersonId person, LocalDate on) {
        for (Mentorship mentorship : mentorships.ofMentor(person)) {
            if (mentorship.status().isEnded()) {
                continue;
            }
            Result<Mentorship> ended = mentorship.status() == MentorshipStatus.PROPOSED
                    ? mentorship.reject(REASON, on)
                    : mentorship.terminate(REASON, on);
            if (ended.isOk()) {
                saveEnded(actor, mentorship);
            }
        }
        for (Mentorship mentorship : mentorships.ofMentee(person)) {
            if (!mentorship.status().isEnded() && mentorship.currentMentees().contains(person)
                    && mentorship.release(person, REASON, on).isOk()) {
                saveEnded(actor, mentorship);
            }
        }
    }

    private void saveEnded(Actor actor, Mentorship mentorship) {
        mentorships.save(mentorship);
        context.publish(EventType.MENTORSHIP_TERMINATED, actor, "Mentorship", mentorship.id(), Map.of(
                "status", mentorship.status().name(), "reason", REASON));
    }
}
