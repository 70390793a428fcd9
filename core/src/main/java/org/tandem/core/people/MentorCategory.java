package org.tandem.core.people;

/** Who a mentor is. */
public enum MentorCategory {
    TEACHER,
    PUPIL_MENTOR,
    STUDENT_MENTOR,
    EMPLOYER_REPRESENTATIVE,
    /** A methodologist or another expert from outside the organization. */
    EXTERNAL_MENTOR
}
