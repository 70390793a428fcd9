package org.tandem.persistence.jpa.internal;

import java.time.Period;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.organization.Organization;
import org.tandem.core.organization.OrganizationType;
import org.tandem.core.organization.PartnerKind;
import org.tandem.core.shared.OrganizationId;

@Entity
@Table(name = "organization")
public class OrganizationEntity {

    @Id
    @Column(name = "id")
    String id;
    @Column(name = "name")
    String name;
    @Column(name = "type")
    String type;
    @Column(name = "parent_id")
    String parentId;
    @Column(name = "partner_kind")
    String partnerKind;
    @Column(name = "young_teacher_max_age")
    int youngTeacherMaxAge;
    @Column(name = "young_teacher_max_teaching_years")
    int youngTeacherMaxTeachingYears;
    @Column(name = "min_mentor_experience_years")
    int minMentorExperienceYears;
    @Column(name = "max_mentees_per_mentor")
    int maxMenteesPerMentor;
    @Column(name = "min_program_duration")
    String minProgramDuration;
    @Column(name = "max_program_duration")
    String maxProgramDuration;
    @Column(name = "days_to_first_meeting")
    int daysToFirstMeeting;
    @Column(name = "days_to_personalized_program")
    int daysToPersonalizedProgram;
    @Column(name = "mentor_training_required")
    boolean mentorTrainingRequired;
    @Version
    @Column(name = "version")
    long version;

    protected OrganizationEntity() {
    }

    OrganizationEntity(String id) {
        this.id = id;
    }

    void update(Organization organization) {
        name = organization.name();
        type = organization.type().name();
        parentId = organization.parent().map(OrganizationId::value).orElse(null);
        partnerKind = organization.partnerKind().map(PartnerKind::name).orElse(null);
        MentoringPolicy policy = organization.policy();
        youngTeacherMaxAge = policy.youngTeacherMaxAge();
        youngTeacherMaxTeachingYears = policy.youngTeacherMaxTeachingYears();
        minMentorExperienceYears = policy.minMentorExperienceYears();
        maxMenteesPerMentor = policy.maxMenteesPerMentor();
        minProgramDuration = policy.minProgramDuration().toString();
        maxProgramDuration = policy.maxProgramDuration().toString();
        daysToFirstMeeting = policy.daysToFirstMeeting();
        daysToPersonalizedProgram = policy.daysToPersonalizedProgram();
        mentorTrainingRequired = policy.mentorTrainingRequired();
    }

    Organization toDomain() {
        MentoringPolicy policy = new MentoringPolicy(youngTeacherMaxAge, youngTeacherMaxTeachingYears,
                minMentorExperienceYears, maxMenteesPerMentor, Period.parse(minProgramDuration),
                Period.parse(maxProgramDuration), daysToFirstMeeting, daysToPersonalizedProgram,
                mentorTrainingRequired);
        return new Organization(OrganizationId.of(id), name, OrganizationType.valueOf(type),
                Optional.ofNullable(parentId).map(OrganizationId::of),
                Optional.ofNullable(partnerKind).map(PartnerKind::valueOf), policy);
    }
}
