package org.tandem.persistence.jpa.internal;

import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.shared.DomainEvent;
import org.tandem.persistence.jpa.AuditLog;

/**
 * Domain events in {@code audit_event}. Publishing joins the caller's transaction, so an event is stored exactly
 * when the change it tells of is. Events wait in the transaction's {@link PendingWrites} and are inserted in JDBC
 * batches, before anything reads the log and at the latest at commit.
 */
public final class JpaAuditLog implements AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(JpaAuditLog.class);

    private final UnitOfWork work;

    public JpaAuditLog(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    @Override
    public void publish(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        work.callBeside(em -> {
            work.pending().add(event);
            return null;
        });
        LOG.debug("{} on {} {} by {}", event.type(), event.subject(), event.subjectId(), event.actor());
    }

    @Override
    public List<DomainEvent> of(String subject, String subjectId) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectId, "subjectId");
        return work.call(em -> em.createQuery("""
                        select e from AuditEventEntity e where e.subject = :subject and e.subjectId = :subjectId
                        order by e.occurredAt, e.id""", AuditEventEntity.class)
                .setParameter("subject", subject)
                .setParameter("subjectId", subjectId)
                .getResultList().stream().map(AuditEventEntity::toDomain).toList());
    }

    @Override
    public List<DomainEvent> latest(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return work.call(em -> em.createQuery("select e from AuditEventEntity e order by e.occurredAt desc, e.id desc",
                        AuditEventEntity.class)
                .setMaxResults(limit)
                .getResultList().stream().map(AuditEventEntity::toDomain).toList());
    }
}
