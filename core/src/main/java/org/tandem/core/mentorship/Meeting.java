package org.tandem.core.mentorship;

import java.time.LocalDate;
import java.util.Objects;

/** A meeting of mentor and mentees. */
public record Meeting(MeetingType type, LocalDate on, String summary) {

    public Meeting {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(on, "on");
        summary = summary == null ? "" : summary.strip();
    }
}
