package org.tandem.core.program;

/** Kinds of mentoring (виды наставничества); a program may combine several. */
public enum MentoringKind {
    /** One mentor, one mentee. */
    INDIVIDUAL,
    /** One mentor, several mentees. */
    GROUP,
    /** Mentor and mentee in different organizations, under a network agreement. */
    NETWORK,
    VIRTUAL,
    /** The younger teaches the elder, e.g. digital skills. */
    REVERSE,
    SITUATIONAL,
    SPEED,
    TRADITIONAL
}
