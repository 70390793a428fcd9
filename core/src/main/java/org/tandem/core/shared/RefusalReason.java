package org.tandem.core.shared;

/** The kinds of expected refusals the domain gives. */
public enum RefusalReason {
    /** The acting person may not do this to this object. */
    NOT_ALLOWED,
    /** A participant has no valid consent to personal-data processing. */
    NO_CONSENT,
    /** The mentor has no capacity left. */
    CAPACITY_REACHED,
    /** The mentee already has an active mentorship in the program. */
    ALREADY_IN_PROGRAM,
    /** Mentor and mentee would be the same person. */
    SELF_MENTORING,
    /** Mentor and mentee belong to different organizations with no valid network agreement. */
    NO_NETWORK_AGREEMENT,
    /** The program's form does not fit the participant's category. */
    FORM_MISMATCH,
    /** The person lacks the profile, training or experience the role or policy needs. */
    NOT_QUALIFIED,
    /** Dates are out of order or outside the allowed bounds. */
    DATES_OUT_OF_ORDER,
    /** The object is not in a state that allows the step. */
    WRONG_STATE,
    /** The goal is not tied to a deficit of the mentee. */
    NOT_A_DEFICIT,
    /** Something referred to does not exist. */
    NOT_FOUND
}
