package org.tandem.core.questionnaire;

import org.tandem.core.people.Role;

/** Which base a questionnaire file fills: mentors or mentees. */
public enum QuestionnaireSide {
    MENTOR, MENTEE;

    /** The participant role a row of this side enrolls into. */
    public Role role() {
        return this == MENTOR ? Role.MENTOR : Role.MENTEE;
    }

    QuestionnaireSide other() {
        return this == MENTOR ? MENTEE : MENTOR;
    }
}
