package org.tandem.persistence.jpa.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
import org.tandem.core.people.MenteeCategory;
import org.tandem.core.people.MenteeProfile;
import org.tandem.persistence.jpa.internal.Rows.CompetencyRow;

@Entity
@Table(name = "mentee_profile")
public class MenteeProfileEntity {

    @Id
    @Column(name = "person_id")
    String personId;
    @MapsId
    @OneToOne
    @JoinColumn(name = "person_id")
    PersonEntity person;
    @Column(name = "category")
    String category;
    @Column(name = "preferred_format")
    String preferredFormat;
    @Column(name = "teaching_start")
    LocalDate teachingStart;

    @ElementCollection
    @CollectionTable(name = "mentee_subject", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "subject")
    Set<String> subjects = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "mentee_request", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "request")
    List<String> requests = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "mentee_deficit", joinColumns = @JoinColumn(name = "person_id"))
    Set<CompetencyRow> deficits = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "mentee_day", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "week_day")
    Set<String> days = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "mentee_observation", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "observation")
    List<String> observations = new ArrayList<>();

    protected MenteeProfileEntity() {
    }

    MenteeProfileEntity(PersonEntity person) {
        this.person = person;
        this.personId = person.id;
    }

    void update(MenteeProfile profile) {
        category = profile.category().name();
        preferredFormat = profile.preferredFormat().name();
        teachingStart = profile.teachingStart().orElse(null);
        Sets.replace(subjects, profile.subjects());
        Lists.replace(requests, profile.requests());
        Sets.replace(deficits, profile.deficits().stream().map(c -> new CompetencyRow(c.code(), c.name()))
                .collect(Collectors.toSet()));
        Sets.replace(days, profile.availableDays().stream().map(DayOfWeek::name).collect(Collectors.toSet()));
        Lists.replace(observations, profile.observations());
    }

    MenteeProfile toDomain() {
        return new MenteeProfile(MenteeCategory.valueOf(category), subjects, requests,
                deficits.stream().map(c -> Competency.of(c.code(), c.name())).collect(Collectors.toSet()),
                MeetingFormat.valueOf(preferredFormat),
                days.stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                Optional.ofNullable(teachingStart), observations);
    }
}
