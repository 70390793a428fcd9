package org.tandem.matching.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.core.Fixture.CURATOR;
import static org.tandem.core.Fixture.OTHER_CURATOR;
import static org.tandem.core.Fixture.OTHER_SCHOOL;
import static org.tandem.core.Fixture.PROGRAM;
import static org.tandem.core.Fixture.SCHOOL;
import static org.tandem.core.Fixture.TODAY;
import static org.tandem.core.Fixture.ok;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tandem.core.Fixture;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.MentorshipStatus;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.program.MentoringForm;
import org.tandem.core.program.MentoringKind;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;
import org.tandem.matching.MatchingSettings;
import org.tandem.matching.ProposedPair;
import org.tandem.matching.UnmatchedReason;
import org.tandem.matching.guice.TandemMatchingModule;

/** Matching through core's use cases on in-memory repositories, from the bases to approvable proposals. */
class ProposingMatchesTest {

    private final Fixture fixture = new Fixture(new TandemMatchingModule());
    private final ProposingMatches matching = fixture.get(ProposingMatches.class);

    @Test
    void proposesOneMentorshipPerMentorWithAllHisMenteesThatTheHeadCanApprove() {
        PersonId busy = fixture.mentor(SCHOOL, 2);
        PersonId free = fixture.mentor(SCHOOL, 2);
        PersonId approvedMentee = fixture.mentee(SCHOOL);
        Mentorship approved = fixture.approvedPair(busy, approvedMentee);
        PersonId a = fixture.mentee(SCHOOL);
        PersonId b = fixture.mentee(SCHOOL);
        PersonId c = fixture.mentee(SCHOOL);
        fixture.mentee(OTHER_SCHOOL);

        ProposingMatches.Outcome outcome = ok(matching.propose(CURATOR,
                new ProposingMatches.Command(PROGRAM, TODAY, "optimal", MatchingSettings.defaults())));

        // the approved pair is pinned and takes one of busy's two places; the other school is not in the program
        assertThat(outcome.proposal().pairOf(approvedMentee).orElseThrow().pinned()).isTrue();
        assertThat(outcome.proposal().matchedCount()).isEqualTo(4);
        assertThat(outcome.proposal().newPairs()).extracting(ProposedPair::mentee).containsExactlyInAnyOrder(a, b, c);
        assertThat(outcome.declined()).isEmpty();
        assertThat(outcome.proposed()).hasSize(2).allMatch(m -> m.status() == MentorshipStatus.PROPOSED);
        Mentorship ofFree = outcome.proposed().stream().filter(m -> m.mentor().equals(free)).findFirst().orElseThrow();
        Mentorship ofBusy = outcome.proposed().stream().filter(m -> m.mentor().equals(busy)).findFirst().orElseThrow();
        assertThat(ofFree.currentMentees()).hasSize(2);
        assertThat(ofBusy.currentMentees()).hasSize(1);
        assertThat(fixture.get(Mentorships.class).ofProgram(PROGRAM)).hasSize(3).contains(approved);

        Mentorship fixed = ok(fixture.approve(ofFree));
        assertThat(fixed.status()).isEqualTo(MentorshipStatus.APPROVED);
        assertThat(ok(fixture.approve(ofBusy)).status()).isEqualTo(MentorshipStatus.APPROVED);
    }

    @Test
    void withoutGroupsEveryPairIsItsOwnMentorshipAndTheUnmatchedSayWhy() {
        ProgramId individual = ProgramId.of("individual");
        fixture.get(Programs.class).save(new MentoringProgram(individual, SCHOOL, "Пары", MentoringForm.TEACHER_TEACHER,
                EnumSet.of(MentoringKind.INDIVIDUAL), DateRange.academicYear(2024), CURATOR.person(), Set.of()));
        PersonId mentor = fixture.mentor(SCHOOL, 3);
        PersonId a = fixture.mentee(SCHOOL);
        PersonId b = fixture.mentee(SCHOOL);
        PersonId c = fixture.mentee(SCHOOL);
        PersonId d = fixture.mentee(SCHOOL);

        ProposingMatches.Outcome outcome = ok(matching.propose(CURATOR,
                new ProposingMatches.Command(individual, TODAY, "greedy", MatchingSettings.defaults())));

        assertThat(outcome.proposed()).hasSize(3).allMatch(m -> m.currentMentees().size() == 1
                && m.mentor().equals(mentor));
        assertThat(outcome.proposal().unmatched()).singleElement().satisfies(u -> {
            assertThat(u.mentee()).isEqualTo(d);
            assertThat(u.reason()).isEqualTo(UnmatchedReason.ALL_ALLOWED_MENTORS_FULL);
        });
        assertThat(Set.of(a, b, c)).allMatch(m -> outcome.proposal().pairOf(m).isPresent());
    }

    @Test
    void menteesWithAPendingProposalAreLeftOutOfTheNextRun() {
        fixture.mentor(SCHOOL, 3);
        fixture.mentee(SCHOOL);
        ok(matching.propose(CURATOR, new ProposingMatches.Command(PROGRAM, TODAY, "stable", MatchingSettings.defaults())));

        Result<ProposingMatches.Outcome> again = matching.propose(CURATOR,
                new ProposingMatches.Command(PROGRAM, TODAY, "stable", MatchingSettings.defaults()));
        assertThat(again.isOk()).isFalse();
        assertThat(again.refusal().reason()).isEqualTo(RefusalReason.NOT_FOUND);
        assertThat(again.refusal().message().en()).isEqualTo("The program has no mentees left to match.");
    }

    @Test
    void aCuratorOfAnotherOrganizationMayNotRunMatching() {
        fixture.mentor(SCHOOL, 3);
        fixture.mentee(SCHOOL);
        Result<ProposingMatches.Outcome> result = matching.propose(OTHER_CURATOR,
                new ProposingMatches.Command(PROGRAM, TODAY, "optimal", MatchingSettings.defaults()));
        assertThat(result.isOk()).isFalse();
        assertThat(result.refusal().reason()).isEqualTo(RefusalReason.NOT_ALLOWED);
        assertThat(fixture.get(Mentorships.class).ofProgram(PROGRAM)).isEmpty();
    }
}
