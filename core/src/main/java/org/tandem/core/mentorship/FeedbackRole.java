package org.tandem.core.mentorship;

/** Whose feedback questionnaire it is. */
public enum FeedbackRole {
    MENTOR, MENTEE, CURATOR
}
