package org.tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.tandem.core.people.Competency;
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
import org.tandem.core.shared.LocalizedText;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.matching.spi.HardRule;
import org.tandem.matching.criteria.BuiltInCriteria;
import org.tandem.matching.spi.Criterion;
import org.tandem.matching.testkit.SampleBases;

/** The built-in criteria are scored inline in the hot loop; that must not change a single score. */
class BuiltInScoringTest {

    /** A built-in criterion behind another class, so that the problem scores it through the interface. */
    private record Wrapped(Criterion delegate) implements Criterion {
        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public LocalizedText name() {
            return delegate.name();
        }

        @Override
        public double defaultWeight() {
            return delegate.defaultWeight();
        }

        @Override
        public double score(MentorView mentor, MenteeView mentee, MatchingContext context) {
            return delegate.score(mentor, mentee, context);
        }

        @Override
        public CriterionResult evaluate(MentorView mentor, MenteeView mentee, MatchingContext context) {
            return delegate.evaluate(mentor, mentee, context);
        }
    }

    /** A vendor rule: no pair whose ids end in the same digit. */
    private static final HardRule SAME_LAST_DIGIT = new HardRule() {
        @Override
        public String id() {
            return "test.same-last-digit";
        }

        @Override
        public boolean allows(MentorView mentor, MenteeView mentee, MatchingContext context) {
            String a = mentor.id().value();
            String b = mentee.id().value();
            return a.charAt(a.length() - 1) != b.charAt(b.length() - 1);
        }

        @Override
        public LocalizedText whyBlocked(MentorView mentor, MenteeView mentee, MatchingContext context) {
            return LocalizedText.of("одна последняя цифра", "same last digit");
        }
    };

    private static void assertSameScores(SampleBases.Base base, MatchingSettings settings) {
        assertSameScores(base, settings, List.of());
    }

    private static void assertSameScores(SampleBases.Base base, MatchingSettings settings, List<HardRule> rules) {
        MatchingProblem inline = base.builder().settings(settings).hardRules(rules).build();
        MatchingProblem viaInterface = base.builder().settings(settings).hardRules(rules)
                .criteria(BuiltInCriteria.all().stream().map(Wrapped::new).toList()).build();
        for (int i = 0; i < inline.menteeCount(); i++) {
            for (int j = 0; j < inline.mentorCount(); j++) {
                assertThat(Double.doubleToRawLongBits(inline.score(i, j))).as("pair %d, %d", i, j)
                        .isEqualTo(Double.doubleToRawLongBits(viaInterface.score(i, j)));
                assertThat(inline.isAllowed(i, j)).isEqualTo(viaInterface.isAllowed(i, j));
                // the row loop's own score decided the threshold: it agrees with the score asked for afterwards
                PersonPair pair = PersonPair.of(inline.mentor(j).id(), inline.mentee(i).id());
                double score = inline.score(i, j);
                if (!Double.isNaN(score) && !settings.excluded().contains(pair) && !settings.pinned().contains(pair)) {
                    assertThat(inline.isAllowed(i, j)).as("pair %d, %d at threshold", i, j)
                            .isEqualTo(score >= settings.knockOutThreshold());
                }
            }
        }
    }

    @Test
    void builtInCriteriaScoredInlineGiveTheSameScoresToTheLastBitAsThroughTheInterface() {
        SampleBases.Base base = SampleBases.generate(7, 300, 80, 3, 3, true);
        assertSameScores(base, MatchingSettings.defaults());
        assertSameScores(base, MatchingSettings.defaults().withWeight("subject", 0).withWeight("deficits", 5)
                .withKnockOutThreshold(0.3));
    }

    @Test
    void rankedPreferencesCountInlineToo() {
        SampleBases.Base base = SampleBases.generate(11, 40, 12, 2, 1, false);
        PersonId mentee = base.mentees().get(0).id();
        MatchingSettings settings = MatchingSettings.defaults().withPreferences(RankedPreferences.none()
                .withMentee(mentee, base.mentors().get(3).id(), base.mentors().get(1).id())
                .withMentor(base.mentors().get(2).id(), mentee, base.mentees().get(5).id()));
        assertSameScores(base, settings);
    }

