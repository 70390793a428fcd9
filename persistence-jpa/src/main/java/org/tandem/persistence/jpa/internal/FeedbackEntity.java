package org.tandem.persistence.jpa.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.tandem.core.mentorship.Feedback;
import org.tandem.core.mentorship.FeedbackRole;
import org.tandem.core.mentorship.FeedbackStage;
import org.tandem.core.shared.PersonId;

/** A filled-in feedback questionnaire; an entity of its own because its ratings are a table below it. */
@Entity
@Table(name = "mentorship_feedback")
public class FeedbackEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mentorship_id")
    MentorshipEntity mentorship;
    @Column(name = "position")
    int position;
    @Column(name = "respondent_id")
    String respondentId;
    @Column(name = "role")
    String role;
    @Column(name = "stage")
    String stage;
    @Column(name = "given_on")
    LocalDate givenOn;
    @Column(name = "comment")
    String comment;

    @ElementCollection
    @CollectionTable(name = "mentorship_feedback_rating", joinColumns = @JoinColumn(name = "feedback_id"))
    @MapKeyColumn(name = "question")
    @Column(name = "rating")
    Map<String, Integer> ratings = new LinkedHashMap<>();

    protected FeedbackEntity() {
    }

    FeedbackEntity(MentorshipEntity mentorship, int position, Feedback feedback) {
        this.mentorship = mentorship;
        this.position = position;
        respondentId = feedback.respondent().value();
        role = feedback.role().name();
        stage = feedback.stage().name();
        givenOn = feedback.on();
        comment = feedback.comment();
        ratings.putAll(feedback.ratings());
    }

    Feedback toDomain() {
        return new Feedback(PersonId.of(respondentId), FeedbackRole.valueOf(role), FeedbackStage.valueOf(stage), givenOn,
                ratings, comment);
    }
}
