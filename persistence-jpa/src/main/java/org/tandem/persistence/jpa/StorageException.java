package org.tandem.persistence.jpa;

/**
 * The database failed or refused a change for a reason other than a concurrent change: unreachable, a broken
 * constraint such as a second personalized program for one mentorship, a schema that does not match.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
