package org.tandem.core.access;

/** What an actor asks to do; the {@link AccessPolicy} decides. */
public enum Action {
    /** Register people, take consents and questionnaires into the bases. */
    MANAGE_BASE,
    /** Change the organization's mentoring policy or conclude network agreements. */
    MANAGE_ORGANIZATION,
    OPEN_PROGRAM,
    PROPOSE_MENTORSHIP,
    /** Fix pairs and groups by the head's order. */
    APPROVE_MENTORSHIP,
    /** Reject, complete, terminate, reassign. */
    MANAGE_MENTORSHIP,
    DRAFT_PERSONALIZED_PROGRAM,
    /** Mark tasks of a personalized program done. */
    WORK_ON_PROGRAM,
    ASSESS_GOALS,
    RECORD_MEETING,
    GIVE_FEEDBACK
}
