package org.tandem.core.program.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.tandem.core.access.AccessTarget;
import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.people.People;
import org.tandem.core.people.Role;
import org.tandem.core.program.MentoringForm;
import org.tandem.core.program.MentoringKind;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

/** Opens a mentoring program of an organization with its curator. */
public final class OpeningProgram {

    public record Command(@NotNull(message = "{tandem.required}") ProgramId program,
                          @NotNull(message = "{tandem.required}") OrganizationId organization,
                          @NotBlank(message = "{tandem.notBlank}") String title,
                          @NotNull(message = "{tandem.required}") MentoringForm form,
                          @NotEmpty(message = "{tandem.required}") Set<MentoringKind> kinds,
                          @NotNull(message = "{tandem.required}") LocalDate start,
                          @NotNull(message = "{tandem.required}") LocalDate end,
                          @NotNull(message = "{tandem.required}") PersonId curator,
                          @NotNull(message = "{tandem.required}") Set<OrganizationId> participatingOrganizations) {
    }

    private final CommandContext context;
    private final Programs programs;
    private final People people;

    public OpeningProgram(CommandContext context, Programs programs, People people) {
        this.context = Objects.requireNonNull(context, "context");
        this.programs = Objects.requireNonNull(programs, "programs");
        this.people = Objects.requireNonNull(people, "people");
    }

    public Result<MentoringProgram> open(Actor actor, Command command) {
        context.valid(command);
        var refusal = context.deny(actor, Action.OPEN_PROGRAM, AccessTarget.organization(command.organization()));
        if (refusal.isPresent()) {
            return Result.refused(refusal.get());
        }
        if (command.end().isBefore(command.start())) {
            return Result.refused(RefusalReason.DATES_OUT_OF_ORDER,
                    "Программа не может закончиться раньше, чем начнётся.",
                    "A program cannot end before it starts.");
        }
        if (!people.require(command.curator()).hasRole(Role.CURATOR, command.organization())) {
            return Result.refused(RefusalReason.NOT_QUALIFIED,
                    "Куратором программы назначают куратора этой организации.",
                    "The program's curator must be a curator of this organization.");
        }
        if (programs.find(command.program()).isPresent()) {
            throw new DomainRuleException("Программа наставничества «" + command.program() + "» уже есть.",
                    "program " + command.program() + " already exists");
        }
        MentoringProgram program = new MentoringProgram(command.program(), command.organization(), command.title(),
                command.form(), command.kinds(), DateRange.of(command.start(), command.end()), command.curator(),
                command.participatingOrganizations());
        programs.save(program);
        context.publish(EventType.PROGRAM_OPENED, actor, "MentoringProgram", program.id(), Map.of(
                "organization", program.organization().value(), "form", program.form().code(),
                "start", command.start().toString(), "end", command.end().toString()));
        return Result.ok(program);
    }
}
