package org.tandem.core.people;

/** What a consent to personal-data processing allows. */
public enum ConsentPurpose {
    /** Keeping the person in the mentor or mentee base, matching and pairing them, running their program. */
    MENTORING,
    /** Publishing the person's name with results and best practices. */
    PUBLICATION
}
