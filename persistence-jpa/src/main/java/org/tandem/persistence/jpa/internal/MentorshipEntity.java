package org.tandem.persistence.jpa.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.tandem.core.mentorship.ApprovalOrder;
import org.tandem.core.mentorship.CompletionOutcome;
import org.tandem.core.mentorship.Meeting;
import org.tandem.core.mentorship.MeetingType;
import org.tandem.core.mentorship.Membership;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.MentorshipStatus;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;
import org.tandem.persistence.jpa.internal.Rows.MeetingRow;
import org.tandem.persistence.jpa.internal.Rows.MembershipRow;

/**
 * A mentorship. Its {@code version} is not a JPA {@code @Version}: {@link JpaMentorships} advances it with a
 * compare-and-set update against the version the saved object was read with, which is what core's contract asks.
 */
@Entity
@Table(name = "mentorship")
public class MentorshipEntity {

    @Id
    @Column(name = "id")
    String id;
    @Column(name = "program_id")
    String programId;
    @Column(name = "mentor_id")
    String mentorId;
    @Column(name = "proposed_on")
    LocalDate proposedOn;
    @Column(name = "status")
    String status;
    @Column(name = "order_number")
    String orderNumber;
    @Column(name = "order_date")
    LocalDate orderDate;
    @Column(name = "activated_on")
    LocalDate activatedOn;
    @Column(name = "ended_on")
    LocalDate endedOn;
    @Column(name = "outcome")
    String outcome;
    @Column(name = "end_reason")
    String endReason;
    @Column(name = "reassigned_from")
    String reassignedFrom;
    @Column(name = "places_taken")
    int placesTaken;
    @Column(name = "version", updatable = false)
    long version;

    @ElementCollection
    @CollectionTable(name = "mentorship_membership", joinColumns = @JoinColumn(name = "mentorship_id"))
    @OrderColumn(name = "position")
    List<MembershipRow> memberships = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "mentorship_meeting", joinColumns = @JoinColumn(name = "mentorship_id"))
    @OrderColumn(name = "position")
    List<MeetingRow> meetings = new ArrayList<>();

    @OneToMany(mappedBy = "mentorship", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<FeedbackEntity> feedback = new ArrayList<>();

    protected MentorshipEntity() {
    }

    MentorshipEntity(String id) {
        this.id = id;
    }

    void update(Mentorship mentorship) {
        programId = mentorship.program().value();
        mentorId = mentorship.mentor().value();
        proposedOn = mentorship.proposedOn();
        status = mentorship.status().name();
        orderNumber = mentorship.order().map(ApprovalOrder::number).orElse(null);
        orderDate = mentorship.order().map(ApprovalOrder::date).orElse(null);
        activatedOn = mentorship.activatedOn().orElse(null);
        endedOn = mentorship.endedOn().orElse(null);
        outcome = mentorship.outcome().map(Enum::name).orElse(null);
        endReason = mentorship.endReason().orElse(null);
        reassignedFrom = mentorship.reassignedFrom().map(MentorshipId::value).orElse(null);
        placesTaken = mentorship.load();
        boolean holdsCapacity = mentorship.status().holdsCapacity();
        Lists.replace(memberships, mentorship.memberships().stream().map(m -> new MembershipRow(m.mentee().value(),
                m.from(), m.until().orElse(null), m.leftBecause().orElse(null),
                holdsCapacity && m.isCurrent() ? programId : null)).toList());
        Lists.replace(meetings, mentorship.meetings().stream()
                .map(m -> new MeetingRow(m.type().name(), m.on(), m.summary())).toList());
        List<?> answers = mentorship.feedback();
        while (feedback.size() > answers.size()) {
            feedback.remove(feedback.size() - 1);
        }
        for (int i = feedback.size(); i < answers.size(); i++) {
            feedback.add(new FeedbackEntity(this, i, mentorship.feedback().get(i)));
        }
    }

    Mentorship toDomain() {
        List<Membership> membershipList = memberships.stream().map(m -> new Membership(PersonId.of(m.menteeId()),
                m.joinedOn(), Optional.ofNullable(m.leftOn()), Optional.ofNullable(m.leftBecause()))).toList();
        return Mentorship.restore(MentorshipId.of(id), ProgramId.of(programId), PersonId.of(mentorId), proposedOn,
                MentorshipStatus.valueOf(status), membershipList,
                Optional.ofNullable(orderNumber).map(number -> ApprovalOrder.of(number, orderDate)),
                Optional.ofNullable(activatedOn), Optional.ofNullable(endedOn),
                Optional.ofNullable(outcome).map(CompletionOutcome::valueOf), Optional.ofNullable(endReason),
                Optional.ofNullable(reassignedFrom).map(MentorshipId::of),
                meetings.stream().map(m -> new Meeting(MeetingType.valueOf(m.type()), m.heldOn(), m.summary())).toList(),
                feedback.stream().map(FeedbackEntity::toDomain).toList(), version);
    }
}
