package org.tandem.core.roadmap.rules;

import java.util.Comparator;
import java.util.Objects;
import org.tandem.core.shared.LocalizedText;

/**
 * One thing a {@link RoadmapRule} noticed, worded for the curator who reads it.
 *
 * @param severity how urgent it is
 * @param ruleId   the {@link RoadmapRule#id() id} of the rule that found it, so that hosts can filter or mute
 * @param subject  what it is about
 * @param message  the text in Russian and English
 */
public record Finding(Severity severity, String ruleId, Subject subject, LocalizedText message) {

    /**
     * The order {@link RoadmapRules} reports in: most severe first, then by subject (activities in reading
     * order), rule and Russian text, so that the same state always gives the same list.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::subject)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.message().ru())
            .thenComparing(f -> f.message().en());

    public Finding {
        Objects.requireNonNull(severity, "severity");
        if (ruleId == null || ruleId.isBlank()) {
            // findings are made by rules in code, never from what a user typed
            throw new IllegalArgumentException("a finding names the rule that made it");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    public static Finding info(String ruleId, Subject subject, String ru, String en) {
        return new Finding(Severity.INFO, ruleId, subject, LocalizedText.of(ru, en));
    }

    public static Finding warning(String ruleId, Subject subject, String ru, String en) {
        return new Finding(Severity.WARNING, ruleId, subject, LocalizedText.of(ru, en));
    }

    public static Finding error(String ruleId, Subject subject, String ru, String en) {
        return new Finding(Severity.ERROR, ruleId, subject, LocalizedText.of(ru, en));
    }
}
