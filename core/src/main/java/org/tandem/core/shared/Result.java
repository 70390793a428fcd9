package org.tandem.core.shared;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of a domain command: the value, or a {@link Refusal} the user can read.
 *
 * @param <T> the value of a success
 */
public sealed interface Result<T> {

    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Result<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    static <T> Result<T> refused(RefusalReason reason, String ru, String en) {
        return new Refused<>(Refusal.of(reason, ru, en));
    }

    boolean isOk();

    /** The value of a success; throws {@link NoSuchElementException} on a refusal. */
    T value();

    /** The refusal; throws {@link NoSuchElementException} on a success. */
    Refusal refusal();

    /** Maps a success, passing a refusal through unchanged. */
    <U> Result<U> map(Function<? super T, ? extends U> mapper);

    /** Chains a step that may refuse, passing an earlier refusal through unchanged. */
    <U> Result<U> flatMap(Function<? super T, Result<U>> next);

    record Ok<T>(T value) implements Result<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isOk() {
            return true;
        }

        @Override
        public Refusal refusal() {
            throw new NoSuchElementException("a success has no refusal");
        }

        @Override
        public <U> Result<U> map(Function<? super T, ? extends U> mapper) {
            return new Ok<>(mapper.apply(value));
        }

        @Override
        public <U> Result<U> flatMap(Function<? super T, Result<U>> next) {
            return next.apply(value);
        }
    }

    record Refused<T>(Refusal refusal) implements Result<T> {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }

        @Override
        public boolean isOk() {
            return false;
        }

        @Override
        public T value() {
            throw new NoSuchElementException("refused: " + refusal.message().en());
        }

        @Override
        public <U> Result<U> map(Function<? super T, ? extends U> mapper) {
            return new Refused<>(refusal);
        }

        @Override
        public <U> Result<U> flatMap(Function<? super T, Result<U>> next) {
            return new Refused<>(refusal);
        }
    }
}
