package org.tandem.core.shared;

/**
 * Where use cases send the events of their changes; an audit log, a message bus or both.
 *
 * <p>Implementations must be safe to call from several threads.
 */
public interface DomainEvents {

    void publish(DomainEvent event);
}
