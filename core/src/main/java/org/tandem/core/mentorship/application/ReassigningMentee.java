package org.tandem.core.mentorship.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.mentorship.ApprovalOrder;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.PairingRules;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

/**
 * Moves a mentee to another mentor by order, with a reason. The mentee's membership in the old mentorship is
 * closed and kept; a new approved mentorship records where it came from.
 */
public final class ReassigningMentee {

    public record Command(@NotNull(message = "{tandem.required}") MentorshipId from,
                          @NotNull(message = "{tandem.required}") PersonId mentee,
                          @NotNull(message = "{tandem.required}") MentorshipId to,
                          @NotNull(message = "{tandem.required}") PersonId newMentor,
                          @NotBlank(message = "{tandem.notBlank}") String reason,
                          @NotBlank(message = "{tandem.notBlank}") String orderNumber,
                          @NotNull(message = "{tandem.required}") LocalDate orderDate) {
    }

    private final MentorshipCommands commands;
    private final PairingRules rules;

    public ReassigningMentee(CommandContext context, Programs programs, Mentorships mentorships, PairingRules rules) {
        this.commands = new MentorshipCommands(context, programs, mentorships);
        this.rules = rules;
    }

    public Result<Mentorship> reassign(Actor actor, Command command) {
        commands.context.valid(command);
        Mentorship old = commands.load(command.from());
        var refusal = commands.deny(actor, Action.MANAGE_MENTORSHIP, old);
        if (refusal.isPresent()) {
            return Result.refused(refusal.get());
        }
        if (!old.status().holdsCapacity() || !old.currentMentees().contains(command.mentee())) {
            return Result.refused(RefusalReason.WRONG_STATE,
                    "Переназначить можно наставляемого из утверждённой пары или группы.",
                    "Only a mentee of an approved pair or group can be reassigned.");
        }
        if (old.mentor().equals(command.newMentor())) {
            return Result.refused(RefusalReason.WRONG_STATE,
                    "Новый наставник совпадает с прежним.", "The new mentor is the current one.");
        }
        if (commands.mentorships.find(command.to()).isPresent()) {
            throw new DomainRuleException("Пара или группа «" + command.to() + "» уже есть.",
                    "mentorship " + command.to() + " already exists");
        }
        MentoringProgram program = commands.programOf(old);
        ApprovalOrder order = ApprovalOrder.of(command.orderNumber(), command.orderDate());
        Set<PersonId> mentee = Set.of(command.mentee());
        return rules.check(program, command.newMentor(), mentee, order.date(), Optional.of(old.id()))
                .flatMap(clearance -> old.release(command.mentee(), command.reason(), order.date())
                        .flatMap(released -> {
                            Mentorship next = Mentorship.propose(command.to(), program.id(), command.newMentor(),
                                    mentee, order.date(), clearance);
                            next.markAsContinuationOf(old.id());
                            return next.approve(order, clearance);
                        }))
                .map(next -> {
                    commands.save(actor, EventType.MENTEE_REASSIGNED, old, Map.of(
                            "mentee", command.mentee().value(), "to", next.id().value(), "reason", command.reason()));
                    commands.save(actor, EventType.MENTORSHIP_APPROVED, next, Map.of(
                            "orderNumber", order.number(), "orderDate", order.date().toString(),
                            "reassignedFrom", old.id().value()));
                    return next;
                });
    }
}
