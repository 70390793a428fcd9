package org.tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.matching.Hand.id;
import static org.tandem.matching.Hand.mentee;
import static org.tandem.matching.Hand.mentor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MenteeCategory;
import org.tandem.core.people.MenteeProfile;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.people.RoleAssignment;
import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.spi.HardRule;
import org.tandem.matching.strategy.OptimalStrategy;

class HardRulesTest {

    private static Proposal propose(MatchingProblem.Builder builder) {
        return new OptimalStrategy().propose(builder.build());
    }

    private static BlockedCandidate onlyBlocked(Proposal proposal, UnmatchedReason reason) {
        assertThat(proposal.pairs()).isEmpty();
        assertThat(proposal.unmatched()).hasSize(1);
        UnmatchedMentee unmatched = proposal.unmatched().get(0);
        assertThat(unmatched.reason()).isEqualTo(reason);
        assertThat(unmatched.bestBlocked()).hasSize(1);
        return unmatched.bestBlocked().get(0);
    }

    @Test
    void aMentorWithoutValidConsentIsNoAllowedMentorAndTheReasonSaysConsent() {
        Proposal proposal = propose(Hand.problem().mentor(mentor("m").withdrawnConsent().person(), 0)
                .mentee(mentee("e").person()));

        BlockedCandidate blocked = onlyBlocked(proposal, UnmatchedReason.NO_ALLOWED_MENTOR);
        assertThat(blocked.blocker()).isEqualTo(Blocker.NO_CONSENT);
        assertThat(blocked.explanation().en()).contains("mentor has no valid consent");
        assertThat(blocked.explanation().ru()).contains("согласия");
        assertThat(proposal.unmatched().get(0).explanation().en()).startsWith("no allowed mentor: m — the mentor has no valid consent");
    }

    @Test
    void aMenteeWithoutValidConsentCannotBeMatched() {
        BlockedCandidate blocked = onlyBlocked(propose(Hand.problem().mentor(mentor("m").person(), 0)
                .mentee(mentee("e").withdrawnConsent().person())), UnmatchedReason.NO_ALLOWED_MENTOR);
        assertThat(blocked.blocker()).isEqualTo(Blocker.NO_CONSENT);
        assertThat(blocked.explanation().en()).contains("mentee has no valid consent");
    }

    @Test
    void theProgramsFormMustFitTheMenteesCategory() {
        BlockedCandidate blocked = onlyBlocked(propose(Hand.problem().mentor(mentor("m").person(), 0)
                .mentee(mentee("e").category(MenteeCategory.STUDENT).person())), UnmatchedReason.NO_ALLOWED_MENTOR);
        assertThat(blocked.blocker()).isEqualTo(Blocker.FORM_MISMATCH);
        assertThat(blocked.explanation().en()).isEqualTo("the form 'teacher–teacher' is not for a mentee of category STUDENT");
        assertThat(blocked.explanation().ru()).isEqualTo("форма «учитель – учитель» не для наставляемого категории STUDENT");
    }

    @Test
    void theProgramsFormMustFitTheMentorsCategory() {
        BlockedCandidate blocked = onlyBlocked(propose(Hand.problem()
                .mentor(mentor("m").category(org.tandem.core.people.MentorCategory.STUDENT_MENTOR).person(), 0)
                .mentee(mentee("e").person())), UnmatchedReason.NO_ALLOWED_MENTOR);
        assertThat(blocked.blocker()).isEqualTo(Blocker.FORM_MISMATCH);
        assertThat(blocked.explanation().en()).contains("not for a mentor of category STUDENT_MENTOR");
    }

    @Test
    void differentOrganizationsNeedANetworkAgreement() {
        MatchingProblem.Builder across = Hand.problem().mentor(mentor("m").in(Hand.OTHER_SCHOOL).person(), 0)
                .mentee(mentee("e").person());
        BlockedCandidate blocked = onlyBlocked(propose(across), UnmatchedReason.NO_ALLOWED_MENTOR);
        assertThat(blocked.blocker()).isEqualTo(Blocker.NO_NETWORK_AGREEMENT);
        assertThat(blocked.explanation().en()).contains("no network agreement");

        Proposal withAgreement = propose(Hand.problem().mentor(mentor("m").in(Hand.OTHER_SCHOOL).person(), 0)
                .mentee(mentee("e").person()).networkAccess((a, b) -> true));
        assertThat(withAgreement.pairs()).extracting(ProposedPair::mentor).containsExactly(id("m"));
    }

    @Test
    void nobodyMentorsHimself() {
        Person both = mentor("x").person();
        both.assignRole(RoleAssignment.of(Role.MENTEE, Hand.SCHOOL), Hand.DAY);
        both.describeAsMentee(new MenteeProfile(MenteeCategory.TEACHER_NEW_TO_POST, Set.of("математика"), List.of(),
                Hand.competencies("assessment"), MeetingFormat.MIXED, Set.of(), Optional.of(LocalDate.of(2024, 9, 1)),
                List.of()));
        BlockedCandidate blocked = onlyBlocked(propose(Hand.problem().mentor(both, 0).mentee(both)),
                UnmatchedReason.NO_ALLOWED_MENTOR);
        assertThat(blocked.blocker()).isEqualTo(Blocker.SELF_MENTORING);
    }

