package org.tandem.matching.testkit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

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
import org.tandem.matching.MatchingProblem;
import org.tandem.matching.NetworkAccess;

/**
 * Seeded mentor and mentee bases of young teachers and teacher mentors, spread over organizations of which each
 * reaches all others but one (so about 10% of pairs cross a missing network agreement). With faults, a few people
 * also break other hard rules: withdrawn consent, a pupil in a teacher program, a mentor with too little
 * experience. The same seed always gives the same people. For tests and benchmarks; needs no test library.
 */
public final class SampleBases {

    /** The day every sample is taken on. */
    public static final LocalDate DAY = LocalDate.of(2024, 10, 1);
    private static final String[] SUBJECTS = {"математика", "физика", "русский язык", "литература", "история",
        "биология", "химия", "информатика", "английский язык", "география"};

    private SampleBases() {
    }

    /**
     * A generated base with everything a {@link MatchingProblem} needs.
     *
     * @param program the teacher–teacher group program of organization {@code org-0}, with all others participating
     * @param policy  the default policy with the sample's capacity as maximum
     * @param on      {@link #DAY}
     * @param mentors the mentor base
     * @param mentees the mentee base
     * @param access  each organization reaches every other but the next one
     */
    public record Base(MentoringProgram program, MentoringPolicy policy, LocalDate on, List<Person> mentors,
                       List<Person> mentees, NetworkAccess access) {

        public Base {
            mentors = List.copyOf(mentors);
            mentees = List.copyOf(mentees);
        }

        /** A builder with both bases (no current load) and the network access; add settings and build. */
        public MatchingProblem.Builder builder() {
            MatchingProblem.Builder builder = MatchingProblem.builder(program, policy, on).networkAccess(access);
            mentors.forEach(mentor -> builder.mentor(mentor, 0));
            mentees.forEach(builder::mentee);
            return builder;
        }
    }

    /**
     * Generates a base.
     *
     * @param seed          the seed
     * @param menteeCount   how many mentees
     * @param mentorCount   how many mentors
     * @param capacity      every mentor's capacity, also the policy's maximum
     * @param organizations how many organizations, at least 1
     * @param faults        whether about 5% of people break a person-level hard rule
     */
    public static Base generate(long seed, int menteeCount, int mentorCount, int capacity, int organizations,
                                boolean faults) {
        if (organizations < 1) {
            throw new IllegalArgumentException("at least one organization, was " + organizations);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<OrganizationId> orgs = new ArrayList<>();
        for (int k = 0; k < organizations; k++) {
            orgs.add(OrganizationId.of("org-" + k));
        }
        MentoringProgram program = new MentoringProgram(ProgramId.of("sample-program"), orgs.get(0),
                "Учитель – учитель", MentoringForm.TEACHER_TEACHER,
                EnumSet.of(MentoringKind.INDIVIDUAL, MentoringKind.GROUP), DateRange.academicYear(2024),
                PersonId.of("sample-curator"), Set.copyOf(orgs.subList(1, orgs.size())));
        MentoringPolicy policy = MentoringPolicy.defaults().withMaxMenteesPerMentor(Math.max(1, capacity));
        List<Competency> catalog = CompetencyCatalog.teacherDefaults().entries();
        List<Person> mentors = new ArrayList<>(mentorCount);
        for (int j = 0; j < mentorCount; j++) {
            Person person = Person.register(PersonId.of(String.format("mentor-%05d", j)), "Наставник " + j,
                    LocalDate.of(1960 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            enter(person, Role.MENTOR, orgs.get(random.nextInt(organizations)));
            int fault = faults ? random.nextInt(40) : -1;
            LocalDate careerStart = fault == 0 ? LocalDate.of(2022, 9, 1)
                    : LocalDate.of(1990 + random.nextInt(29), 9, 1);
            person.describeAsMentor(new MentorProfile(MentorCategory.TEACHER, pick(catalog, 2 + random.nextInt(4), random),
                    Set.copyOf(pickSubjects(1 + random.nextInt(2), random)), careerStart, capacity,
                    random.nextBoolean(), true, format(random), days(random), List.of()));
            if (fault == 1) {
                person.withdrawConsent(ConsentPurpose.MENTORING, DAY.minusDays(1));
            }
            mentors.add(person);
        }
        List<Person> mentees = new ArrayList<>(menteeCount);
        for (int i = 0; i < menteeCount; i++) {
            Person person = Person.register(PersonId.of(String.format("mentee-%05d", i)), "Наставляемый " + i,
                    LocalDate.of(1995 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            enter(person, Role.MENTEE, orgs.get(random.nextInt(organizations)));
            int fault = faults ? random.nextInt(40) : -1;
            MenteeCategory category = fault == 0 ? MenteeCategory.STUDENT : MenteeCategory.YOUNG_TEACHER;
            person.describeAsMentee(new MenteeProfile(category, Set.copyOf(pickSubjects(1, random)), List.of(),
                    pick(catalog, 1 + random.nextInt(4), random), format(random), days(random),
                    java.util.Optional.of(LocalDate.of(2021 + random.nextInt(4), 9, 1)), List.of()));
            if (fault == 1) {
                person.withdrawConsent(ConsentPurpose.MENTORING, DAY.minusDays(1));
            }
            mentees.add(person);
        }
        NetworkAccess access = (a, b) -> {
            int x = orgs.indexOf(a);
            int y = orgs.indexOf(b);
            return x == y || organizations < 3 || y != (x + 1) % organizations;
        };
        return new Base(program, policy, DAY, mentors, mentees, access);
    }

    private static void enter(Person person, Role role, OrganizationId organization) {
        person.giveConsent(Consent.bySelf(ConsentPurpose.MENTORING, DAY.minusMonths(1)));
        person.assignRole(RoleAssignment.of(role, organization), DAY.minusMonths(1));
    }

    private static Set<Competency> pick(List<Competency> catalog, int count, SplittableRandom random) {
        Set<Competency> picked = new HashSet<>();
        while (picked.size() < Math.min(count, catalog.size())) {
            picked.add(catalog.get(random.nextInt(catalog.size())));
        }
        return picked;
    }

    private static List<String> pickSubjects(int count, SplittableRandom random) {
        List<String> picked = new ArrayList<>();
        while (picked.size() < count) {
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            if (!picked.contains(subject)) {
                picked.add(subject);
            }
        }
        return picked;
    }

    private static MeetingFormat format(SplittableRandom random) {
        return MeetingFormat.values()[random.nextInt(MeetingFormat.values().length)];
    }

    private static Set<DayOfWeek> days(SplittableRandom random) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        int count = 1 + random.nextInt(3);
        while (days.size() < count) {
            days.add(DayOfWeek.of(1 + random.nextInt(5)));
        }
        return days;
    }
}
