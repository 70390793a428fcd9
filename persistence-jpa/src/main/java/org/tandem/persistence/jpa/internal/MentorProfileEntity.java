package org.tandem.persistence.jpa.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.tandem.core.people.Competency;
import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MentorCategory;
import org.tandem.core.people.MentorProfile;
import org.tandem.persistence.jpa.internal.Rows.CompetencyRow;

@Entity
@Table(name = "mentor_profile")
public class MentorProfileEntity {

    @Id
    @Column(name = "person_id")
    String personId;
    @MapsId
    @OneToOne
    @JoinColumn(name = "person_id")
    PersonEntity person;
    @Column(name = "category")
    String category;
    @Column(name = "career_start")
    LocalDate careerStart;
    @Column(name = "capacity")
    int capacity;
    @Column(name = "training_completed")
    boolean trainingCompleted;
    @Column(name = "willing_to_mentor_elsewhere")
    boolean willingToMentorElsewhere;
    @Column(name = "preferred_format")
    String preferredFormat;

    @ElementCollection
    @CollectionTable(name = "mentor_competency", joinColumns = @JoinColumn(name = "person_id"))
    Set<CompetencyRow> competencies = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "mentor_subject", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "subject")
    Set<String> subjects = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "mentor_day", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "week_day")
    Set<String> days = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "mentor_achievement", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "achievement")
    List<String> achievements = new ArrayList<>();

    protected MentorProfileEntity() {
    }

    MentorProfileEntity(PersonEntity person) {
        this.person = person;
        this.personId = person.id;
    }

    void update(MentorProfile profile) {
        category = profile.category().name();
        careerStart = profile.careerStart();
        capacity = profile.capacity();
        trainingCompleted = profile.trainingCompleted();
        willingToMentorElsewhere = profile.willingToMentorElsewhere();
        preferredFormat = profile.preferredFormat().name();
        Sets.replace(competencies, profile.competencies().stream().map(c -> new CompetencyRow(c.code(), c.name()))
                .collect(Collectors.toSet()));
        Sets.replace(subjects, profile.subjects());
        Sets.replace(days, profile.availableDays().stream().map(DayOfWeek::name).collect(Collectors.toSet()));
        Lists.replace(achievements, profile.achievements());
    }

    MentorProfile toDomain() {
        return new MentorProfile(MentorCategory.valueOf(category),
                competencies.stream().map(c -> Competency.of(c.code(), c.name())).collect(Collectors.toSet()),
                subjects, careerStart, capacity, trainingCompleted, willingToMentorElsewhere,
                MeetingFormat.valueOf(preferredFormat),
                days.stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()), achievements);
    }
}