    @Test
    void setsOfMoreThanSixtyFourCodesEmptyQuestionnaireAnswersAndSelfMentoringScoreTheSameInline() {
        SampleBases.Base sample = SampleBases.generate(3, 10, 4, 3, 1, false);
        SplittableRandom random = new SplittableRandom(17);
        List<Competency> catalog = new ArrayList<>();
        for (int k = 0; k < 150; k++) {
            catalog.add(Competency.of("code-" + k, "Компетенция " + k));
        }
        List<Person> mentors = new ArrayList<>();
        List<Person> mentees = new ArrayList<>();
        for (int j = 0; j < 40; j++) {
            Person mentor = person("mentor-" + j, Role.MENTOR);
            mentor.describeAsMentor(new MentorProfile(MentorCategory.TEACHER, some(catalog, random.nextInt(30), random),
                    subjects(random.nextInt(20), random), LocalDate.of(1985 + random.nextInt(40), 9, 1), 3,
                    true, true, MeetingFormat.values()[random.nextInt(3)], days(random), List.of()));
            mentors.add(mentor);
        }
        for (int i = 0; i < 120; i++) {
            Person mentee = person("mentee-" + i, Role.MENTEE);
            mentee.describeAsMentee(new MenteeProfile(MenteeCategory.YOUNG_TEACHER, subjects(random.nextInt(4), random),
                    List.of(), some(catalog, random.nextInt(6), random), MeetingFormat.values()[random.nextInt(3)],
                    days(random), Optional.of(LocalDate.of(2015 + random.nextInt(12), 9, 1)), List.of()));
            mentees.add(mentee);
        }
        // the same person in both bases: she may not mentor herself
        Person both = person("both", Role.MENTOR);
        both.assignRole(RoleAssignment.of(Role.MENTEE, sample.program().organization()), SampleBases.DAY.minusMonths(1));
        both.describeAsMentor(new MentorProfile(MentorCategory.TEACHER, some(catalog, 5, random), subjects(2, random),
                LocalDate.of(2000, 9, 1), 2, true, true, MeetingFormat.MIXED, days(random), List.of()));
        both.describeAsMentee(new MenteeProfile(MenteeCategory.YOUNG_TEACHER, subjects(1, random), List.of(),
                some(catalog, 3, random), MeetingFormat.MIXED, days(random), Optional.of(LocalDate.of(2023, 9, 1)),
                List.of()));
        mentors.add(both);
        mentees.add(both);
        SampleBases.Base wide = new SampleBases.Base(sample.program(), sample.policy(), sample.on(), mentors, mentees,
                sample.access());
        MatchingProblem problem = wide.builder().build();
        assertThat(problem.isAllowed(problem.menteeIndex(both.id()), problem.mentorIndex(both.id()))).isFalse();
        assertSameScores(wide, MatchingSettings.defaults());
        assertSameScores(wide, MatchingSettings.defaults().withWeight("experience", 0).withWeight("format", 0)
                .withWeight("schedule", 4));
    }

    @Test
    void vendorRulesExclusionsPinsAndBlockedPeopleGiveTheSameScoresAndPairsInline() {
        SampleBases.Base base = SampleBases.generate(23, 200, 60, 2, 4, true);
        MatchingSettings settings = MatchingSettings.defaults()
                .excluding(base.mentors().get(0).id(), base.mentees().get(0).id())
                .pinning(base.mentors().get(1).id(), base.mentees().get(1).id())
                .withKnockOutThreshold(0.25);
        assertSameScores(base, settings, List.of(SAME_LAST_DIGIT));
        assertSameScores(base, MatchingSettings.defaults().withWeight("deficits", 0).withWeight("subject", 0)
                .withWeight("experience", 0).withWeight("format", 0).withWeight("schedule", 0), List.of());
    }

