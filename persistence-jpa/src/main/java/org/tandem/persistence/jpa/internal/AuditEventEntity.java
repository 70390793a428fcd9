package org.tandem.persistence.jpa.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import org.tandem.core.shared.DomainEvent;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.PersonId;

@Entity
@Table(name = "audit_event")
public class AuditEventEntity {

    /** From blocks of 100 in {@code id_block} (pooled-lo: the stored value is the next block's first id). */
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_event_ids")
    @TableGenerator(name = "audit_event_ids", table = "id_block", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "audit_event", allocationSize = 100)
    @Column(name = "id")
    Long id;
    @Column(name = "type")
    String type;
    @Column(name = "actor_id")
    String actorId;
    @Column(name = "occurred_at")
    Instant occurredAt;
    @Column(name = "subject")
    String subject;
    @Column(name = "subject_id")
    String subjectId;

    /** The change as JSON ({@link AuditChanges}); null for events stored before version 5, whose change is in rows. */
    @Column(name = "change_json")
    String changeJson;

    /** The change of an event stored before version 5, a row per value; empty for later ones. */
    @ElementCollection
    @CollectionTable(name = "audit_event_change", joinColumns = @JoinColumn(name = "event_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "change_value")
    Map<String, String> change = new LinkedHashMap<>();

    protected AuditEventEntity() {
    }

    AuditEventEntity(DomainEvent event) {
        type = event.type().name();
        actorId = event.actor().value();
        occurredAt = event.occurredAt();
        subject = event.subject();
        subjectId = event.subjectId();
        changeJson = AuditChanges.encode(event.change());
    }

    DomainEvent toDomain() {
        return new DomainEvent(EventType.valueOf(type), PersonId.of(actorId), occurredAt, subject, subjectId,
                changeJson != null ? AuditChanges.decode(changeJson) : change);
    }
}
