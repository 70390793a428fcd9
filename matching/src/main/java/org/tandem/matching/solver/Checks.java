package org.tandem.matching.solver;

import java.util.Objects;

/** Shared argument validation, so every type reports the same problem with the same words. */
final class Checks {

    private Checks() {
    }

    static int[] capacities(int[] capacities) {
        Objects.requireNonNull(capacities, "capacities");
        int[] copy = capacities.clone();
        for (int j = 0; j < copy.length; j++) {
            if (copy[j] < 0) {
                throw new IllegalArgumentException(
                        "capacity of mentor " + j + " is " + copy[j] + "; capacities must be >= 0");
            }
        }
        return copy;
    }

    static void finiteScore(double score, int mentee, int mentor) {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score of mentee " + mentee + " and mentor " + mentor + " is "
                    + score + "; scores of allowed pairs must be finite");
        }
    }

    static void index(int index, int size, String what) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(what + " " + index + " is outside 0.." + (size - 1));
        }
    }

    /** Validates pins against a problem and returns a defensive copy. */
    static int[] pins(int[] pinnedMentorOf, AssignmentProblem problem) {
        Objects.requireNonNull(pinnedMentorOf, "pinnedMentorOf");
        int n = problem.menteeCount();
        int m = problem.mentorCount();
        if (pinnedMentorOf.length != n) {
            throw new IllegalArgumentException("pins has " + pinnedMentorOf.length + " entries, expected one per mentee ("
                    + n + ")");
        }
        int[] copy = pinnedMentorOf.clone();
        int[] pinnedLoad = new int[m];
        for (int i = 0; i < n; i++) {
            int j = copy[i];
            if (j == -1) {
                continue;
            }
            if (j < 0 || j >= m) {
                throw new IllegalArgumentException("mentee " + i + " is pinned to mentor " + j + ", outside 0.."
                        + (m - 1) + " (use -1 for no pin)");
            }
            if (!problem.isAllowed(i, j)) {
                throw new IllegalArgumentException("mentee " + i + " is pinned to mentor " + j
                        + ", but that pair is not allowed");
            }
            if (++pinnedLoad[j] > problem.capacity(j)) {
                throw new IllegalArgumentException("mentor " + j + " has more pinned mentees than its capacity "
                        + problem.capacity(j));
            }
        }
        return copy;
    }

    static int[] noPins(int n) {
        int[] pins = new int[n];
        java.util.Arrays.fill(pins, -1);
        return pins;
    }

    static boolean anyPin(int[] pins) {
        for (int p : pins) {
            if (p >= 0) {
                return true;
            }
        }
        return false;
    }
}
