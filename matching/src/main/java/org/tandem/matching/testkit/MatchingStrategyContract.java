package org.tandem.matching.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tandem.core.shared.PersonId;
import org.tandem.matching.Blocker;
import org.tandem.matching.BlockedCandidate;
import org.tandem.matching.Contribution;
import org.tandem.matching.MatchingProblem;
import org.tandem.matching.MatchingSettings;
import org.tandem.matching.Proposal;
import org.tandem.matching.ProposedPair;
import org.tandem.matching.RankedPreferences;
import org.tandem.matching.UnmatchedMentee;
import org.tandem.matching.UnmatchedReason;
import org.tandem.matching.spi.MatchingStrategy;

/**
 * The contract every {@link MatchingStrategy} keeps, as a JUnit 5 test a vendor extends:
 *
 * <pre>{@code
 * class MyStrategyContractTest extends MatchingStrategyContract {
 *     @Override protected MatchingStrategy strategy() { return new MyStrategy(); }
 * }
 * }</pre>
 *
 * The vendor adds {@code org.junit.jupiter:junit-jupiter} and {@code org.assertj:assertj-core} in test scope;
 * the matching library declares them optional. The problems come from {@link SampleBases} (some people break hard
 * rules, mentors are scarce) in three variants: plain; with pinned and excluded pairs and a knock-out threshold;
 * with questionnaire preferences. Override {@link #problem(int)} and {@link #variants()} to add your own.
 */
public abstract class MatchingStrategyContract {

    /** The strategy under test; may return the same instance every time. */
    protected abstract MatchingStrategy strategy();

    /** How many problem variants {@link #problem(int)} builds. */
    protected int variants() {
        return 3;
    }

    /** Builds problem {@code variant} afresh; the same variant always gives an equal problem. */
    protected MatchingProblem problem(int variant) {
        SampleBases.Base base = SampleBases.generate(7919L * (variant + 1), 40, 9, 3, 4, true);
        MatchingSettings settings = MatchingSettings.defaults();
        if (variant % 3 == 1) {
            PersonId pinnedMentee = base.mentees().get(0).id();
            PersonId pinnedMentor = base.mentors().get(2).id();
            settings = settings.pinning(pinnedMentor, pinnedMentee)
                    .excluding(base.mentors().get(1).id(), base.mentees().get(1).id())
                    .excluding(base.mentors().get(3).id(), base.mentees().get(2).id())
                    .withKnockOutThreshold(0.3)
                    .withWeight("deficits", 5);
        } else if (variant % 3 == 2) {
            RankedPreferences preferences = RankedPreferences.none()
                    .withMentee(base.mentees().get(3).id(), base.mentors().get(4).id(), base.mentors().get(0).id())
                    .withMentee(base.mentees().get(5).id(), base.mentors().get(4).id())
                    .withMentor(base.mentors().get(4).id(), base.mentees().get(5).id(), base.mentees().get(3).id());
            settings = settings.withPreferences(preferences);
        }
        return base.builder().settings(settings).build();
    }

    private Proposal propose(int variant) {
        MatchingProblem problem = problem(variant);
        Proposal proposal = strategy().propose(problem);
        assertThat(proposal).as("proposal of %s on variant %d", strategy().id(), variant).isNotNull();
        return proposal;
    }

    @Test
    void hasAnIdAndANameAndSignsItsProposals() {
        assertThat(strategy().id()).isNotBlank();
        assertThat(strategy().name()).isNotNull();
        assertThat(propose(0).strategy()).isEqualTo(strategy().id());
    }

    @Test
    void proposesOnlyAllowedPairsAndRespectsCapacity() {
        for (int variant = 0; variant < variants(); variant++) {
            MatchingProblem problem = problem(variant);
            Proposal proposal = strategy().propose(problem);
            int[] load = new int[problem.mentorCount()];
            for (ProposedPair pair : proposal.pairs()) {
                int i = problem.menteeIndex(pair.mentee());
                int j = problem.mentorIndex(pair.mentor());
                assertThat(i).as("mentee %s is in the base", pair.mentee()).isNotNegative();
                assertThat(j).as("mentor %s is in the base", pair.mentor()).isNotNegative();
                assertThat(problem.isAllowed(i, j)).as("pair %s-%s is allowed (variant %d)", pair.mentor(),
                        pair.mentee(), variant).isTrue();
                load[j]++;
            }
            for (int j = 0; j < load.length; j++) {
                assertThat(load[j]).as("load of mentor %s (variant %d)", problem.mentor(j).id(), variant)
                        .isLessThanOrEqualTo(problem.capacityOf(j));
            }
        }
    }

