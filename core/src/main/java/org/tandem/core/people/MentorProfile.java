package org.tandem.core.people;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tandem.core.shared.DomainRuleException;

/**
 * What a mentor's questionnaire says.
 *
 * @param category                 who the mentor is
 * @param competencies             competencies from the same catalog as deficits
 * @param subjects                 subjects the mentor teaches or knows
 * @param careerStart              when the mentor began teaching or working; experience is computed from it
 * @param capacity                 how many mentees the mentor is willing to take at once
 * @param trainingCompleted        whether the mentor completed mentor training («школа наставников»)
 * @param willingToMentorElsewhere whether the mentor would mentor in another organization (network mentoring)
 * @param preferredFormat          how the mentor prefers to meet
 * @param availableDays            days the mentor can meet
 * @param achievements             achievements and interests, in the mentor's words
 */
public record MentorProfile(MentorCategory category, Set<Competency> competencies, Set<String> subjects,
                            LocalDate careerStart, int capacity, boolean trainingCompleted,
                            boolean willingToMentorElsewhere, MeetingFormat preferredFormat,
                            Set<DayOfWeek> availableDays, List<String> achievements) {

    public MentorProfile {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(careerStart, "careerStart");
        Objects.requireNonNull(preferredFormat, "preferredFormat");
        if (capacity < 0) {
            throw new DomainRuleException("Число наставляемых, которых готов взять наставник, не может быть"
                    + " отрицательным: указано " + capacity + ".",
                    "a mentor's capacity must not be negative, was " + capacity);
        }
        competencies = Set.copyOf(competencies);
        subjects = Set.copyOf(subjects);
        availableDays = Set.copyOf(availableDays);
        achievements = List.copyOf(achievements);
    }

    /** Full years of experience on {@code day}. */
    public int experienceYears(LocalDate day) {
        return day.isBefore(careerStart) ? 0 : Period.between(careerStart, day).getYears();
    }
}
