package org.tandem.matching.strategy;

import java.util.List;
import java.util.Objects;

import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.MatchingContext;
import org.tandem.matching.MatchingProblem;
import org.tandem.matching.Proposal;
import org.tandem.matching.solver.Assignment;
import org.tandem.matching.solver.AssignmentProblem;
import org.tandem.matching.solver.BlockingPair;
import org.tandem.matching.solver.PreferenceProblem;
import org.tandem.matching.solver.StabilityChecker;
import org.tandem.matching.solver.StableAssignmentSolver;
import org.tandem.matching.solver.internal.PairOrder;
import org.tandem.matching.spi.MatchingStrategy;

/**
 * A stable proposal: no mentee and mentor who both would rather be together than with what they got
 * (mentee-proposing deferred acceptance, Gale and Shapley 1962, with capacities as in hospitals/residents).
 *
 * <p>Each side ranks the people it is allowed with: first those it named in the questionnaire after the group
 * meeting, in its order, then the rest by score, highest first (equal scores by base order). Without any
 * questionnaire preferences both sides simply rank by score. Pinned pairs stay and use capacity; pinned mentees
 * take no part. The result is checked with {@link StabilityChecker}; a blocking pair would be a bug and throws.
 */
public final class StableStrategy implements MatchingStrategy {

    public static final String ID = "stable";
    private static final StableAssignmentSolver SOLVER = new StableAssignmentSolver();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("устойчивое распределение по взаимным предпочтениям",
                "stable: by both sides' ranked preferences");
    }

    @Override
    public Proposal propose(MatchingProblem problem) {
        Objects.requireNonNull(problem, "problem");
        AssignmentProblem scores = problem.assignmentProblem();
        if (problem.settings().preferences().isEmpty()) {
            Assignment assignment = SOLVER.solve(scores);
            requireStable(StabilityChecker.blockingPairs(scores, assignment));
            return problem.proposal(ID, assignment);
        }
        PreferenceProblem preferences = preferences(problem);
        int[] mentorOf = SOLVER.match(preferences);
        requireStable(StabilityChecker.blockingPairs(preferences, mentorOf));
        int[] pins = scores.pins();
        for (int i = 0; i < mentorOf.length; i++) {
            if (pins[i] >= 0) {
                mentorOf[i] = pins[i];
            }
        }
        return problem.proposal(ID, mentorOf);
    }

    /**
     * The preference profile the strategy matches on when questionnaire preferences are given: both sides' lists
     * over allowed pairs, questionnaire choices first, then by score; pinned mentees have empty lists and their
     * places are taken off their mentors' capacities. Mentee and mentor indices are the problem's.
     */
    public static PreferenceProblem preferences(MatchingProblem problem) {
        AssignmentProblem scores = problem.assignmentProblem();
        MatchingContext context = problem.context();
        int n = scores.menteeCount();
        int m = scores.mentorCount();
        int[] pins = scores.pins();
        int[] capacity = scores.capacities();
        int[] degree = new int[m];
        int[][] menteePrefs = new int[n][];
        for (int i = 0; i < n; i++) {
            if (pins[i] >= 0) {
                capacity[pins[i]]--;
                menteePrefs[i] = new int[0];
                continue;
            }
            int[] candidates = scores.candidatesOf(i);
            double[] s = new double[candidates.length];
            for (int k = 0; k < candidates.length; k++) {
                s[k] = scores.score(i, candidates[k]);
                degree[candidates[k]]++;
            }
            menteePrefs[i] = ranked(context.rankedMentorsOf(i), candidates, s, m);
        }
        int[][] byMentor = new int[m][];
        double[][] byMentorScore = new double[m][];
        int[] fill = new int[m];
        for (int j = 0; j < m; j++) {
            byMentor[j] = new int[degree[j]];
            byMentorScore[j] = new double[degree[j]];
        }
        for (int i = 0; i < n; i++) {
            if (pins[i] >= 0) {
                continue;
            }
            for (int j : scores.candidatesOf(i)) {
                byMentor[j][fill[j]] = i;
                byMentorScore[j][fill[j]++] = scores.score(i, j);
            }
        }
        int[][] mentorPrefs = new int[m][];
        for (int j = 0; j < m; j++) {
            mentorPrefs[j] = ranked(context.rankedMenteesOf(j), byMentor[j], byMentorScore[j], n);
        }
        return PreferenceProblem.of(menteePrefs, mentorPrefs, capacity);
    }

    /** The named ones that are allowed, in the named order, then the other allowed ones by score. */
    private static int[] ranked(int[] named, int[] allowed, double[] scoreOfAllowed, int universe) {
        boolean[] isAllowed = new boolean[universe];
        for (int a : allowed) {
            isAllowed[a] = true;
        }
        int[] result = new int[allowed.length];
        boolean[] taken = new boolean[universe];
        int count = 0;
        for (int x : named) {
            if (isAllowed[x] && !taken[x]) {
                taken[x] = true;
                result[count++] = x;
            }
        }
        for (int k : PairOrder.byScoreDescending(scoreOfAllowed)) {
            int x = allowed[k];
            if (!taken[x]) {
                taken[x] = true;
                result[count++] = x;
            }
        }
        return result;
    }

    private static void requireStable(List<BlockingPair> blocking) {
        if (!blocking.isEmpty()) {
            throw new IllegalStateException("deferred acceptance left blocking pairs " + blocking);
        }
    }
}
