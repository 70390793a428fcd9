package org.tandem.matching.testkit;

import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.MatchingProblem;
import org.tandem.matching.Proposal;
import org.tandem.matching.spi.MatchingStrategy;

/** A vendor's tiny strategy: each mentee in base order takes the first allowed mentor with a place left. */
public final class FirstFitStrategy implements MatchingStrategy {

    @Override
    public String id() {
        return "vendor-first-fit";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("первый подходящий", "first fit");
    }

    @Override
    public Proposal propose(MatchingProblem problem) {
        int n = problem.menteeCount();
        int m = problem.mentorCount();
        int[] mentorOf = new int[n];
        int[] load = new int[m];
        for (int i = 0; i < n; i++) {
            mentorOf[i] = problem.pinnedMentorOf(i);
            if (mentorOf[i] >= 0) {
                load[mentorOf[i]]++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (mentorOf[i] >= 0) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                if (problem.isAllowed(i, j) && load[j] < problem.capacityOf(j)) {
                    mentorOf[i] = j;
                    load[j]++;
                    break;
                }
            }
        }
        return problem.proposal(id(), mentorOf);
    }
}
