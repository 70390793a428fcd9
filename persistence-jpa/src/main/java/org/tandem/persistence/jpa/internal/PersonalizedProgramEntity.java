package org.tandem.persistence.jpa.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tandem.core.mentorship.Goal;
import org.tandem.core.mentorship.GoalAssessment;
import org.tandem.core.mentorship.PersonalizedProgram;
import org.tandem.core.mentorship.PlannedTask;
import org.tandem.core.people.Competency;
import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.PersonalizedProgramId;
import org.tandem.persistence.jpa.internal.Rows.GoalRow;
import org.tandem.persistence.jpa.internal.Rows.TaskRow;

@Entity
@Table(name = "personalized_program")
public class PersonalizedProgramEntity {

    @Id
    @Column(name = "id")
    String id;
    @Column(name = "mentorship_id")
    String mentorshipId;
    @Column(name = "period_start")
    LocalDate periodStart;
    @Column(name = "period_end")
    LocalDate periodEnd;
    @Column(name = "drafted_on")
    LocalDate draftedOn;
    @Version
    @Column(name = "version")
    long version;

    @ElementCollection
    @CollectionTable(name = "personalized_program_goal", joinColumns = @JoinColumn(name = "program_id"))
    @OrderColumn(name = "position")
    List<GoalRow> goals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "personalized_program_task", joinColumns = @JoinColumn(name = "program_id"))
    @OrderColumn(name = "position")
    List<TaskRow> tasks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "personalized_program_result", joinColumns = @JoinColumn(name = "program_id"))
    @OrderColumn(name = "position")
    @Column(name = "result")
    List<String> expectedResults = new ArrayList<>();

    protected PersonalizedProgramEntity() {
    }

    PersonalizedProgramEntity(String id) {
        this.id = id;
    }

    void update(PersonalizedProgram program) {
        mentorshipId = program.mentorship().value();
        periodStart = program.period().start();
        periodEnd = program.period().end();
        draftedOn = program.draftedOn();
        Lists.replace(goals, program.goals().stream().map(g -> new GoalRow(g.number(), g.description(),
                g.deficit().code(), g.deficit().name(), g.assessment().map(Enum::name).orElse(null))).toList());
        Lists.replace(tasks, program.tasks().stream().map(t -> new TaskRow(t.number(), t.title(), t.deadline(),
                t.responsible().value(), t.doneOn().orElse(null))).toList());
        Lists.replace(expectedResults, program.expectedResults());
    }

    PersonalizedProgram toDomain() {
        return PersonalizedProgram.restore(PersonalizedProgramId.of(id), MentorshipId.of(mentorshipId),
                DateRange.of(periodStart, periodEnd),
                goals.stream().map(g -> new Goal(g.number(), g.description(), Competency.of(g.deficitCode(), g.deficitName()),
                        Optional.ofNullable(g.assessment()).map(GoalAssessment::valueOf))).toList(),
                tasks.stream().map(t -> new PlannedTask(t.number(), t.title(), t.deadline(), PersonId.of(t.responsibleId()),
                        Optional.ofNullable(t.doneOn()))).toList(),
                expectedResults, draftedOn);
    }
}
