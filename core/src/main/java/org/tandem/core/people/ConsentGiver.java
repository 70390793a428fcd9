package org.tandem.core.people;

/** Who signed a consent: the person, or for a minor a parent or legal representative. */
public enum ConsentGiver {
    SELF, PARENT, LEGAL_REPRESENTATIVE
}
