package org.tandem.core.mentorship.application;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.tandem.core.access.AccessTarget;
import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.Refusal;
import org.tandem.core.shared.Result;

/** What the mentorship use cases share: loading a mentorship with its program, asking access, saving with an event. */
final class MentorshipCommands {

    final CommandContext context;
    final Programs programs;
    final Mentorships mentorships;

    MentorshipCommands(CommandContext context, Programs programs, Mentorships mentorships) {
        this.context = Objects.requireNonNull(context, "context");
        this.programs = Objects.requireNonNull(programs, "programs");
        this.mentorships = Objects.requireNonNull(mentorships, "mentorships");
    }

    Mentorship load(MentorshipId id) {
        return mentorships.require(id);
    }

    MentoringProgram programOf(Mentorship mentorship) {
        return programs.require(mentorship.program());
    }

    Optional<Refusal> deny(Actor actor, Action action, Mentorship mentorship) {
        return context.deny(actor, action, AccessTarget.mentorship(programOf(mentorship).organization(),
                mentorship.mentor(), mentorship.currentMentees()));
    }

    /** Loads the mentorship, asks whether {@code actor} may do {@code action} on it, and only then runs {@code step}. */
    <T> Result<T> onMentorship(Actor actor, Action action, MentorshipId id, Function<Mentorship, Result<T>> step) {
        Mentorship mentorship = load(id);
        Optional<Refusal> refusal = deny(actor, action, mentorship);
        return refusal.isPresent() ? Result.refused(refusal.get()) : step.apply(mentorship);
    }

    void save(Actor actor, EventType type, Mentorship mentorship, Map<String, String> change) {
        mentorships.save(mentorship);
        context.publish(type, actor, "Mentorship", mentorship.id(), change);
    }
}
