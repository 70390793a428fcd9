package org.tandem.core.inmemory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.shared.DomainEvent;
import org.tandem.core.shared.DomainEvents;

/** Keeps every domain event in memory in the order published, and answers what happened to an object. */
public final class InMemoryAuditLog implements DomainEvents {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryAuditLog.class);

    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void publish(DomainEvent event) {
        events.add(event);
        LOG.debug("{} on {} {} by {}", event.type(), event.subject(), event.subjectId(), event.actor());
    }

    /** Every event, oldest first. */
    public List<DomainEvent> all() {
        return List.copyOf(events);
    }

    /** The events of one object, oldest first. */
    public List<DomainEvent> of(String subject, String subjectId) {
        return events.stream().filter(e -> e.subject().equals(subject) && e.subjectId().equals(subjectId)).toList();
    }
}
