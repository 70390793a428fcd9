package org.tandem.persistence.jpa.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The rows of child tables that have no identity of their own. */
final class Rows {
    private Rows() {
    }

    @Embeddable
    record RoleRow(@Column(name = "organization_id") String organizationId, @Column(name = "role") String role) {
    }

    @Embeddable
    record ConsentRow(@Column(name = "purpose") String purpose, @Column(name = "given_on") LocalDate givenOn,
                      @Column(name = "given_by") String givenBy, @Column(name = "representative") String representative,
                      @Column(name = "withdrawn_on") LocalDate withdrawnOn) {
    }

    @Embeddable
    record CompetencyRow(@Column(name = "code") String code, @Column(name = "name") String name) {
    }

    @Embeddable
    record MembershipRow(@Column(name = "mentee_id") String menteeId, @Column(name = "joined_on") LocalDate joinedOn,
                         @Column(name = "left_on") LocalDate leftOn, @Column(name = "left_because") String leftBecause,
                         @Column(name = "active_program_id") String activeProgramId) {
    }

    @Embeddable
    record MeetingRow(@Column(name = "type") String type, @Column(name = "held_on") LocalDate heldOn,
                      @Column(name = "summary") String summary) {
    }

    @Embeddable
    record GoalRow(@Column(name = "number") int number, @Column(name = "description") String description,
                   @Column(name = "deficit_code") String deficitCode, @Column(name = "deficit_name") String deficitName,
                   @Column(name = "assessment") String assessment) {
    }

    @Embeddable
    record TaskRow(@Column(name = "number") int number, @Column(name = "title") String title,
                   @Column(name = "deadline") LocalDate deadline, @Column(name = "responsible_id") String responsibleId,
                   @Column(name = "done_on") LocalDate doneOn) {
    }

    @Embeddable
    record ExecutionRow(@Column(name = "activity_number") String activityNumber,
                        @Column(name = "done_on") LocalDate doneOn,
                        @Column(name = "document_number") String documentNumber,
                        @Column(name = "document_date") LocalDate documentDate,
                        @Column(name = "link") String link) {
    }
}
