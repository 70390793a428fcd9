package org.tandem.core.shared;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something that changed in the domain, with who changed it and when: the audit log's unit.
 *
 * @param type       what happened
 * @param actor      who made the change
 * @param occurredAt when, from the application's {@link java.time.Clock}
 * @param subject    the kind of object changed, e.g. {@code "Mentorship"}
 * @param subjectId  the identity of the object changed
 * @param change     the changed values by name, no personal data beyond identities
 */
public record DomainEvent(EventType type, PersonId actor, Instant occurredAt, String subject, String subjectId,
                          Map<String, String> change) {

    public DomainEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectId, "subjectId");
        change = Map.copyOf(change);
    }
}
