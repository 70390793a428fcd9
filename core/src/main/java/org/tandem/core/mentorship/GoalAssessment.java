package org.tandem.core.mentorship;

/** The final assessment of a goal of a personalized program. */
public enum GoalAssessment {
    ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED
}
