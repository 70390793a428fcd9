package org.tandem.core.mentorship;

/** Where a mentorship stands in its life cycle. */
public enum MentorshipStatus {
    /** Proposed by a curator or by matching; holds no capacity yet. */
    PROPOSED,
    /** Fixed by the head's order; holds the mentor's capacity. */
    APPROVED,
    /** The first meeting took place. */
    ACTIVE,
    /** Ended as planned, with an outcome. */
    COMPLETED,
    /** Ended early, with a reason. */
    TERMINATED,
    /** A proposal the curator declined. */
    REJECTED;

    /** Approved and active mentorships count against the mentor's capacity. */
    public boolean holdsCapacity() {
        return this == APPROVED || this == ACTIVE;
    }

    public boolean isEnded() {
        return this == COMPLETED || this == TERMINATED || this == REJECTED;
    }
}
