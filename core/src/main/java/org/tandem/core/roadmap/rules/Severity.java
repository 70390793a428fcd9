package org.tandem.core.roadmap.rules;

/**
 * How urgent a {@link Finding} is, declared from least to most severe so that the natural order of the enum
 * ranks findings.
 */
public enum Severity {
    /** The roadmap could be better written: a curator should look, nothing is late or unlawful. */
    INFO,
    /** A deadline or an obligation of the roadmap or the policy was missed, or is about to be. */
    WARNING,
    /** A rule of the target model or of the law is broken now (consent, capacity), or a rule could not run. */
    ERROR
}
