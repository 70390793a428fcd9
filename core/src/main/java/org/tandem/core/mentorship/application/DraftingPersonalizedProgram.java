package org.tandem.core.mentorship.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.mentorship.Goal;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.PersonalizedProgram;
import org.tandem.core.mentorship.PersonalizedPrograms;
import org.tandem.core.mentorship.PlannedTask;
import org.tandem.core.organization.Organizations;
import org.tandem.core.people.Competency;
import org.tandem.core.people.MenteeProfile;
import org.tandem.core.people.People;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.PersonalizedProgramId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

/**
 * Drafts the personalized program of an approved pair or group. Goals name the deficit they address; with no
 * goals given, one goal is drafted for every deficit of the mentees, in the catalog's wording.
 */
public final class DraftingPersonalizedProgram {

    /** A goal to draft: what to reach, and the code of the deficit it removes. */
    public record GoalDraft(@NotBlank(message = "{tandem.notBlank}") String description,
                            @NotBlank(message = "{tandem.notBlank}") String deficitCode) {
    }

    /** A task to plan. */
    public record TaskDraft(@NotBlank(message = "{tandem.notBlank}") String title,
                            @NotNull(message = "{tandem.required}") LocalDate deadline,
                            @NotNull(message = "{tandem.required}") PersonId responsible) {
    }

    public record Command(@NotNull(message = "{tandem.required}") PersonalizedProgramId program,
                          @NotNull(message = "{tandem.required}") MentorshipId mentorship,
                          @NotNull(message = "{tandem.required}") LocalDate start,
                          @NotNull(message = "{tandem.required}") LocalDate end,
                          @NotNull(message = "{tandem.required}") List<@Valid @NotNull(message = "{tandem.required}") GoalDraft> goals,
                          @NotNull(message = "{tandem.required}") List<@Valid @NotNull(message = "{tandem.required}") TaskDraft> tasks,
                          @NotNull(message = "{tandem.required}") List<@NotBlank(message = "{tandem.notBlank}") String> expectedResults) {
    }

    private final MentorshipCommands commands;
    private final PersonalizedPrograms personalizedPrograms;
    private final People people;
    private final Organizations organizations;

    public DraftingPersonalizedProgram(CommandContext context, Programs programs, Mentorships mentorships,
                                       PersonalizedPrograms personalizedPrograms, People people,
                                       Organizations organizations) {
        this.commands = new MentorshipCommands(context, programs, mentorships);
        this.personalizedPrograms = Objects.requireNonNull(personalizedPrograms, "personalizedPrograms");
        this.people = Objects.requireNonNull(people, "people");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    public Result<PersonalizedProgram> draft(Actor actor, Command command) {
        commands.context.valid(command);
        Mentorship mentorship = commands.load(command.mentorship());
        var refusal = commands.deny(actor, Action.DRAFT_PERSONALIZED_PROGRAM, mentorship);
        if (refusal.isPresent()) {
            return Result.refused(refusal.get());
        }
        if (personalizedPrograms.ofMentorship(mentorship.id()).isPresent()) {
            return Result.refused(RefusalReason.WRONG_STATE,
                    "У этой пары или группы уже есть персонализированная программа.",
                    "This pair or group already has a personalized program.");
        }
        if (command.end().isBefore(command.start())) {
            return Result.refused(RefusalReason.DATES_OUT_OF_ORDER,
                    "Программа не может закончиться раньше, чем начнётся.", "A program cannot end before it starts.");
        }
        Set<Competency> deficits = new LinkedHashSet<>();
        mentorship.currentMentees().forEach(mentee -> people.require(mentee).menteeProfile()
                .map(MenteeProfile::deficits).ifPresent(deficits::addAll));
        Result<List<Goal>> goals = goals(command.goals(), deficits);
        if (!goals.isOk()) {
            return Result.refused(goals.refusal());
        }
        List<PlannedTask> tasks = new ArrayList<>();
        for (TaskDraft task : command.tasks()) {
            tasks.add(PlannedTask.of(tasks.size() + 1, task.title(), task.deadline(), task.responsible()));
        }
        MentoringProgram program = commands.programOf(mentorship);
        return PersonalizedProgram.draft(command.program(), mentorship, DateRange.of(command.start(), command.end()),
                        goals.value(), tasks, command.expectedResults(), deficits, program.curator(),
                        organizations.require(program.organization()).policy(), commands.context.today())
                .map(drafted -> {
                    personalizedPrograms.save(drafted);
                    commands.context.publish(EventType.PERSONALIZED_PROGRAM_DRAFTED, actor, "PersonalizedProgram",
                            drafted.id(), Map.of("mentorship", mentorship.id().value(),
                                    "goals", Integer.toString(drafted.goals().size()),
                                    "tasks", Integer.toString(drafted.tasks().size())));
                    return drafted;
                });
    }

    private static Result<List<Goal>> goals(List<GoalDraft> drafts, Set<Competency> deficits) {
        List<Goal> goals = new ArrayList<>();
        if (drafts.isEmpty()) {
            for (Competency deficit : deficits) {
                goals.add(Goal.of(goals.size() + 1, "Устранить дефицит: " + deficit.name(), deficit));
            }
            if (goals.isEmpty()) {
                return Result.refused(RefusalReason.NOT_A_DEFICIT,
                        "У наставляемых не указаны дефициты, из которых можно вывести цели.",
                        "The mentees' questionnaires name no deficits to derive goals from.");
            }
            return Result.ok(goals);
        }
        for (GoalDraft draft : drafts) {
            Optional<Competency> deficit = deficits.stream()
                    .filter(d -> d.code().equals(draft.deficitCode().strip())).findFirst();
            if (deficit.isEmpty()) {
                return Result.refused(RefusalReason.NOT_A_DEFICIT,
                        "«" + draft.deficitCode() + "» не дефицит наставляемого этой пары или группы.",
                        "'" + draft.deficitCode() + "' is not a deficit of a mentee of this pair or group.");
            }
            goals.add(Goal.of(goals.size() + 1, draft.description(), deficit.get()));
        }
        return Result.ok(goals);
    }
}
