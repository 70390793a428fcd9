package org.tandem.persistence.jpa.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tandem.core.people.MenteeCategory;
import org.tandem.core.people.MentorCategory;
import org.tandem.core.program.MentoringForm;
import org.tandem.core.program.MentoringKind;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.LocalizedText;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;

/** A program with its form stored whole (code, names, categories), so that an organization's own forms survive. */
@Entity
@Table(name = "program")
public class ProgramEntity {

    @Id
    @Column(name = "id")
    String id;
    @Column(name = "organization_id")
    String organizationId;
    @Column(name = "title")
    String title;
    @Column(name = "form_code")
    String formCode;
    @Column(name = "form_name_ru")
    String formNameRu;
    @Column(name = "form_name_en")
    String formNameEn;
    @Column(name = "period_start")
    LocalDate periodStart;
    @Column(name = "period_end")
    LocalDate periodEnd;
    @Column(name = "curator_id")
    String curatorId;
    @Version
    @Column(name = "version")
    long version;

    @ElementCollection
    @CollectionTable(name = "program_kind", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "kind")
    Set<String> kinds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "program_participant", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "organization_id")
    Set<String> participants = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "program_form_mentor_category", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "category")
    Set<String> mentorCategories = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "program_form_mentee_category", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "category")
    Set<String> menteeCategories = new LinkedHashSet<>();

    protected ProgramEntity() {
    }

    ProgramEntity(String id) {
        this.id = id;
    }

    void update(MentoringProgram program) {
        organizationId = program.organization().value();
        title = program.title();
        MentoringForm form = program.form();
        formCode = form.code();
        formNameRu = form.name().ru();
        formNameEn = form.name().en();
        periodStart = program.period().start();
        periodEnd = program.period().end();
        curatorId = program.curator().value();
        Sets.replace(kinds, program.kinds().stream().map(Enum::name).collect(Collectors.toSet()));
        Sets.replace(participants, program.participatingOrganizations().stream().map(OrganizationId::value)
                .collect(Collectors.toSet()));
        Sets.replace(mentorCategories, form.mentorCategories().stream().map(Enum::name).collect(Collectors.toSet()));
        Sets.replace(menteeCategories, form.menteeCategories().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    MentoringProgram toDomain() {
        MentoringForm form = new MentoringForm(formCode, LocalizedText.of(formNameRu, formNameEn),
                mentorCategories.stream().map(MentorCategory::valueOf).collect(Collectors.toSet()),
                menteeCategories.stream().map(MenteeCategory::valueOf).collect(Collectors.toSet()));
        return new MentoringProgram(ProgramId.of(id), OrganizationId.of(organizationId), title, form,
                kinds.stream().map(MentoringKind::valueOf).collect(Collectors.toSet()),
                DateRange.of(periodStart, periodEnd), PersonId.of(curatorId),
                participants.stream().map(OrganizationId::of).collect(Collectors.toSet()));
    }
}
