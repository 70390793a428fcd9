package org.tandem.core.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.core.Fixture.CURATOR;
import static org.tandem.core.Fixture.HEAD;
import static org.tandem.core.Fixture.OTHER_SCHOOL;
import static org.tandem.core.Fixture.PROGRAM;
import static org.tandem.core.Fixture.SCHOOL;
import static org.tandem.core.Fixture.TODAY;
import static org.tandem.core.Fixture.ok;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tandem.core.Fixture;
import org.tandem.core.access.Actor;
import org.tandem.core.mentorship.application.ApprovingMentorship;
import org.tandem.core.mentorship.application.EndingMentorship;
import org.tandem.core.mentorship.application.ProposingMentorship;
import org.tandem.core.mentorship.application.ReassigningMentee;
import org.tandem.core.mentorship.application.RecordingMeeting;
import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.organization.NetworkAgreement;
import org.tandem.core.organization.Organizations;
import org.tandem.core.organization.application.ChangingPolicy;
import org.tandem.core.organization.application.ConcludingNetworkAgreement;
import org.tandem.core.people.ConsentPurpose;
import org.tandem.core.people.People;
import org.tandem.core.people.application.WithdrawingConsent;
import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

class PairingAndLifeCycleTest {

    private final Fixture fixture = new Fixture();

