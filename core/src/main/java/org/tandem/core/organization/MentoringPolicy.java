package org.tandem.core.organization;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.LocalizedText;

/**
 * The limits an organization applies to its mentoring. Every number is a per-organization setting;
 * {@link #defaults()} gives the values seen in school regulations.
 *
 * @param youngTeacherMaxAge               a young teacher is younger than this many years
 * @param youngTeacherMaxTeachingYears     ... and has taught for at most this many full years
 * @param minMentorExperienceYears         a mentor has taught or worked for at least this many years
 * @param maxMenteesPerMentor              a mentor has at most this many mentees at once, over all mentorships
 * @param minProgramDuration               a personalized program lasts at least this long
 * @param maxProgramDuration               ... and at most this long
 * @param daysToFirstMeeting               the first meeting takes place at most this many days after approval
 * @param daysToPersonalizedProgram        the personalized program is drafted at most this many days after approval
 * @param mentorTrainingRequired           a mentor must have completed mentor training ("school of mentors")
 */
public record MentoringPolicy(int youngTeacherMaxAge, int youngTeacherMaxTeachingYears, int minMentorExperienceYears,
                              int maxMenteesPerMentor, Period minProgramDuration, Period maxProgramDuration,
                              int daysToFirstMeeting, int daysToPersonalizedProgram, boolean mentorTrainingRequired) {

    public MentoringPolicy {
        requirePositive(youngTeacherMaxAge, "youngTeacherMaxAge", "Предельный возраст молодого педагога");
        requireNotNegative(youngTeacherMaxTeachingYears, "youngTeacherMaxTeachingYears",
                "Предельный педагогический стаж молодого педагога");
        requireNotNegative(minMentorExperienceYears, "minMentorExperienceYears", "Минимальный стаж наставника");
        requirePositive(maxMenteesPerMentor, "maxMenteesPerMentor",
                "Предел числа наставляемых у одного наставника");
        requirePositive(daysToFirstMeeting, "daysToFirstMeeting", "Срок до первой встречи пары (в днях)");
        requirePositive(daysToPersonalizedProgram, "daysToPersonalizedProgram",
                "Срок составления персонализированной программы (в днях)");
        Objects.requireNonNull(minProgramDuration, "minProgramDuration");
        Objects.requireNonNull(maxProgramDuration, "maxProgramDuration");
        if (minProgramDuration.isNegative() || minProgramDuration.isZero()) {
            throw new DomainRuleException("Наименьшая продолжительность программы должна быть больше нуля: указано "
                    + russian(minProgramDuration) + ".", "minProgramDuration must be positive, was " + minProgramDuration);
        }
        LocalDate probe = LocalDate.of(2000, 1, 1);
        if (probe.plus(maxProgramDuration).isBefore(probe.plus(minProgramDuration))) {
            throw new DomainRuleException("Наибольшая продолжительность программы (" + russian(maxProgramDuration)
                    + ") не может быть меньше наименьшей (" + russian(minProgramDuration) + ").",
                    "maxProgramDuration " + maxProgramDuration + " is shorter than minProgramDuration "
                            + minProgramDuration);
        }
    }

    /** Under 35, at most 3 years of teaching; mentors with 5 years; 3 mentees; 3 months to 1 year; 14 and 30 days. */
    public static MentoringPolicy defaults() {
        return new MentoringPolicy(35, 3, 5, 3, Period.ofMonths(3), Period.ofYears(1), 14, 30, false);
    }

    public MentoringPolicy withMaxMenteesPerMentor(int value) {
        return new MentoringPolicy(youngTeacherMaxAge, youngTeacherMaxTeachingYears, minMentorExperienceYears, value,
                minProgramDuration, maxProgramDuration, daysToFirstMeeting, daysToPersonalizedProgram,
                mentorTrainingRequired);
    }

    public MentoringPolicy withMentorTrainingRequired(boolean value) {
        return new MentoringPolicy(youngTeacherMaxAge, youngTeacherMaxTeachingYears, minMentorExperienceYears,
                maxMenteesPerMentor, minProgramDuration, maxProgramDuration, daysToFirstMeeting,
                daysToPersonalizedProgram, value);
    }

    public MentoringPolicy withYoungTeacherLimits(int maxAge, int maxTeachingYears) {
        return new MentoringPolicy(maxAge, maxTeachingYears, minMentorExperienceYears, maxMenteesPerMentor,
                minProgramDuration, maxProgramDuration, daysToFirstMeeting, daysToPersonalizedProgram,
                mentorTrainingRequired);
    }

    /**
     * Whether a teacher born on {@code birthDate} who began teaching on {@code teachingStart} counts as a
     * young teacher on {@code asOf}: younger than the age limit and at most the limit of full teaching years.
     */
    public boolean isYoungTeacher(LocalDate birthDate, LocalDate teachingStart, LocalDate asOf) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(teachingStart, "teachingStart");
        Objects.requireNonNull(asOf, "asOf");
        if (teachingStart.isAfter(asOf) || birthDate.isAfter(asOf)) {
            throw new DomainRuleException("Дата рождения и начало педагогической работы не могут быть позже " + LocalizedText.russian(asOf)
                    + ".", "birth and teaching start must not be after " + asOf);
        }
        int age = Period.between(birthDate, asOf).getYears();
        int teachingYears = Period.between(teachingStart, asOf).getYears();
        return age < youngTeacherMaxAge && teachingYears <= youngTeacherMaxTeachingYears;
    }

    /** Whether a personalized program from {@code start} to {@code end} lasts within the policy's bounds. */
    public boolean allowsProgramDuration(LocalDate start, LocalDate end) {
        return !end.isBefore(start.plus(minProgramDuration)) && !end.isAfter(start.plus(maxProgramDuration));
    }

    private static void requirePositive(int value, String name, String ru) {
        if (value <= 0) {
            throw new DomainRuleException(ru + " должен быть больше нуля: указано " + value + ".",
                    name + " must be positive, was " + value);
        }
    }

    private static void requireNotNegative(int value, String name, String ru) {
        if (value < 0) {
            throw new DomainRuleException(ru + " не может быть отрицательным: указано " + value + ".",
                    name + " must not be negative, was " + value);
        }
    }

    /** A duration as a Russian document writes it: «3 мес.», «1 г. 6 мес.», «14 дн.». */
    private static String russian(Period period) {
        Period p = period.normalized();
        StringBuilder text = new StringBuilder();
        if (p.getYears() != 0) {
            text.append(p.getYears()).append(" г.");
        }
        if (p.getMonths() != 0) {
            text.append(text.isEmpty() ? "" : " ").append(p.getMonths()).append(" мес.");
        }
        if (p.getDays() != 0 || text.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(p.getDays()).append(" дн.");
        }
        return text.toString();
    }
}
