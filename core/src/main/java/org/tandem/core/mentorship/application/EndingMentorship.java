package org.tandem.core.mentorship.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.mentorship.CompletionOutcome;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.PersonalizedPrograms;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

/**
 * Ends mentorships: rejecting a proposal, terminating early with a reason, or completing with an outcome once
 * every goal of the personalized program has its final assessment.
 */
public final class EndingMentorship {

    public record Rejection(@NotNull(message = "{tandem.required}") MentorshipId mentorship,
                            @NotBlank(message = "{tandem.notBlank}") String reason,
                            @NotNull(message = "{tandem.required}") LocalDate on) {
    }

    public record Termination(@NotNull(message = "{tandem.required}") MentorshipId mentorship,
                              @NotBlank(message = "{tandem.notBlank}") String reason,
                              @NotNull(message = "{tandem.required}") LocalDate on) {
    }

    public record Completion(@NotNull(message = "{tandem.required}") MentorshipId mentorship,
                             @NotNull(message = "{tandem.required}") CompletionOutcome outcome,
                             @NotNull(message = "{tandem.required}") LocalDate on) {
    }

    private final MentorshipCommands commands;
    private final PersonalizedPrograms personalizedPrograms;

    public EndingMentorship(CommandContext context, Programs programs, Mentorships mentorships,
                            PersonalizedPrograms personalizedPrograms) {
        this.commands = new MentorshipCommands(context, programs, mentorships);
        this.personalizedPrograms = Objects.requireNonNull(personalizedPrograms, "personalizedPrograms");
    }

    public Result<Mentorship> reject(Actor actor, Rejection command) {
        commands.context.valid(command);
        return commands.onMentorship(actor, Action.MANAGE_MENTORSHIP, command.mentorship(), mentorship ->
                mentorship.reject(command.reason(), command.on()).map(rejected -> saved(actor,
                        EventType.MENTORSHIP_REJECTED, rejected, Map.of("reason", command.reason()))));
    }

    public Result<Mentorship> terminate(Actor actor, Termination command) {
        commands.context.valid(command);
        return commands.onMentorship(actor, Action.MANAGE_MENTORSHIP, command.mentorship(), mentorship ->
                mentorship.terminate(command.reason(), command.on()).map(terminated -> saved(actor,
                        EventType.MENTORSHIP_TERMINATED, terminated, Map.of("reason", command.reason()))));
    }

    public Result<Mentorship> complete(Actor actor, Completion command) {
        commands.context.valid(command);
        return commands.onMentorship(actor, Action.MANAGE_MENTORSHIP, command.mentorship(),
                mentorship -> complete(actor, command, mentorship));
    }

    private Result<Mentorship> complete(Actor actor, Completion command, Mentorship mentorship) {
        boolean assessed = personalizedPrograms.ofMentorship(mentorship.id())
                .map(program -> program.allGoalsAssessed()).orElse(false);
        if (!assessed) {
            return Result.refused(RefusalReason.WRONG_STATE,
                    "Перед завершением каждая цель персонализированной программы получает итоговую оценку.",
                    "Before completion every goal of the personalized program gets its final assessment.");
        }
        return mentorship.complete(command.outcome(), command.on()).map(completed -> saved(actor,
                EventType.MENTORSHIP_COMPLETED, completed, Map.of("outcome", command.outcome().name())));
    }

    private Mentorship saved(Actor actor, EventType type, Mentorship mentorship, Map<String, String> change) {
        commands.save(actor, type, mentorship, change);
        return mentorship;
    }
}
