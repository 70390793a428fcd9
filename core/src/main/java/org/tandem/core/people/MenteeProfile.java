package org.tandem.core.people;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.tandem.core.shared.DomainRuleException;

/**
 * What a mentee's questionnaire says.
 *
 * @param category       who the mentee is
 * @param subjects       subjects taught or studied
 * @param requests       what the mentee asks for, in the mentee's words
 * @param deficits       professional deficits from the catalog
 * @param preferredFormat how the mentee prefers to meet
 * @param availableDays  days the mentee can meet
 * @param teachingStart  when a teacher began teaching; needed to tell a young teacher
 * @param observations   notes of third parties (head, school psychologist)
 */
public record MenteeProfile(MenteeCategory category, Set<String> subjects, List<String> requests,
                            Set<Competency> deficits, MeetingFormat preferredFormat, Set<DayOfWeek> availableDays,
                            Optional<LocalDate> teachingStart, List<String> observations) {

    public MenteeProfile {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(preferredFormat, "preferredFormat");
        Objects.requireNonNull(teachingStart, "teachingStart");
        subjects = Set.copyOf(subjects);
        requests = List.copyOf(requests);
        deficits = Set.copyOf(deficits);
        availableDays = Set.copyOf(availableDays);
        observations = List.copyOf(observations);
        if ((category == MenteeCategory.YOUNG_TEACHER || category == MenteeCategory.TEACHER_NEW_TO_POST)
                && teachingStart.isEmpty()) {
            throw new DomainRuleException("В анкете педагога нужно указать дату начала педагогической работы.",
                    "a teacher's questionnaire gives the date teaching began");
        }
    }
}
