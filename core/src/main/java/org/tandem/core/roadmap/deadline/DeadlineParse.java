package org.tandem.core.roadmap.deadline;

import java.util.Objects;
import java.util.Optional;
import org.tandem.core.shared.LocalizedText;

/**
 * The outcome of reading a deadline cell: either a {@link Deadline} or the reason it could not
 * be read. Not understanding a phrase is an expected finding, never an exception.
 */
public sealed interface DeadlineParse {

    /** The cell text as given. */
    String text();

    /** The deadline, when the text was understood. */
    Optional<Deadline> deadline();

    /** Whether the text was understood. */
    default boolean isParsed() {
        return deadline().isPresent();
    }

    /** A phrase that was understood. */
    record Parsed(String text, Deadline value) implements DeadlineParse {
        public Parsed {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Optional<Deadline> deadline() {
            return Optional.of(value);
        }
    }

    /** A phrase that was not understood, with the reason in Russian and English. */
    record Unparsed(String text, LocalizedText reason) implements DeadlineParse {
        public Unparsed {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<Deadline> deadline() {
            return Optional.empty();
        }
    }
}
