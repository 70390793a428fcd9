package org.tandem.core.mentorship;

/** The meetings of a mentorship, in the order the target model gives. */
public enum MeetingType {
    FIRST_ORGANIZATIONAL, PLANNING, REGULAR, FINAL
}