    @Test
    void keepsEveryPinnedPair() {
        for (int variant = 0; variant < variants(); variant++) {
            MatchingProblem problem = problem(variant);
            Proposal proposal = strategy().propose(problem);
            for (int i = 0; i < problem.menteeCount(); i++) {
                int pin = problem.pinnedMentorOf(i);
                if (pin >= 0) {
                    PersonId mentee = problem.mentee(i).id();
                    assertThat(proposal.pairOf(mentee)).as("pinned mentee %s", mentee).isPresent();
                    assertThat(proposal.pairOf(mentee).get().mentor()).isEqualTo(problem.mentor(pin).id());
                    assertThat(proposal.pairOf(mentee).get().pinned()).isTrue();
                }
            }
        }
    }

    @Test
    void neverPairsAMenteeTwiceAndAccountsForEveryMentee() {
        for (int variant = 0; variant < variants(); variant++) {
            MatchingProblem problem = problem(variant);
            Proposal proposal = strategy().propose(problem);
            Set<PersonId> seen = new HashSet<>();
            proposal.pairs().forEach(pair -> assertThat(seen.add(pair.mentee()))
                    .as("mentee %s appears once", pair.mentee()).isTrue());
            proposal.unmatched().forEach(u -> assertThat(seen.add(u.mentee()))
                    .as("mentee %s appears once", u.mentee()).isTrue());
            assertThat(seen).hasSize(problem.menteeCount());
        }
    }

    @Test
    void explainsEveryPairInRussianAndEnglish() {
        for (int variant = 0; variant < variants(); variant++) {
            MatchingProblem problem = problem(variant);
            Proposal proposal = strategy().propose(problem);
            for (ProposedPair pair : proposal.pairs()) {
                assertThat(pair.explanation().ru()).isNotBlank();
                assertThat(pair.explanation().en()).isNotBlank();
                if (!pair.pinned()) {
                    assertThat(pair.contributions()).as("contributions of %s-%s", pair.mentor(), pair.mentee())
                            .isNotEmpty();
                    double sum = pair.contributions().stream().mapToDouble(Contribution::points).sum();
                    assertThat(sum).as("contributions add up to the score").isCloseTo(pair.score(), within(1e-9));
                    for (Contribution c : pair.contributions()) {
                        assertThat(c.explanation().ru()).isNotBlank();
                        assertThat(c.explanation().en()).isNotBlank();
                        assertThat(c.value()).isBetween(0.0, 1.0);
                    }
                }
            }
        }
    }

    @Test
    void explainsEveryUnmatchedMenteeWithTheBlockedCandidates() {
        for (int variant = 0; variant < variants(); variant++) {
            Proposal proposal = propose(variant);
            assertThat(proposal.unmatched()).as("the sample bases leave someone unmatched").isNotEmpty();
            for (UnmatchedMentee unmatched : proposal.unmatched()) {
                assertThat(unmatched.reason()).isNotNull();
                assertThat(unmatched.explanation().ru()).isNotBlank();
                assertThat(unmatched.explanation().en()).isNotBlank();
                assertThat(unmatched.bestBlocked()).as("blocked candidates of %s", unmatched.mentee()).isNotEmpty();
                for (BlockedCandidate candidate : unmatched.bestBlocked()) {
                    assertThat(candidate.explanation().en()).isNotBlank();
                    if (unmatched.reason() == UnmatchedReason.NO_ALLOWED_MENTOR) {
                        assertThat(candidate.blocker().isHardRule()).isTrue();
                    }
                    if (unmatched.reason() != UnmatchedReason.LEFT_BY_STRATEGY) {
                        assertThat(candidate.blocker()).as("only a strategy that leaves a mentee out has unchosen "
                                + "candidates").isNotEqualTo(Blocker.NOT_CHOSEN);
                    }
                }
            }
        }
    }

    @Test
    void givesTheSameProposalForTheSameInput() {
        for (int variant = 0; variant < variants(); variant++) {
            MatchingProblem problem = problem(variant);
            Proposal first = strategy().propose(problem);
            assertThat(strategy().propose(problem)).as("same problem twice").isEqualTo(first);
            assertThat(strategy().propose(problem(variant))).as("an equal problem built again").isEqualTo(first);
        }
    }

    /** The mentees of a proposal, in order; for vendors' own assertions. */
    protected static List<PersonId> menteesOf(Proposal proposal) {
        return proposal.pairs().stream().map(ProposedPair::mentee).toList();
    }
}
