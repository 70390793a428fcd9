package org.tandem.matching.solver;

/**
 * The part of an {@link AssignmentProblem} that is the same in every layout: mentor capacities and pinned pairs,
 * validated once and shared by {@link DenseAssignmentProblem} and {@link SparseAssignmentProblem}. Immutable; the
 * arrays it holds are never handed out.
 */
final class CapacitiesAndPins {

    private final int[] capacities;
    private final int[] pins;
    private final boolean hasPins;

    private CapacitiesAndPins(int[] capacities, int[] pins) {
        this.capacities = capacities;
        this.pins = pins;
        this.hasPins = Checks.anyPin(pins);
    }

    /**
     * Validates and copies the capacities; no mentee is pinned.
     *
     * @throws NullPointerException if {@code capacities} is null
     * @throws IllegalArgumentException if a capacity is negative
     */
    static CapacitiesAndPins of(int[] capacities, int menteeCount) {
        return new CapacitiesAndPins(Checks.capacities(capacities), Checks.noPins(menteeCount));
    }

    /** The same capacities with the given pins, validated against {@code problem} (see {@link Checks#pins}). */
    CapacitiesAndPins withPins(int[] pinnedMentorOf, AssignmentProblem problem) {
        return new CapacitiesAndPins(capacities, Checks.pins(pinnedMentorOf, problem));
    }

    int mentorCount() {
        return capacities.length;
    }

    int capacity(int mentor) {
        Checks.index(mentor, capacities.length, "mentor");
        return capacities[mentor];
    }

    int[] capacities() {
        return capacities.clone();
    }

    int pinnedMentorOf(int mentee) {
        Checks.index(mentee, pins.length, "mentee");
        return pins[mentee];
    }

    int[] pins() {
        return pins.clone();
    }

    boolean hasPins() {
        return hasPins;
    }

    int[] capacitiesView() {
        return capacities;
    }

    int[] pinsView() {
        return pins;
    }
}
