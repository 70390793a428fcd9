package org.tandem.core.people;

/** How a participant prefers to meet. */
public enum MeetingFormat {
    IN_PERSON, REMOTE, MIXED;

    /** Mixed fits both; otherwise the two must be the same. */
    public boolean fits(MeetingFormat other) {
        return this == MIXED || other == MIXED || this == other;
    }
}
