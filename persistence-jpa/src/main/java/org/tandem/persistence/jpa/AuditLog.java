package org.tandem.persistence.jpa;

import java.util.List;

import org.tandem.core.shared.DomainEvent;
import org.tandem.core.shared.DomainEvents;

/** The stored audit log: every published {@link DomainEvent}, kept in the database with the change it tells of. */
public interface AuditLog extends DomainEvents {

    /**
     * The events of one object, oldest first.
     *
     * @param subject   the kind of object, e.g. {@code "Mentorship"}
     * @param subjectId its identity
     */
    List<DomainEvent> of(String subject, String subjectId);

    /**
     * The latest events of every object, newest first: what an audit log page shows.
     *
     * @param limit at most this many, at least 1
     */
    List<DomainEvent> latest(int limit);
}
