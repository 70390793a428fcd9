package org.tandem.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The places a mentor's approved and active mentorships take, with the version that guards them; see
 * {@link MentorLoadGuard}. Only ever read and written by queries, never kept managed, so no stale copy lingers.
 */
@Entity
@Table(name = "mentor_load")
public class MentorLoadEntity {

    @Id
    @Column(name = "mentor_id")
    String mentorId;
    @Column(name = "places_taken")
    int placesTaken;
    @Column(name = "version")
    long version;

    protected MentorLoadEntity() {
    }
}
