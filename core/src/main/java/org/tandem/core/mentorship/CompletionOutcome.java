package org.tandem.core.mentorship;

/** How a completed mentorship ended. */
public enum CompletionOutcome {
    GOALS_ACHIEVED, GOALS_PARTLY_ACHIEVED, GOALS_NOT_ACHIEVED
}