    @Test
    void aScoreAskedForOutsideTheBasesIsRefusedRatherThanReadFromAnotherRow() {
        MatchingProblem problem = SampleBases.generate(5, 6, 4, 2, 1, false).builder().build();
        assertThatThrownBy(() -> problem.score(0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> problem.score(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> problem.score(6, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void mentorsOfSeveralOrNoOrganizationsPeopleWithoutQuestionnairesAndALargeParallelBuildScoreTheSameInline() {
        SampleBases.Base base = SampleBases.generate(29, 1_000, 200, 3, 3, true);
        OrganizationId first = OrganizationId.of("org-0");
        OrganizationId second = OrganizationId.of("org-1");
        OrganizationId third = OrganizationId.of("org-2");
        Person unanswered = person("mentee-without-questionnaire", Role.MENTEE);
        Person noQuestionnaireMentor = person("mentor-without-questionnaire", Role.MENTOR);
        java.util.function.Function<List<org.tandem.matching.spi.Criterion>, MatchingProblem> build = criteria -> {
            MatchingProblem.Builder builder = MatchingProblem.builder(base.program(), base.policy(), base.on())
                    .networkAccess(base.access()).criteria(criteria);
            for (int j = 0; j < base.mentors().size(); j++) {
                Person mentor = base.mentors().get(j);
                switch (j % 4) {
                    case 0 -> builder.mentor(mentor, Set.of(second, third), 3, 0);
                    case 1 -> builder.mentor(mentor, Set.of(), 3, 0);
                    default -> builder.mentor(mentor, 0);
                }
            }
            builder.mentor(noQuestionnaireMentor, 0);
            base.mentees().forEach(builder::mentee);
            builder.mentee(unanswered);
            Person ofTwo = person("mentee-of-two", Role.MENTEE);
            ofTwo.describeAsMentee(base.mentees().get(2).menteeProfile().orElseThrow());
            builder.mentee(ofTwo, Set.of(first, third));
            return builder.build();
        };
        MatchingProblem inline = build.apply(BuiltInCriteria.all());
        MatchingProblem viaInterface = build.apply(BuiltInCriteria.all().stream()
                .<org.tandem.matching.spi.Criterion>map(Wrapped::new).toList());
        assertThat((long) inline.menteeCount() * inline.mentorCount()).isGreaterThan(200_000);
        long allowed = 0;
        for (int i = 0; i < inline.menteeCount(); i++) {
            for (int j = 0; j < inline.mentorCount(); j++) {
                assertThat(Double.doubleToRawLongBits(inline.score(i, j))).as("pair %d, %d", i, j)
                        .isEqualTo(Double.doubleToRawLongBits(viaInterface.score(i, j)));
                assertThat(inline.isAllowed(i, j)).isEqualTo(viaInterface.isAllowed(i, j));
                allowed += inline.isAllowed(i, j) ? 1 : 0;
            }
        }
        assertThat(allowed).as("some pairs allowed").isPositive();
        int several = inline.mentorIndex(base.mentors().get(0).id());
        int none = inline.mentorIndex(base.mentors().get(1).id());
        assertThat(java.util.stream.IntStream.range(0, inline.menteeCount()).anyMatch(i -> inline.isAllowed(i, several)))
                .as("a mentor of two organizations reaches mentees").isTrue();
        assertThat(java.util.stream.IntStream.range(0, inline.menteeCount()).noneMatch(i -> inline.isAllowed(i, none)))
                .as("a mentor of no organization reaches nobody").isTrue();
        assertThat(java.util.stream.IntStream.range(0, inline.mentorCount())
                .noneMatch(j -> inline.isAllowed(inline.menteeIndex(unanswered.id()), j))).isTrue();
    }

    private static Person person(String id, Role role) {
        Person person = Person.register(PersonId.of(id), "Участник " + id, LocalDate.of(1960, 5, 5));
        person.giveConsent(Consent.bySelf(ConsentPurpose.MENTORING, SampleBases.DAY.minusMonths(1)));
        person.assignRole(RoleAssignment.of(role, OrganizationId.of("org-0")),
                SampleBases.DAY.minusMonths(1));
        return person;
    }

    private static Set<Competency> some(List<Competency> catalog, int count, SplittableRandom random) {
        Set<Competency> picked = new HashSet<>();
        while (picked.size() < count) {
            picked.add(catalog.get(random.nextInt(catalog.size())));
        }
        return picked;
    }

    private static Set<String> subjects(int count, SplittableRandom random) {
        Set<String> picked = new HashSet<>();
        while (picked.size() < count) {
            picked.add("Предмет " + random.nextInt(100));
        }
        return picked;
    }

    private static Set<DayOfWeek> days(SplittableRandom random) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        int count = random.nextInt(4);
        while (days.size() < count) {
            days.add(DayOfWeek.of(1 + random.nextInt(7)));
        }
        return days;
    }
}
