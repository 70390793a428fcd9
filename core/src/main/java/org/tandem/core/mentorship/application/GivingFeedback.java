package org.tandem.core.mentorship.application;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.mentorship.Feedback;
import org.tandem.core.mentorship.FeedbackRole;
import org.tandem.core.mentorship.FeedbackStage;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.Result;

/** Takes a feedback questionnaire from the acting mentor, mentee or curator. */
public final class GivingFeedback {

    public record Questionnaire(@NotNull(message = "{tandem.required}") MentorshipId mentorship,
                                @NotNull(message = "{tandem.required}") FeedbackRole role,
                                @NotNull(message = "{tandem.required}") FeedbackStage stage,
                                @NotNull(message = "{tandem.required}") LocalDate on,
                                @NotNull(message = "{tandem.required}") @Size(min = 1, max = 50, message = "{tandem.size}")
                                Map<@NotBlank(message = "{tandem.notBlank}") String,
                                        @NotNull(message = "{tandem.required}") @Min(value = 1, message = "{tandem.rating}")
                                        @Max(value = 5, message = "{tandem.max}") Integer> ratings,
                                @Size(max = 4000, message = "{tandem.maxLength}") String comment) {
    }

    private final MentorshipCommands commands;

    public GivingFeedback(CommandContext context, Programs programs, Mentorships mentorships) {
        this.commands = new MentorshipCommands(context, programs, mentorships);
    }

    public Result<Feedback> give(Actor actor, Questionnaire answers) {
        commands.context.valid(answers);
        return commands.onMentorship(actor, Action.GIVE_FEEDBACK, answers.mentorship(),
                mentorship -> give(actor, answers, mentorship));
    }

    private Result<Feedback> give(Actor actor, Questionnaire answers, Mentorship mentorship) {
        Feedback feedback = new Feedback(actor.person(), answers.role(), answers.stage(), answers.on(),
                answers.ratings(), answers.comment());
        return mentorship.addFeedback(feedback).map(given -> {
            commands.save(actor, EventType.FEEDBACK_GIVEN, mentorship, Map.of(
                    "role", given.role().name(), "stage", given.stage().name(),
                    "averageRating", String.format(java.util.Locale.ROOT, "%.2f", given.averageRating())));
            return given;
        });
    }
}
