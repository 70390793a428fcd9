package org.tandem.core.mentorship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.people.Competency;
import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.PersonalizedProgramId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

/**
 * The personalized mentoring program (персонализированная программа наставничества) of one mentorship: its
 * period within the policy's bounds, goals tied to the mentees' deficits, tasks with deadlines and responsible
 * people, expected results, progress, and the final assessment of each goal.
 */
public final class PersonalizedProgram {

    private final PersonalizedProgramId id;
    private final MentorshipId mentorship;
    private final DateRange period;
    private final List<Goal> goals;
    private final List<PlannedTask> tasks;
    private final List<String> expectedResults;
    private final LocalDate draftedOn;

    private PersonalizedProgram(PersonalizedProgramId id, MentorshipId mentorship, DateRange period, List<Goal> goals,
                                List<PlannedTask> tasks, List<String> expectedResults, LocalDate draftedOn) {
        this.id = Objects.requireNonNull(id, "id");
        this.mentorship = Objects.requireNonNull(mentorship, "mentorship");
        this.period = Objects.requireNonNull(period, "period");
        this.goals = new ArrayList<>(goals);
        this.tasks = new ArrayList<>(tasks);
        this.expectedResults = List.copyOf(expectedResults);
        this.draftedOn = Objects.requireNonNull(draftedOn, "draftedOn");
        requireDistinctNumbers(goals.stream().map(Goal::number).toList(), "goal");
        requireDistinctNumbers(tasks.stream().map(PlannedTask::number).toList(), "task");
    }

    /**
     * Drafts the program of an approved or active mentorship.
     *
     * @param deficits the deficits of the mentorship's mentees; every goal must address one of them
     */
    public static Result<PersonalizedProgram> draft(PersonalizedProgramId id, Mentorship mentorship, DateRange period,
                                                    List<Goal> goals, List<PlannedTask> tasks,
                                                    List<String> expectedResults, Set<Competency> deficits,
                                                    PersonId curator, MentoringPolicy policy, LocalDate on) {
        if (!mentorship.status().holdsCapacity()) {
            return Result.refused(RefusalReason.WRONG_STATE,
                    "Персонализированная программа составляется для утверждённой пары или группы.",
                    "A personalized program is drafted for an approved pair or group.");
        }
        if (goals.isEmpty()) {
            throw new DomainRuleException("В персонализированной программе должна быть хотя бы одна цель.",
                    "a personalized program has at least one goal");
        }
        LocalDate approvedOn = mentorship.order().orElseThrow().date();
        if (period.start().isBefore(approvedOn)) {
            return Result.refused(RefusalReason.DATES_OUT_OF_ORDER,
                    "Программа не может начаться раньше приказа (" + approvedOn + ").",
                    "The program cannot start before the order (" + approvedOn + ").");
        }
        if (!policy.allowsProgramDuration(period.start(), period.end())) {
            return Result.refused(RefusalReason.DATES_OUT_OF_ORDER,
                    "Продолжительность программы должна быть от " + policy.minProgramDuration() + " до "
                            + policy.maxProgramDuration() + ".",
                    "The program must last from " + policy.minProgramDuration() + " to " + policy.maxProgramDuration() + ".");
        }
        for (Goal goal : goals) {
            if (!deficits.contains(goal.deficit())) {
                return Result.refused(RefusalReason.NOT_A_DEFICIT,
                        "Цель " + goal.number() + " не связана с дефицитом наставляемого: «" + goal.deficit().name() + "».",
                        "Goal " + goal.number() + " is not tied to a deficit of the mentee: '" + goal.deficit().name() + "'.");
            }
        }
        Set<PersonId> responsibleAllowed = new HashSet<>(mentorship.currentMentees());
        responsibleAllowed.add(mentorship.mentor());
        responsibleAllowed.add(curator);
        for (PlannedTask task : tasks) {
            if (!period.contains(task.deadline())) {
                return Result.refused(RefusalReason.DATES_OUT_OF_ORDER,
                        "Срок задачи " + task.number() + " (" + task.deadline() + ") вне периода программы.",
                        "The deadline of task " + task.number() + " (" + task.deadline() + ") is outside the program's period.");
            }
            if (!responsibleAllowed.contains(task.responsible())) {
                return Result.refused(RefusalReason.NOT_ALLOWED,
                        "Ответственным за задачу " + task.number() + " может быть наставник, наставляемый или куратор.",
                        "The person responsible for task " + task.number() + " is the mentor, a mentee or the curator.");
            }
        }
        return Result.ok(new PersonalizedProgram(id, mentorship.id(), period, goals, tasks, expectedResults, on));
    }

    /** Rebuilds a program from storage exactly as saved; for repositories, not for use cases. */
    public static PersonalizedProgram restore(PersonalizedProgramId id, MentorshipId mentorship, DateRange period,
                                              List<Goal> goals, List<PlannedTask> tasks, List<String> expectedResults,
                                              LocalDate draftedOn) {
        return new PersonalizedProgram(id, mentorship, period, goals, tasks, expectedResults, draftedOn);
    }

    /** Marks a task done. */
    public Result<PlannedTask> completeTask(int number, LocalDate on) {
        for (int i = 0; i < tasks.size(); i++) {
            PlannedTask task = tasks.get(i);
            if (task.number() == number) {
                if (task.isDone()) {
                    return Result.refused(RefusalReason.WRONG_STATE,
                            "Задача " + number + " уже выполнена.", "Task " + number + " is already done.");
                }
                if (on.isBefore(draftedOn)) {
                    return Result.refused(RefusalReason.DATES_OUT_OF_ORDER,
                            "Задача не может быть выполнена раньше составления программы.",
                            "A task cannot be done before the program was drafted.");
                }
                PlannedTask done = task.done(on);
                tasks.set(i, done);
                return Result.ok(done);
            }
        }
        return Result.refused(RefusalReason.NOT_FOUND, "Нет задачи " + number + ".", "There is no task " + number + ".");
    }

    /** Gives a goal its final assessment. */
    public Result<Goal> assess(int number, GoalAssessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).number() == number) {
                Goal assessed = goals.get(i).assessed(assessment);
                goals.set(i, assessed);
                return Result.ok(assessed);
            }
        }
        return Result.refused(RefusalReason.NOT_FOUND, "Нет цели " + number + ".", "There is no goal " + number + ".");
    }

    /** The share of tasks done, from 0 to 1; 0 for a program without tasks. */
    public double progress() {
        return tasks.isEmpty() ? 0 : (double) tasks.stream().filter(PlannedTask::isDone).count() / tasks.size();
    }

    public boolean allGoalsAssessed() {
        return goals.stream().allMatch(goal -> goal.assessment().isPresent());
    }

    private static void requireDistinctNumbers(List<Integer> numbers, String what) {
        if (new HashSet<>(numbers).size() != numbers.size()) {
            // numbers are given in order by the program, never typed: a bug
            throw new IllegalArgumentException(what + " numbers must be distinct: " + numbers);
        }
    }

    public PersonalizedProgramId id() {
        return id;
    }

    public MentorshipId mentorship() {
        return mentorship;
    }

    public DateRange period() {
        return period;
    }

    public List<Goal> goals() {
        return List.copyOf(goals);
    }

    public List<PlannedTask> tasks() {
        return List.copyOf(tasks);
    }

    public List<String> expectedResults() {
        return expectedResults;
    }

    public LocalDate draftedOn() {
        return draftedOn;
    }
}
