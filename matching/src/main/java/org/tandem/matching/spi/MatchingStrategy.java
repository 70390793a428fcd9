package org.tandem.matching.spi;

import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.MatchingProblem;
import org.tandem.matching.Proposal;

/**
 * Proposes pairs for a matching problem. Built in: {@code optimal}, {@code stable} and {@code greedy}.
 *
 * <p>Contract, checked by {@link org.tandem.matching.testkit.MatchingStrategyContract}:
 * <ul>
 *   <li>only allowed pairs ({@link MatchingProblem#isAllowed}: hard rules, exclusions and the knock-out threshold)
 *       and never more mentees per mentor than {@link MatchingProblem#capacityOf};</li>
 *   <li>every pinned pair kept; no mentee paired twice;</li>
 *   <li>every pair and every unmatched mentee explained: build the proposal with
 *       {@link MatchingProblem#proposal(String, int[])}, which does both;</li>
 *   <li>deterministic: the same problem gives an equal proposal;</li>
 *   <li>stateless and thread-safe; the problem is not changed.</li>
 * </ul>
 */
public interface MatchingStrategy {

    /** A stable id, e.g. {@code "optimal"}; callers choose the strategy by it. */
    String id();

    /** What the strategy does, for a curator choosing one. */
    LocalizedText name();

    Proposal propose(MatchingProblem problem);
}
