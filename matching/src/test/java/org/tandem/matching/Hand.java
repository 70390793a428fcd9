package org.tandem.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.people.Competency;
import org.tandem.core.people.CompetencyCatalog;
import org.tandem.core.people.Consent;
import org.tandem.core.people.ConsentPurpose;
import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MenteeCategory;
import org.tandem.core.people.MenteeProfile;
import org.tandem.core.people.MentorCategory;
import org.tandem.core.people.MentorProfile;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.people.RoleAssignment;
import org.tandem.core.program.MentoringForm;
import org.tandem.core.program.MentoringKind;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;

/** Hand-made people and a teacher–teacher program of school-1 (school-2 participating), on 1 October 2024. */
final class Hand {

    static final LocalDate DAY = LocalDate.of(2024, 10, 1);
    static final OrganizationId SCHOOL = OrganizationId.of("school-1");
    static final OrganizationId OTHER_SCHOOL = OrganizationId.of("school-2");
    static final MentoringPolicy POLICY = MentoringPolicy.defaults();
    private static final CompetencyCatalog CATALOG = CompetencyCatalog.teacherDefaults();

    private Hand() {
    }

    static MentoringProgram program() {
        return new MentoringProgram(ProgramId.of("program"), SCHOOL, "Учитель – учитель", MentoringForm.TEACHER_TEACHER,
                EnumSet.of(MentoringKind.INDIVIDUAL, MentoringKind.GROUP), DateRange.academicYear(2024),
                PersonId.of("curator"), Set.of(OTHER_SCHOOL));
    }

    static MatchingProblem.Builder problem() {
        return MatchingProblem.builder(program(), POLICY, DAY);
    }

    static PersonId id(String value) {
        return PersonId.of(value);
    }

    static Set<Competency> competencies(String... codes) {
        return Stream.of(codes).map(code -> CATALOG.find(code).orElseThrow()).collect(Collectors.toSet());
    }

    static Mentor mentor(String id) {
        return new Mentor(id);
    }

    static Mentee mentee(String id) {
        return new Mentee(id);
    }

    static final class Mentor {
        private final String id;
        private OrganizationId organization = SCHOOL;
        private MentorCategory category = MentorCategory.TEACHER;
        private Set<Competency> competencies = Hand.competencies("lesson-planning", "assessment");
        private Set<String> subjects = Set.of("математика");
        private LocalDate careerStart = LocalDate.of(2004, 9, 1);
        private int capacity = 3;
        private boolean training = true;
        private MeetingFormat format = MeetingFormat.IN_PERSON;
        private Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY);
        private boolean withdrawn;

        private Mentor(String id) {
            this.id = id;
        }

        Mentor in(OrganizationId value) {
            organization = value;
            return this;
        }

        Mentor category(MentorCategory value) {
            category = value;
            return this;
        }

        Mentor competencies(String... codes) {
            competencies = Hand.competencies(codes);
            return this;
        }

        Mentor subjects(String... values) {
            subjects = Set.of(values);
            return this;
        }

        Mentor careerStart(LocalDate value) {
            careerStart = value;
            return this;
        }

        Mentor capacity(int value) {
            capacity = value;
            return this;
        }

        Mentor untrained() {
            training = false;
            return this;
        }

        Mentor format(MeetingFormat value) {
            format = value;
            return this;
        }

        Mentor days(DayOfWeek... values) {
            days = Set.of(values);
            return this;
        }

        Mentor withdrawnConsent() {
            withdrawn = true;
            return this;
        }

        Person person() {
            Person person = Person.register(PersonId.of(id), "Наставник " + id, LocalDate.of(1975, 5, 5));
            person.giveConsent(Consent.bySelf(ConsentPurpose.MENTORING, DAY.minusMonths(1)));
            person.assignRole(RoleAssignment.of(Role.MENTOR, organization), DAY.minusMonths(1));
            person.describeAsMentor(new MentorProfile(category, competencies, subjects, careerStart, capacity, training,
                    true, format, days, List.of()));
            if (withdrawn) {
                person.withdrawConsent(ConsentPurpose.MENTORING, DAY.minusDays(1));
            }
            return person;
        }
    }

    static final class Mentee {
        private final String id;
        private OrganizationId organization = SCHOOL;
        private MenteeCategory category = MenteeCategory.YOUNG_TEACHER;
        private Set<Competency> deficits = Hand.competencies("lesson-planning", "assessment");
        private Set<String> subjects = Set.of("математика");
        private LocalDate teachingStart = LocalDate.of(2023, 9, 1);
        private MeetingFormat format = MeetingFormat.IN_PERSON;
        private Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY);
        private boolean withdrawn;

        private Mentee(String id) {
            this.id = id;
        }

        Mentee in(OrganizationId value) {
            organization = value;
            return this;
        }

        Mentee category(MenteeCategory value) {
            category = value;
            return this;
        }

        Mentee deficits(String... codes) {
            deficits = Hand.competencies(codes);
            return this;
        }

        Mentee subjects(String... values) {
            subjects = Set.of(values);
            return this;
        }

        Mentee teachingStart(LocalDate value) {
            teachingStart = value;
            return this;
        }

        Mentee format(MeetingFormat value) {
            format = value;
            return this;
        }

        Mentee days(DayOfWeek... values) {
            days = Set.of(values);
            return this;
        }

        Mentee withdrawnConsent() {
            withdrawn = true;
            return this;
        }

        Person person() {
            Person person = Person.register(PersonId.of(id), "Наставляемый " + id, LocalDate.of(2000, 3, 3));
            person.giveConsent(Consent.bySelf(ConsentPurpose.MENTORING, DAY.minusMonths(1)));
            person.assignRole(RoleAssignment.of(Role.MENTEE, organization), DAY.minusMonths(1));
            person.describeAsMentee(new MenteeProfile(category, subjects, List.of(), deficits, format, days,
                    Optional.of(teachingStart), List.of()));
            if (withdrawn) {
                person.withdrawConsent(ConsentPurpose.MENTORING, DAY.minusDays(1));
            }
            return person;
        }
    }
}