    @Test
    void approvingAPairHoldsTheMentorsCapacityAndRecordsTheOrder() {
        PersonId mentor = fixture.mentor(SCHOOL, 2);
        Mentorship approved = fixture.approvedPair(mentor, fixture.mentee(SCHOOL));

        assertThat(approved.status()).isEqualTo(MentorshipStatus.APPROVED);
        assertThat(approved.order()).contains(ApprovalOrder.of("1-од", TODAY));
        assertThat(approved.load()).isEqualTo(1);
        assertThat(fixture.auditLog().of("Mentorship", approved.id().value()))
                .extracting(e -> e.type(), e -> e.actor())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.MENTORSHIP_PROPOSED, CURATOR.person()),
                        org.assertj.core.groups.Tuple.tuple(EventType.MENTORSHIP_APPROVED, HEAD.person()));
    }

    @Test
    void mentorCapacityCountsEveryApprovedMentorship() {
        PersonId mentor = fixture.mentor(SCHOOL, 2);
        fixture.approvedPair(mentor, fixture.mentee(SCHOOL), fixture.mentee(SCHOOL));

        Result<Mentorship> third = fixture.propose(mentor, fixture.mentee(SCHOOL));

        assertThat(third.isOk()).isFalse();
        assertThat(third.refusal().reason()).isEqualTo(RefusalReason.CAPACITY_REACHED);
        assertThat(third.refusal().message().ru()).contains("2 из 2");
        assertThat(third.refusal().message().en()).contains("2 of 2");
    }

    @Test
    void capacityIsCheckedAgainAtApprovalBecauseProposalsHoldNone() {
        PersonId mentor = fixture.mentor(SCHOOL, 1);
        Mentorship first = ok(fixture.propose(mentor, fixture.mentee(SCHOOL)));
        Mentorship second = ok(fixture.propose(mentor, fixture.mentee(SCHOOL)));
        ok(fixture.approve(first));

        Result<Mentorship> refused = fixture.approve(second);

        assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.CAPACITY_REACHED);
        assertThat(fixture.reload(second).status()).isEqualTo(MentorshipStatus.PROPOSED);
    }

    @Test
    void thePolicyLimitCapsAMentorsOwnCapacity() {
        ok(fixture.get(ChangingPolicy.class).change(HEAD, new ChangingPolicy.Command(SCHOOL,
                MentoringPolicy.defaults().withMaxMenteesPerMentor(1))));
        PersonId mentor = fixture.mentor(SCHOOL, 3);
        fixture.approvedPair(mentor, fixture.mentee(SCHOOL));

        assertThat(fixture.propose(mentor, fixture.mentee(SCHOOL)).refusal().reason())
                .isEqualTo(RefusalReason.CAPACITY_REACHED);
    }

    @Test
    void aMenteeHasAtMostOneApprovedMentorshipInAProgram() {
        PersonId mentee = fixture.mentee(SCHOOL);
        fixture.approvedPair(fixture.mentor(SCHOOL, 3), mentee);

        Result<Mentorship> again = fixture.propose(fixture.mentor(SCHOOL, 3), mentee);

        assertThat(again.refusal().reason()).isEqualTo(RefusalReason.ALREADY_IN_PROGRAM);
    }

    @Test
    void nobodyMentorsHimself() {
        PersonId mentor = fixture.mentor(SCHOOL, 3);

        Result<Mentorship> self = fixture.propose(mentor, mentor);

        assertThat(self.refusal().reason()).isEqualTo(RefusalReason.SELF_MENTORING);
        assertThatThrownBy(() -> Mentorship.propose(MentorshipId.of("x"), PROGRAM, mentor, Set.of(mentor), TODAY, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody mentors himself");
    }

    @Test
    void aGroupNeedsAProgramWithTheGroupKind() {
        // the fixture's program allows groups; a second program without them refuses
        var programs = fixture.get(org.tandem.core.program.Programs.class);
        var individual = new org.tandem.core.program.MentoringProgram(org.tandem.core.shared.ProgramId.of("individual"),
                SCHOOL, "Только пары", org.tandem.core.program.MentoringForm.TEACHER_TEACHER,
                Set.of(org.tandem.core.program.MentoringKind.INDIVIDUAL), DateRange.academicYear(2024),
                CURATOR.person(), Set.of());
        programs.save(individual);

        Result<Mentorship> group = fixture.get(ProposingMentorship.class).propose(CURATOR, new ProposingMentorship.Command(
                MentorshipId.of("group"), individual.id(), fixture.mentor(SCHOOL, 3),
                Set.of(fixture.mentee(SCHOOL), fixture.mentee(SCHOOL)), TODAY));

        assertThat(group.refusal().reason()).isEqualTo(RefusalReason.FORM_MISMATCH);
    }

    @Test
    void networkPairsNeedAnAgreementInForce() {
        PersonId mentor = fixture.mentor(OTHER_SCHOOL, 3);
        PersonId mentee = fixture.mentee(SCHOOL);

        assertThat(fixture.propose(mentor, mentee).refusal().reason()).isEqualTo(RefusalReason.NO_NETWORK_AGREEMENT);

        ok(fixture.get(ConcludingNetworkAgreement.class).conclude(Fixture.COORDINATOR,
                new ConcludingNetworkAgreement.Command(new NetworkAgreement("СН-7", SCHOOL, OTHER_SCHOOL,
                        DateRange.of(TODAY.minusMonths(1), TODAY.plusYears(1))))));
        assertThat(fixture.propose(mentor, mentee).isOk()).isTrue();
    }

    @Test
    void anExpiredAgreementDoesNotAllowNetworkPairs() {
        fixture.get(Organizations.class).save(new NetworkAgreement("СН-1", SCHOOL, OTHER_SCHOOL,
                DateRange.of(TODAY.minusYears(2), TODAY.minusDays(1))));

        Result<Mentorship> refused = fixture.propose(fixture.mentor(OTHER_SCHOOL, 3), fixture.mentee(SCHOOL));

        assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.NO_NETWORK_AGREEMENT);
    }

    @Test
    void aMentorWithoutThePolicysExperienceOrTrainingIsNotQualified() {
        ok(fixture.get(ChangingPolicy.class).change(HEAD, new ChangingPolicy.Command(SCHOOL,
                new MentoringPolicy(35, 3, 25, 3, java.time.Period.ofMonths(3), java.time.Period.ofYears(1), 14, 30,
                        false))));

        Result<Mentorship> refused = fixture.propose(fixture.mentor(SCHOOL, 3), fixture.mentee(SCHOOL));

        assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.NOT_QUALIFIED);
        assertThat(refused.refusal().message().en()).contains("20 years of experience").contains("at least 25");
    }

    @Test
    void withdrawnConsentBlocksApprovalOfAnEarlierProposal() {
        PersonId mentee = fixture.mentee(SCHOOL);
        Mentorship proposed = ok(fixture.propose(fixture.mentor(SCHOOL, 3), mentee));
        ok(fixture.get(WithdrawingConsent.class).withdraw(Actor.of(mentee),
                new WithdrawingConsent.Command(mentee, ConsentPurpose.MENTORING, TODAY)));

        assertThat(fixture.reload(proposed).status()).isEqualTo(MentorshipStatus.REJECTED);
        assertThat(fixture.approve(proposed).isOk()).isFalse();
        assertThat(fixture.reload(proposed).status()).isEqualTo(MentorshipStatus.REJECTED);
        assertThat(fixture.propose(fixture.mentor(SCHOOL, 3), mentee).refusal().reason())
                .isEqualTo(RefusalReason.NO_CONSENT);
    }

    @Test
    void withdrawingConsentErasesPersonalDataAndTakesTheMenteeOutOfHisPair() {
        PersonId mentee = fixture.mentee(SCHOOL);
        Mentorship pair = fixture.approvedPair(fixture.mentor(SCHOOL, 3), mentee);

        ok(fixture.get(WithdrawingConsent.class).withdraw(CURATOR,
                new WithdrawingConsent.Command(mentee, ConsentPurpose.MENTORING, TODAY)));

        var person = fixture.get(People.class).require(mentee);
        assertThat(person.isErased()).isTrue();
        assertThat(person.fullName()).doesNotContain("Наставляемый");
        assertThat(person.birthDate()).isEmpty();
        assertThat(person.menteeProfile()).isEmpty();
        Mentorship reloaded = fixture.reload(pair);
        assertThat(reloaded.status()).isEqualTo(MentorshipStatus.TERMINATED);
        assertThat(reloaded.memberships()).singleElement()
                .satisfies(m -> assertThat(m.leftBecause()).isPresent());
        assertThat(fixture.auditLog().of("Person", mentee.value())).extracting(e -> e.type())
                .contains(EventType.CONSENT_WITHDRAWN, EventType.PERSONAL_DATA_ERASED);
    }

    @Test
    void theHeadApprovesButACuratorMayNot() {
        Mentorship proposed = ok(fixture.propose(fixture.mentor(SCHOOL, 3), fixture.mentee(SCHOOL)));

        Result<Mentorship> byCurator = fixture.get(ApprovingMentorship.class).approve(CURATOR,
                new ApprovingMentorship.Command(proposed.id(), "1-од", TODAY));

        assertThat(byCurator.refusal().reason()).isEqualTo(RefusalReason.NOT_ALLOWED);
        assertThat(byCurator.refusal().message().ru()).startsWith("Действие не разрешено");
    }

    @Test
    void aCuratorOfAnotherSchoolCannotProposePairsHere() {
        Result<Mentorship> refused = fixture.get(ProposingMentorship.class).propose(Fixture.OTHER_CURATOR,
                new ProposingMentorship.Command(MentorshipId.of("x"), PROGRAM, fixture.mentor(SCHOOL, 3),
                        Set.of(fixture.mentee(SCHOOL)), TODAY));

        assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.NOT_ALLOWED);
    }

    @Test
    void aMentorRecordsMeetingsOfHisOwnMentorshipOnly() {
        PersonId mentor = fixture.mentor(SCHOOL, 3);
        PersonId stranger = fixture.mentor(SCHOOL, 3);
        Mentorship pair = fixture.approvedPair(mentor, fixture.mentee(SCHOOL));
        RecordingMeeting meetings = fixture.get(RecordingMeeting.class);

        assertThat(meetings.record(Actor.of(stranger), new RecordingMeeting.Command(pair.id(),
                MeetingType.FIRST_ORGANIZATIONAL, TODAY, "")).refusal().reason()).isEqualTo(RefusalReason.NOT_ALLOWED);
        assertThat(meetings.record(Actor.of(mentor), new RecordingMeeting.Command(pair.id(),
                MeetingType.FIRST_ORGANIZATIONAL, TODAY, "")).isOk()).isTrue();
        assertThat(fixture.reload(pair).status()).isEqualTo(MentorshipStatus.ACTIVE);
    }

    @Test
    void datesMustBeInOrder() {
        PersonId mentor = fixture.mentor(SCHOOL, 3);
        Mentorship proposed = ok(fixture.propose(mentor, fixture.mentee(SCHOOL)));

        Result<Mentorship> backdated = fixture.get(ApprovingMentorship.class).approve(HEAD,
                new ApprovingMentorship.Command(proposed.id(), "1-од", TODAY.minusDays(3)));
        assertThat(backdated.refusal().reason()).isEqualTo(RefusalReason.DATES_OUT_OF_ORDER);

        ok(fixture.approve(proposed));
        Result<Meeting> early = fixture.get(RecordingMeeting.class).record(Actor.of(mentor),
                new RecordingMeeting.Command(proposed.id(), MeetingType.FIRST_ORGANIZATIONAL, TODAY.minusDays(1), ""));
        assertThat(early.refusal().reason()).isEqualTo(RefusalReason.DATES_OUT_OF_ORDER);

        Result<Mentorship> outsideProgram = fixture.get(ProposingMentorship.class).propose(CURATOR,
                new ProposingMentorship.Command(MentorshipId.of("late"), PROGRAM, mentor, Set.of(fixture.mentee(SCHOOL)),
                        LocalDate.of(2025, 9, 1)));
        assertThat(outsideProgram.refusal().reason()).isEqualTo(RefusalReason.DATES_OUT_OF_ORDER);
    }

    @Test
    void theFirstMeetingIsTheOrganizationalOne() {
        PersonId mentor = fixture.mentor(SCHOOL, 3);
        Mentorship pair = fixture.approvedPair(mentor, fixture.mentee(SCHOOL));

        Result<Meeting> regular = fixture.get(RecordingMeeting.class).record(Actor.of(mentor),
                new RecordingMeeting.Command(pair.id(), MeetingType.REGULAR, TODAY, ""));

        assertThat(regular.refusal().reason()).isEqualTo(RefusalReason.WRONG_STATE);
        assertThat(fixture.reload(pair).status()).isEqualTo(MentorshipStatus.APPROVED);
    }

    @Test
    void completionNeedsEveryGoalAssessed() {
        PersonId mentor = fixture.mentor(SCHOOL, 3);
        Mentorship pair = fixture.approvedPair(mentor, fixture.mentee(SCHOOL));
        ok(fixture.get(RecordingMeeting.class).record(Actor.of(mentor),
                new RecordingMeeting.Command(pair.id(), MeetingType.FIRST_ORGANIZATIONAL, TODAY, "")));

        Result<Mentorship> completed = fixture.get(EndingMentorship.class).complete(CURATOR,
                new EndingMentorship.Completion(pair.id(), CompletionOutcome.GOALS_ACHIEVED, TODAY.plusMonths(6)));

        assertThat(completed.refusal().reason()).isEqualTo(RefusalReason.WRONG_STATE);
    }

    @Test
    void terminationNeedsAReasonAndFreesCapacity() {
        PersonId mentor = fixture.mentor(SCHOOL, 1);
        Mentorship pair = fixture.approvedPair(mentor, fixture.mentee(SCHOOL));
        EndingMentorship ending = fixture.get(EndingMentorship.class);

        assertThatThrownBy(() -> ending.terminate(CURATOR, new EndingMentorship.Termination(pair.id(), " ", TODAY)))
                .isInstanceOf(org.tandem.core.validation.InvalidCommandException.class)
                .hasMessageContaining("reason");
        ok(ending.terminate(CURATOR, new EndingMentorship.Termination(pair.id(), "наставник уволился", TODAY)));

        assertThat(fixture.reload(pair).endReason()).contains("наставник уволился");
        assertThat(fixture.propose(mentor, fixture.mentee(SCHOOL)).isOk()).isTrue();
    }

    @Test
    void reassigningAMenteeKeepsTheHistory() {
        PersonId firstMentor = fixture.mentor(SCHOOL, 3);
        PersonId secondMentor = fixture.mentor(SCHOOL, 3);
        PersonId mentee = fixture.mentee(SCHOOL);
        PersonId staying = fixture.mentee(SCHOOL);
        Mentorship group = fixture.approvedPair(firstMentor, mentee, staying);

        Mentorship next = ok(fixture.get(ReassigningMentee.class).reassign(CURATOR, new ReassigningMentee.Command(
                group.id(), mentee, MentorshipId.of("next"), secondMentor, "несовпадение графиков", "2-од",
                TODAY.plusDays(10))));

        Mentorship old = fixture.reload(group);
        assertThat(old.status()).isEqualTo(MentorshipStatus.APPROVED);
        assertThat(old.currentMentees()).containsExactly(staying);
        assertThat(old.memberships()).filteredOn(m -> m.mentee().equals(mentee)).singleElement()
                .satisfies(m -> {
                    assertThat(m.until()).contains(TODAY.plusDays(10));
                    assertThat(m.leftBecause()).contains("несовпадение графиков");
                });
        assertThat(next.status()).isEqualTo(MentorshipStatus.APPROVED);
        assertThat(next.reassignedFrom()).contains(group.id());
        assertThat(next.mentor()).isEqualTo(secondMentor);
    }

    @Test
    void approvalNeedsTheRulesClearanceForThatVeryPairing() {
        PersonId mentor = fixture.mentor(SCHOOL, 3);
        PersonId mentee = fixture.mentee(SCHOOL);
        PairingRules rules = fixture.get(PairingRules.class);
        var program = fixture.get(org.tandem.core.program.Programs.class).require(PROGRAM);
        PairingClearance forAnotherDay = ok(rules.check(program, mentor, Set.of(mentee), TODAY.plusDays(1),
                Optional.empty()));

        assertThatThrownBy(() -> Mentorship.propose(MentorshipId.of("x"), PROGRAM, mentor, Set.of(mentee), TODAY,
                forAnotherDay)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clearance");
    }
}
