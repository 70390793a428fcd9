package org.tandem.core.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.core.Fixture.SCHOOL;
import static org.tandem.core.Fixture.TODAY;
import static org.tandem.core.Fixture.ok;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tandem.core.Fixture;
import org.tandem.core.access.Actor;
import org.tandem.core.mentorship.application.DraftingPersonalizedProgram;
import org.tandem.core.mentorship.application.DraftingPersonalizedProgram.GoalDraft;
import org.tandem.core.mentorship.application.DraftingPersonalizedProgram.TaskDraft;
import org.tandem.core.mentorship.application.GivingFeedback;
import org.tandem.core.mentorship.application.WorkingOnProgram;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.PersonalizedProgramId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;
import org.tandem.core.validation.InvalidCommandException;

class PersonalizedProgramTest {

    private final Fixture fixture = new Fixture();
    private final PersonId mentor = fixture.mentor(SCHOOL, 3);
    private final PersonId mentee = fixture.mentee(SCHOOL);
    private final Mentorship pair = fixture.approvedPair(mentor, mentee);
    private final DraftingPersonalizedProgram drafting = fixture.get(DraftingPersonalizedProgram.class);

    private Result<PersonalizedProgram> draft(List<GoalDraft> goals, List<TaskDraft> tasks, int months) {
        return drafting.draft(Actor.of(mentor), new DraftingPersonalizedProgram.Command(PersonalizedProgramId.of("pp"),
                pair.id(), TODAY, TODAY.plusMonths(months), goals, tasks, List.of("самостоятельное планирование")));
    }

    @Test
    void withoutGoalsGivenEveryDeficitOfTheMenteeBecomesAGoal() {
        PersonalizedProgram program = ok(draft(List.of(), List.of(), 8));

        assertThat(program.goals()).extracting(g -> g.deficit().code())
                .containsExactlyInAnyOrder("lesson-planning", "assessment");
        assertThat(program.goals()).extracting(Goal::number).containsExactly(1, 2);
    }

    @Test
    void aGoalMustAddressADeficitOfTheMentee() {
        Result<PersonalizedProgram> refused = draft(List.of(new GoalDraft("Работа с родителями", "parents")), List.of(), 8);

        assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.NOT_A_DEFICIT);
        assertThat(refused.refusal().message().ru()).contains("parents");
    }

    @Test
    void theDurationStaysWithinThePolicysBounds() {
        assertThat(draft(List.of(), List.of(), 2).refusal().reason()).isEqualTo(RefusalReason.DATES_OUT_OF_ORDER);
        assertThat(draft(List.of(), List.of(), 13).refusal().reason()).isEqualTo(RefusalReason.DATES_OUT_OF_ORDER);
        assertThat(draft(List.of(), List.of(), 3).isOk()).isTrue();
    }

    @Test
    void tasksFallInsideThePeriodAndBelongToAParticipantOrTheCurator() {
        assertThat(draft(List.of(), List.of(new TaskDraft("Поздно", TODAY.plusMonths(9), mentee)), 8).refusal().reason())
                .isEqualTo(RefusalReason.DATES_OUT_OF_ORDER);
        assertThat(draft(List.of(), List.of(new TaskDraft("Чужой", TODAY.plusMonths(1), PersonId.of("stranger"))), 8)
                .refusal().reason()).isEqualTo(RefusalReason.NOT_ALLOWED);
    }

    @Test
    void progressCountsTasksDoneAndTheMenteeMarksHisOwnTasks() {
        ok(draft(List.of(), List.of(new TaskDraft("Посетить уроки", TODAY.plusMonths(1), mentee),
                new TaskDraft("Открытый урок", TODAY.plusMonths(2), mentor)), 8));
        WorkingOnProgram work = fixture.get(WorkingOnProgram.class);

        ok(work.completeTask(Actor.of(mentee), new WorkingOnProgram.TaskDone(pair.id(), 1, TODAY.plusDays(20))));

        PersonalizedProgram program = fixture.get(PersonalizedPrograms.class).ofMentorship(pair.id()).orElseThrow();
        assertThat(program.progress()).isEqualTo(0.5);
        assertThat(work.completeTask(Actor.of(mentee), new WorkingOnProgram.TaskDone(pair.id(), 1, TODAY.plusDays(21)))
                .refusal().reason()).isEqualTo(RefusalReason.WRONG_STATE);
        assertThat(work.assessGoal(Actor.of(mentee), new WorkingOnProgram.GoalAssessed(pair.id(), 1,
                GoalAssessment.ACHIEVED)).refusal().reason()).isEqualTo(RefusalReason.NOT_ALLOWED);
        assertThat(work.completeTask(Actor.of(mentee), new WorkingOnProgram.TaskDone(pair.id(), 9, TODAY.plusDays(21)))
                .refusal().reason()).isEqualTo(RefusalReason.NOT_FOUND);
    }

    @Test
    void aSecondProgramForTheSameMentorshipIsRefused() {
        ok(draft(List.of(), List.of(), 8));

        assertThat(draft(List.of(), List.of(), 8).refusal().reason()).isEqualTo(RefusalReason.WRONG_STATE);
    }

    @Test
    void feedbackRatingsRunFromOneToFiveAndComeFromMembers() {
        GivingFeedback feedback = fixture.get(GivingFeedback.class);
        ok(fixture.get(org.tandem.core.mentorship.application.RecordingMeeting.class).record(Actor.of(mentor),
                new org.tandem.core.mentorship.application.RecordingMeeting.Command(pair.id(),
                        MeetingType.FIRST_ORGANIZATIONAL, TODAY, "")));

        assertThatThrownBy(() -> feedback.give(Actor.of(mentee), new GivingFeedback.Questionnaire(pair.id(),
                FeedbackRole.MENTEE, FeedbackStage.INTERMEDIATE, TODAY, Map.of("польза", 6), "")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.message().ru()).isEqualTo("не больше 5");
                            assertThat(v.message().en()).isEqualTo("must be at most 5");
                        }));
        assertThat(feedback.give(Actor.of(mentee), new GivingFeedback.Questionnaire(pair.id(), FeedbackRole.MENTOR,
                FeedbackStage.INTERMEDIATE, TODAY, Map.of("польза", 4), "")).refusal().reason())
                .isEqualTo(RefusalReason.NOT_ALLOWED);
        assertThat(feedback.give(Actor.of(mentee), new GivingFeedback.Questionnaire(pair.id(), FeedbackRole.MENTEE,
                FeedbackStage.INTERMEDIATE, TODAY, Map.of("польза", 4), "")).isOk()).isTrue();
    }
}
