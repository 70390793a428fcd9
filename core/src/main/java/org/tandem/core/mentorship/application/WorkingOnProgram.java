package org.tandem.core.mentorship.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.mentorship.Goal;
import org.tandem.core.mentorship.GoalAssessment;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.PersonalizedProgram;
import org.tandem.core.mentorship.PersonalizedPrograms;
import org.tandem.core.mentorship.PlannedTask;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

/** Progress of a personalized program: tasks done (mentee, mentor, curator) and goals assessed (mentor, curator). */
public final class WorkingOnProgram {

    public record TaskDone(@NotNull(message = "{tandem.required}") MentorshipId mentorship,
                           @Positive(message = "{tandem.positive}") int task,
                           @NotNull(message = "{tandem.required}") LocalDate on) {
    }

    public record GoalAssessed(@NotNull(message = "{tandem.required}") MentorshipId mentorship,
                               @Positive(message = "{tandem.positive}") int goal,
                               @NotNull(message = "{tandem.required}") GoalAssessment assessment) {
    }

    private final MentorshipCommands commands;
    private final PersonalizedPrograms personalizedPrograms;

    public WorkingOnProgram(CommandContext context, Programs programs, Mentorships mentorships,
                            PersonalizedPrograms personalizedPrograms) {
        this.commands = new MentorshipCommands(context, programs, mentorships);
        this.personalizedPrograms = Objects.requireNonNull(personalizedPrograms, "personalizedPrograms");
    }

    public Result<PlannedTask> completeTask(Actor actor, TaskDone command) {
        commands.context.valid(command);
        return change(actor, command.mentorship(), Action.WORK_ON_PROGRAM, program ->
                program.completeTask(command.task(), command.on()).map(task -> {
                    publish(actor, EventType.TASK_COMPLETED, program, Map.of("task", Integer.toString(task.number()),
                            "doneOn", command.on().toString()));
                    return task;
                }));
    }

    public Result<Goal> assessGoal(Actor actor, GoalAssessed command) {
        commands.context.valid(command);
        return change(actor, command.mentorship(), Action.ASSESS_GOALS, program ->
                program.assess(command.goal(), command.assessment()).map(goal -> {
                    publish(actor, EventType.GOAL_ASSESSED, program, Map.of("goal", Integer.toString(goal.number()),
                            "assessment", command.assessment().name()));
                    return goal;
                }));
    }

    private <T> Result<T> change(Actor actor, MentorshipId id, Action action,
                                 Function<PersonalizedProgram, Result<T>> step) {
        return commands.onMentorship(actor, action, id, mentorship -> personalizedPrograms.ofMentorship(id)
                .map(step)
                .orElseGet(() -> Result.refused(RefusalReason.NOT_FOUND,
                        "У этой пары или группы ещё нет персонализированной программы.",
                        "This pair or group has no personalized program yet.")));
    }

    private void publish(Actor actor, EventType type, PersonalizedProgram program, Map<String, String> change) {
        personalizedPrograms.save(program);
        commands.context.publish(type, actor, "PersonalizedProgram", program.id(), change);
    }
}
