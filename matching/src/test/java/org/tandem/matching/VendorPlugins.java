package org.tandem.matching;

import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.spi.Criterion;

/** A vendor's criterion, registered for ServiceLoader in the test resources: prefers mentors with achievements. */
public final class VendorPlugins {

    private VendorPlugins() {
    }

    public static final class Achievements implements Criterion {

        @Override
        public String id() {
            return "vendor-achievements";
        }

        @Override
        public LocalizedText name() {
            return LocalizedText.of("достижения наставника", "the mentor's achievements");
        }

        @Override
        public CriterionResult evaluate(MentorView mentor, MenteeView mentee, MatchingContext context) {
            int count = mentor.profile().achievements().size();
            return CriterionResult.of(Math.min(1, count / 3.0), "достижений: " + count, "achievements: " + count);
        }
    }

    /** A vendor's criterion under another id, e.g. to replace a built-in one. */
    public record Renamed(String id, Criterion delegate) implements Criterion {

        @Override
        public LocalizedText name() {
            return delegate.name();
        }

        @Override
        public CriterionResult evaluate(MentorView mentor, MenteeView mentee, MatchingContext context) {
            return delegate.evaluate(mentor, mentee, context);
        }
    }
}
