package org.tandem.core.mentorship;

/** Somebody else changed the same object since it was read; read it again and retry. */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String message) {
        super(message);
    }

    public ConcurrentChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
