package org.tandem.core.mentorship.application;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.mentorship.Meeting;
import org.tandem.core.mentorship.MeetingType;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.MentorshipStatus;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.Result;

/** Records a meeting of a pair or group; the first, organizational one makes the mentorship active. */
public final class RecordingMeeting {

    public record Command(@NotNull(message = "{tandem.required}") MentorshipId mentorship,
                          @NotNull(message = "{tandem.required}") MeetingType type,
                          @NotNull(message = "{tandem.required}") LocalDate on,
                          @Size(max = 4000, message = "{tandem.maxLength}") String summary) {
    }

    private final MentorshipCommands commands;

    public RecordingMeeting(CommandContext context, Programs programs, Mentorships mentorships) {
        this.commands = new MentorshipCommands(context, programs, mentorships);
    }

    public Result<Meeting> record(Actor actor, Command command) {
        commands.context.valid(command);
        return commands.onMentorship(actor, Action.RECORD_MEETING, command.mentorship(),
                mentorship -> record(actor, command, mentorship));
    }

    private Result<Meeting> record(Actor actor, Command command, Mentorship mentorship) {
        boolean wasApproved = mentorship.status() == MentorshipStatus.APPROVED;
        return mentorship.recordMeeting(new Meeting(command.type(), command.on(), command.summary())).map(meeting -> {
            commands.save(actor, EventType.MEETING_RECORDED, mentorship, Map.of(
                    "type", meeting.type().name(), "on", meeting.on().toString()));
            if (wasApproved) {
                commands.context.publish(EventType.MENTORSHIP_ACTIVATED, actor, "Mentorship", mentorship.id(),
                        Map.of("activatedOn", meeting.on().toString()));
            }
            return meeting;
        });
    }
}
