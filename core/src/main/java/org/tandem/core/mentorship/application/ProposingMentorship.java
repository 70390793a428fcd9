package org.tandem.core.mentorship.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.tandem.core.access.AccessTarget;
import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.PairingRules;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;
import org.tandem.core.shared.Result;

/** Proposes a pair or group in a program; the pairing rules must hold. Matching proposals come through here too. */
public final class ProposingMentorship {

    public record Command(@NotNull(message = "{tandem.required}") MentorshipId mentorship,
                          @NotNull(message = "{tandem.required}") ProgramId program,
                          @NotNull(message = "{tandem.required}") PersonId mentor,
                          @NotEmpty(message = "{tandem.required}") Set<@NotNull(message = "{tandem.required}") PersonId> mentees,
                          @NotNull(message = "{tandem.required}") LocalDate on) {
    }

    private final MentorshipCommands commands;
    private final PairingRules rules;

    public ProposingMentorship(CommandContext context, Programs programs, Mentorships mentorships, PairingRules rules) {
        this.commands = new MentorshipCommands(context, programs, mentorships);
        this.rules = rules;
    }

    public Result<Mentorship> propose(Actor actor, Command command) {
        commands.context.valid(command);
        MentoringProgram program = commands.programs.require(command.program());
        var refusal = commands.context.deny(actor, Action.PROPOSE_MENTORSHIP,
                AccessTarget.organization(program.organization()));
        if (refusal.isPresent()) {
            return Result.refused(refusal.get());
        }
        if (commands.mentorships.find(command.mentorship()).isPresent()) {
            throw new DomainRuleException("Пара или группа «" + command.mentorship() + "» уже есть.",
                    "mentorship " + command.mentorship() + " already exists");
        }
        return rules.check(program, command.mentor(), command.mentees(), command.on(), Optional.empty())
                .map(clearance -> {
                    Mentorship mentorship = Mentorship.propose(command.mentorship(), program.id(), command.mentor(),
                            command.mentees(), command.on(), clearance);
                    commands.save(actor, EventType.MENTORSHIP_PROPOSED, mentorship, Map.of(
                            "program", program.id().value(), "mentor", command.mentor().value(),
                            "mentees", command.mentees().stream().map(PersonId::value).sorted()
                                    .collect(Collectors.joining(","))));
                    return mentorship;
                });
    }
}
