package org.tandem.core.people;

/** What a person does in an organization. */
public enum Role {
    HEAD, CURATOR, COORDINATOR, METHODOLOGIST, MENTOR, MENTEE;

    /** Mentors and mentees form the bases, which only people with valid consent may enter. */
    public boolean isParticipant() {
        return this == MENTOR || this == MENTEE;
    }
}
