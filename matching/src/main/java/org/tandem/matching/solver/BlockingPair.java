package org.tandem.matching.solver;

/**
 * A mentee and a mentor who both would rather be matched with each other than keep what a matching gave them.
 *
 * @param mentee the mentee index
 * @param mentor the mentor index
 */
public record BlockingPair(int mentee, int mentor) {
}
