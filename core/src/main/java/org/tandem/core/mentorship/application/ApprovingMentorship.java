package org.tandem.core.mentorship.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.mentorship.ApprovalOrder;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.PairingRules;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.Result;

/**
 * Fixes a proposed pair or group by the head's order. The pairing rules are checked again on the order's date:
 * consent may have been withdrawn and capacity taken since the proposal.
 */
public final class ApprovingMentorship {

    public record Command(@NotNull(message = "{tandem.required}") MentorshipId mentorship,
                          @NotBlank(message = "{tandem.notBlank}") String orderNumber,
                          @NotNull(message = "{tandem.required}") LocalDate orderDate) {
    }

    private final MentorshipCommands commands;
    private final PairingRules rules;

    public ApprovingMentorship(CommandContext context, Programs programs, Mentorships mentorships, PairingRules rules) {
        this.commands = new MentorshipCommands(context, programs, mentorships);
        this.rules = rules;
    }

    public Result<Mentorship> approve(Actor actor, Command command) {
        commands.context.valid(command);
        return commands.onMentorship(actor, Action.APPROVE_MENTORSHIP, command.mentorship(),
                mentorship -> approve(actor, command, mentorship));
    }

    private Result<Mentorship> approve(Actor actor, Command command, Mentorship mentorship) {
        ApprovalOrder order = ApprovalOrder.of(command.orderNumber(), command.orderDate());
        return rules.check(commands.programOf(mentorship), mentorship.mentor(), mentorship.currentMentees(),
                        order.date(), Optional.of(mentorship.id()))
                .flatMap(clearance -> mentorship.approve(order, clearance))
                .map(approved -> {
                    commands.save(actor, EventType.MENTORSHIP_APPROVED, approved, Map.of(
                            "orderNumber", order.number(), "orderDate", order.date().toString()));
                    return approved;
                });
    }
}
