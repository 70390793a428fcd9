package org.tandem.core.program;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.tandem.core.people.MenteeCategory;
import org.tandem.core.people.MentorCategory;
import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.LocalizedText;

/**
 * A form of mentoring (форма наставничества) and which mentors and mentees it is for. The list is open:
 * the constants are the forms of the target model, and {@link #custom} makes an organization's own.
 */
public record MentoringForm(String code, LocalizedText name, Set<MentorCategory> mentorCategories,
                            Set<MenteeCategory> menteeCategories) {

    public static final MentoringForm PUPIL_PUPIL = new MentoringForm("pupil-pupil",
            LocalizedText.of("ученик – ученик", "pupil–pupil"),
            EnumSet.of(MentorCategory.PUPIL_MENTOR), EnumSet.of(MenteeCategory.PUPIL));
    public static final MentoringForm TEACHER_TEACHER = new MentoringForm("teacher-teacher",
            LocalizedText.of("учитель – учитель", "teacher–teacher"),
            EnumSet.of(MentorCategory.TEACHER, MentorCategory.EXTERNAL_MENTOR),
            EnumSet.of(MenteeCategory.YOUNG_TEACHER, MenteeCategory.TEACHER_NEW_TO_POST));
    public static final MentoringForm STUDENT_PUPIL = new MentoringForm("student-pupil",
            LocalizedText.of("студент – ученик", "student–pupil"),
            EnumSet.of(MentorCategory.STUDENT_MENTOR), EnumSet.of(MenteeCategory.PUPIL));
    public static final MentoringForm EMPLOYER_PUPIL = new MentoringForm("employer-pupil",
            LocalizedText.of("работодатель – ученик", "employer–pupil"),
            EnumSet.of(MentorCategory.EMPLOYER_REPRESENTATIVE), EnumSet.of(MenteeCategory.PUPIL));
    public static final MentoringForm EMPLOYER_STUDENT = new MentoringForm("employer-student",
            LocalizedText.of("работодатель – студент", "employer–student"),
            EnumSet.of(MentorCategory.EMPLOYER_REPRESENTATIVE), EnumSet.of(MenteeCategory.STUDENT));
    public static final MentoringForm HEAD_TEACHER = new MentoringForm("head-teacher",
            LocalizedText.of("руководитель – педагог", "head–teacher"),
            EnumSet.of(MentorCategory.TEACHER),
            EnumSet.of(MenteeCategory.YOUNG_TEACHER, MenteeCategory.TEACHER_NEW_TO_POST));

    public MentoringForm {
        if (code == null || code.isBlank()) {
            throw new DomainRuleException("У формы наставничества должен быть код.", "a mentoring form needs a code");
        }
        Objects.requireNonNull(name, "name");
        if (mentorCategories == null || mentorCategories.isEmpty() || menteeCategories == null
                || menteeCategories.isEmpty()) {
            throw new DomainRuleException("В форме наставничества «" + code
                    + "» должны быть указаны хотя бы одна категория наставников и одна категория наставляемых.",
                    "mentoring form " + code + " names at least one mentor and one mentee category");
        }
        mentorCategories = Set.copyOf(mentorCategories);
        menteeCategories = Set.copyOf(menteeCategories);
    }

    /** An organization's own form. */
    public static MentoringForm custom(String code, LocalizedText name, Set<MentorCategory> mentors,
                                       Set<MenteeCategory> mentees) {
        return new MentoringForm(code, name, mentors, mentees);
    }

    public boolean fits(MentorCategory mentor, MenteeCategory mentee) {
        return mentorCategories.contains(mentor) && menteeCategories.contains(mentee);
    }
}