    @Test
    void thePolicyAsksForMentorExperience() {
        BlockedCandidate blocked = onlyBlocked(propose(Hand.problem()
                .mentor(mentor("m").careerStart(LocalDate.of(2022, 9, 1)).person(), 0)
                .mentee(mentee("e").person())), UnmatchedReason.NO_ALLOWED_MENTOR);
        assertThat(blocked.blocker()).isEqualTo(Blocker.NOT_ENOUGH_EXPERIENCE);
        assertThat(blocked.explanation().en()).isEqualTo("the mentor has 2 years of experience; the policy asks for at least 5");
        assertThat(blocked.explanation().ru()).isEqualTo("стаж наставника 2 лет, положение требует не менее 5");
    }

    @Test
    void thePolicyMayRequireMentorTraining() {
        MatchingProblem.Builder builder = MatchingProblem.builder(Hand.program(),
                        Hand.POLICY.withMentorTrainingRequired(true), Hand.DAY)
                .mentor(mentor("m").untrained().person(), 0).mentee(mentee("e").person());
        BlockedCandidate blocked = onlyBlocked(propose(builder), UnmatchedReason.NO_ALLOWED_MENTOR);
        assertThat(blocked.blocker()).isEqualTo(Blocker.NO_MENTOR_TRAINING);
        assertThat(blocked.explanation().en()).contains("mentor training");
    }

    @Test
    void aPairTheCuratorExcludedIsNeverProposed() {
        BlockedCandidate blocked = onlyBlocked(propose(Hand.problem().mentor(mentor("m").person(), 0)
                .mentee(mentee("e").person())
                .settings(MatchingSettings.defaults().excluding(id("m"), id("e")))), UnmatchedReason.NO_ALLOWED_MENTOR);
        assertThat(blocked.blocker()).isEqualTo(Blocker.EXCLUDED_BY_CURATOR);
        assertThat(blocked.explanation().ru()).isEqualTo("куратор исключил эту пару");
    }

    @Test
    void capacityIsTheSmallerOfTheMentorsAndThePolicysMinusHisCurrentLoad() {
        // profile 5, policy 3, load 3: no place left
        BlockedCandidate blocked = onlyBlocked(propose(Hand.problem().mentor(mentor("m").capacity(5).person(), 3)
                .mentee(mentee("e").person())), UnmatchedReason.ALL_ALLOWED_MENTORS_FULL);
        assertThat(blocked.blocker()).isEqualTo(Blocker.NO_CAPACITY_LEFT);
        assertThat(blocked.explanation().en()).isEqualTo("the mentor has no places left: 3 of 3 taken");

        MatchingProblem problem = Hand.problem().mentor(mentor("m").capacity(5).person(), 2)
                .mentee(mentee("e1").person()).mentee(mentee("e2").person()).build();
        assertThat(problem.capacityOf(0)).isEqualTo(1);
        Proposal proposal = new OptimalStrategy().propose(problem);
        assertThat(proposal.pairs()).hasSize(1);
        UnmatchedMentee second = proposal.unmatched().get(0);
        assertThat(second.reason()).isEqualTo(UnmatchedReason.ALL_ALLOWED_MENTORS_FULL);
        assertThat(second.bestBlocked().get(0).blocker()).isEqualTo(Blocker.TAKEN_BY_OTHERS);
    }

    @Test
    void aVendorRuleBlocksAndIsNamed() {
        HardRule sameFormatOnly = new HardRule() {
            @Override
            public String id() {
                return "same-format-only";
            }

            @Override
            public boolean allows(MentorView mentor, MenteeView mentee, MatchingContext context) {
                return mentor.format() == mentee.format();
            }

            @Override
            public LocalizedText whyBlocked(MentorView mentor, MenteeView mentee, MatchingContext context) {
                return LocalizedText.of("форматы различаются", "formats differ");
            }
        };
        BlockedCandidate blocked = onlyBlocked(propose(Hand.problem().hardRules(List.of(sameFormatOnly))
                .mentor(mentor("m").format(MeetingFormat.REMOTE).person(), 0).mentee(mentee("e").person())),
                UnmatchedReason.NO_ALLOWED_MENTOR);
        assertThat(blocked.blocker()).isEqualTo(Blocker.VENDOR_RULE);
        assertThat(blocked.ruleId()).isEqualTo("same-format-only");
        assertThat(blocked.explanation().en()).isEqualTo("formats differ");
    }

    @Test
    void theBestBlockedCandidatesComeBestFirstAndAtMostThree() {
        MatchingProblem.Builder builder = Hand.problem().mentee(mentee("e").deficits("lesson-planning").person())
                .settings(MatchingSettings.defaults().withKnockOutThreshold(0.99));
        builder.mentor(mentor("weak").competencies("parents").subjects("физика").person(), 0);
        builder.mentor(mentor("strong").competencies("lesson-planning").person(), 0);
        builder.mentor(mentor("middle").competencies("lesson-planning").subjects("физика").person(), 0);
        builder.mentor(mentor("other").competencies("parents").person(), 0);
        UnmatchedMentee unmatched = propose(builder).unmatched().get(0);
        assertThat(unmatched.reason()).isEqualTo(UnmatchedReason.ALL_BELOW_THRESHOLD);
        assertThat(unmatched.bestBlocked()).extracting(BlockedCandidate::mentor)
                .containsExactly(id("strong"), id("middle"), id("other"));
        assertThat(unmatched.bestBlocked()).allMatch(c -> c.blocker() == Blocker.BELOW_THRESHOLD);
        assertThat(unmatched.bestBlocked().get(0).explanation().en()).matches("score 0\\.\\d\\d is below the threshold 0\\.99");
    }
}
