package org.tandem.core.people;

/** Who a mentee is. */
public enum MenteeCategory {
    /** Under the policy's age limit and within its limit of teaching years. */
    YOUNG_TEACHER,
    TEACHER_NEW_TO_POST,
    PUPIL,
    STUDENT
}
