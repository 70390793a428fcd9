package org.tandem.core.mentorship;

/** When feedback is collected: during the program (e.g. in December) or at its end. */
public enum FeedbackStage {
    INTERMEDIATE, FINAL
}
