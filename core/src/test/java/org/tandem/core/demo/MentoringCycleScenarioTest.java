package org.tandem.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.tandem.core.mentorship.CompletionOutcome;
import org.tandem.core.mentorship.FeedbackStage;
import org.tandem.core.mentorship.GoalAssessment;
import org.tandem.core.mentorship.MeetingType;
import org.tandem.core.mentorship.MentorshipStatus;
import org.tandem.core.shared.DomainEvent;
import org.tandem.core.shared.EventType;

/**
 * One whole cycle of the regional center's 2023–2024 roadmap (seed 002): policy and staff, bases with consents and
 * questionnaires, a program, a proposed group and pair, the head's order, personalized programs with goals from
 * deficits, meetings, December feedback, completion in May.
 */
class MentoringCycleScenarioTest {

    private final List<String> told = new ArrayList<>();
    private final MentoringCycleWalkthrough.Outcome outcome = new MentoringCycleWalkthrough().run(told::add);

    @Test
    void theCycleWalksTheSevenStagesOfTheRoadmapInOrder() {
        assertThat(told).isEqualTo(outcome.narration());
        assertThat(told.stream().filter(line -> line.startsWith("Stage ")).map(line -> line.substring(0, 7)))
                .containsExactly("Stage 1", "Stage 2", "Stage 3", "Stage 4", "Stage 5", "Stage 6", "Stage 7");
    }

    @Test
    void theGroupAndThePairAreFixedByTheHeadsOrderAndCompletedInMay() {
        for (var mentorship : List.of(outcome.group(), outcome.pair())) {
            assertThat(mentorship.status()).isEqualTo(MentorshipStatus.COMPLETED);
            assertThat(mentorship.order()).hasValueSatisfying(order -> {
                assertThat(order.number()).isEqualTo("114-од");
                assertThat(order.date()).hasToString("2023-09-25");
            });
            assertThat(mentorship.activatedOn()).hasValueSatisfying(day -> assertThat(day).hasToString("2023-10-03"));
            assertThat(mentorship.endedOn()).hasValueSatisfying(day -> assertThat(day).hasToString("2024-05-31"));
            assertThat(mentorship.meetings()).extracting(m -> m.type()).containsExactly(
                    MeetingType.FIRST_ORGANIZATIONAL, MeetingType.PLANNING, MeetingType.FINAL);
        }
        assertThat(outcome.group().currentMentees()).containsExactlyInAnyOrder(
                MentoringCycleWalkthrough.MENTEE_1, MentoringCycleWalkthrough.MENTEE_2);
        assertThat(outcome.group().outcome()).contains(CompletionOutcome.GOALS_PARTLY_ACHIEVED);
        assertThat(outcome.pair().outcome()).contains(CompletionOutcome.GOALS_ACHIEVED);
    }

    @Test
    void theGroupsGoalsComeFromItsMenteesDeficitsAndAreAllAssessed() {
        assertThat(outcome.groupProgram().goals()).extracting(g -> g.deficit().code()).containsExactlyInAnyOrder(
                "lesson-planning", "classroom-management", "assessment", "parents");
        assertThat(outcome.groupProgram().goals()).allSatisfy(goal -> assertThat(goal.assessment()).isPresent());
        assertThat(outcome.groupProgram().goals().get(0).assessment()).contains(GoalAssessment.ACHIEVED);
        assertThat(outcome.groupProgram().progress()).isEqualTo(1.0);
        assertThat(outcome.pairProgram().goals()).singleElement()
                .satisfies(goal -> assertThat(goal.deficit().code()).isEqualTo("documentation"));
    }

    @Test
    void feedbackIsCollectedInDecemberAndAtTheEnd() {
        assertThat(outcome.group().feedback()).extracting(f -> f.stage(), f -> f.on().getMonthValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FeedbackStage.INTERMEDIATE, 12),
                        org.assertj.core.groups.Tuple.tuple(FeedbackStage.INTERMEDIATE, 12),
                        org.assertj.core.groups.Tuple.tuple(FeedbackStage.FINAL, 5));
        assertThat(outcome.group().feedback().get(0).averageRating()).isEqualTo(4.5);
    }

    @Test
    void everyChangeIsInTheAuditLogWithItsActorAndTime() {
        List<DomainEvent> events = outcome.auditLog().all();
        assertThat(events).hasSizeGreaterThan(30);
        assertThat(events).isSortedAccordingTo((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        Set<EventType> types = events.stream().map(DomainEvent::type).collect(Collectors.toSet());
        assertThat(types).contains(EventType.PERSON_REGISTERED, EventType.QUESTIONNAIRE_RECORDED,
                EventType.PROGRAM_OPENED, EventType.MENTORSHIP_PROPOSED, EventType.MENTORSHIP_APPROVED,
                EventType.PERSONALIZED_PROGRAM_DRAFTED, EventType.MEETING_RECORDED, EventType.MENTORSHIP_ACTIVATED,
                EventType.FEEDBACK_GIVEN, EventType.TASK_COMPLETED, EventType.GOAL_ASSESSED,
                EventType.MENTORSHIP_COMPLETED);
        assertThat(outcome.auditLog().of("Mentorship", MentoringCycleWalkthrough.GROUP.value()))
                .filteredOn(e -> e.type() == EventType.MENTORSHIP_APPROVED).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(MentoringCycleWalkthrough.HEAD));
        assertThat(events).noneSatisfy(e -> assertThat(e.change().values().toString()).contains("Кузнецова"));
    }
}
