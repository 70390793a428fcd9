package org.tandem.core.roadmap.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.core.Fixture.MUNICIPALITY;
import static org.tandem.core.Fixture.OTHER_SCHOOL;
import static org.tandem.core.Fixture.SCHOOL;
import static org.tandem.core.Fixture.TODAY;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tandem.core.Fixture;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.organization.Organization;
import org.tandem.core.organization.Organizations;
import org.tandem.core.people.ConsentPurpose;
import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.TargetModelStage;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;

/** The rules that read live state: pairs approved on 1 October 2024 by order 1-од under the default policy. */
class LiveStateRulesTest {

    private final Fixture fixture = new Fixture();
    private final Roadmap roadmap = Roadmaps.school(
            Roadmaps.activity("5.2", "Закрепление наставнических пар", "сентябрь", TargetModelStage.PAIRS_AND_GROUPS));

    private List<Finding> run(RoadmapRule rule, LocalDate date) {
        return run(rule, date, SCHOOL);
    }

    private List<Finding> run(RoadmapRule rule, LocalDate date, OrganizationId owner) {
        return rule.evaluate(RuleContext.of(roadmap, date).withLiveState(fixture.liveState(owner)));
    }

    @Nested
    class PersonalizedProgramLate {

        @Test
        void flagsAnApprovedPairWithoutAProgramAfterThirtyDays() {
            Mentorship pair = fixture.approvedPair(fixture.mentor(SCHOOL, 3), fixture.mentee(SCHOOL));

            assertThat(run(new PersonalizedProgramLateRule(), LocalDate.of(2024, 11, 1))).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.subject()).isEqualTo(Subject.mentorship(pair.id()));
                assertThat(f.message().ru()).isEqualTo("Пара " + pair.id().value() + " (приказ № 1-од от 01.10.2024) без "
                        + "персонализированной программы: её нужно было составить до 31.10.2024 (30 дн. после приказа)");
            });
        }

        @Test
        void isSilentOnTheLastAllowedDayAndOnceTheProgramExists() {
            Mentorship pair = fixture.approvedPair(fixture.mentor(SCHOOL, 3), fixture.mentee(SCHOOL));

            assertThat(run(new PersonalizedProgramLateRule(), LocalDate.of(2024, 10, 31))).isEmpty();
            fixture.program(pair, TODAY);
            assertThat(run(new PersonalizedProgramLateRule(), LocalDate.of(2024, 12, 1))).isEmpty();
        }

        @Test
        void isSilentWithoutLiveState() {
            fixture.approvedPair(fixture.mentor(SCHOOL, 3), fixture.mentee(SCHOOL));

            assertThat(new PersonalizedProgramLateRule().evaluate(RuleContext.of(roadmap, LocalDate.of(2025, 1, 1))))
                    .isEmpty();
        }
    }

    @Nested
    class FirstMeetingLate {

        @Test
        void flagsAnApprovedPairWithoutAFirstMeetingAfterFourteenDays() {
            Mentorship pair = fixture.approvedPair(fixture.mentor(SCHOOL, 3), fixture.mentee(SCHOOL));

            assertThat(run(new FirstMeetingLateRule(), LocalDate.of(2024, 10, 16))).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo(Subject.mentorship(pair.id()));
                assertThat(f.message().ru()).isEqualTo("Пара " + pair.id().value() + " (приказ № 1-од от 01.10.2024) не "
                        + "провела первую, организационную встречу: срок истёк 15.10.2024 (14 дн. после приказа)");
            });
        }

        @Test
        void isSilentOnceTheFirstMeetingTookPlace() {
            Mentorship pair = fixture.approvedPair(fixture.mentor(SCHOOL, 3), fixture.mentee(SCHOOL));
            fixture.firstMeeting(pair, LocalDate.of(2024, 10, 20));

            assertThat(run(new FirstMeetingLateRule(), LocalDate.of(2024, 11, 1))).isEmpty();
        }

        @Test
        void looksOnlyAtTheRoadmapOwnersPairsAndThoseBelowIt() {
            fixture.approvedPair(fixture.mentor(SCHOOL, 3), fixture.mentee(SCHOOL));
            LocalDate late = LocalDate.of(2024, 11, 1);

            assertThat(run(new FirstMeetingLateRule(), late, OTHER_SCHOOL)).isEmpty();
            assertThat(run(new FirstMeetingLateRule(), late, MUNICIPALITY)).hasSize(1);
        }
    }

    @Nested
    class MentorOverCapacity {

        @Test
        void flagsAMentorWithMoreMenteesThanTheChangedPolicyAllows() {
            PersonId mentor = fixture.mentor(SCHOOL, 3);
            fixture.approvedPair(mentor, fixture.mentee(SCHOOL), fixture.mentee(SCHOOL));
            fixture.approvedPair(mentor, fixture.mentee(SCHOOL));
            Organizations organizations = fixture.get(Organizations.class);
            Organization school = organizations.require(SCHOOL);
            organizations.save(school.withPolicy(school.policy().withMaxMenteesPerMentor(2)));

            assertThat(run(new MentorOverCapacityRule(), TODAY)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.subject()).isEqualTo(Subject.person(mentor));
                assertThat(f.message().ru()).isEqualTo(
                        "Наставник Наставник 1 ведёт 3 наставляемых при допустимых 2 (по анкете — 3, по политике организации — 2)");
            });
        }

        @Test
        void isSilentForAMentorAtFullCapacity() {
            PersonId mentor = fixture.mentor(SCHOOL, 3);
            fixture.approvedPair(mentor, fixture.mentee(SCHOOL), fixture.mentee(SCHOOL));
            fixture.approvedPair(mentor, fixture.mentee(SCHOOL));

            assertThat(run(new MentorOverCapacityRule(), TODAY)).isEmpty();
        }
    }

    @Nested
    class InvalidConsentInPair {

        @Test
        void flagsAMenteeWhoseConsentWasWithdrawnButWhoIsStillInThePair() {
            PersonId mentee = fixture.mentee(SCHOOL);
            Mentorship pair = fixture.approvedPair(fixture.mentor(SCHOOL, 3), mentee);
            // As if the withdrawal arrived from the host's own records, bypassing the use case that releases the mentee.
            People people = fixture.get(People.class);
            Person person = people.require(mentee);
            Fixture.ok(person.withdrawConsent(ConsentPurpose.MENTORING, LocalDate.of(2024, 10, 5)));
            people.save(person);

            assertThat(run(new InvalidConsentInPairRule(), LocalDate.of(2024, 10, 10))).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.subject()).isEqualTo(Subject.person(mentee));
                assertThat(f.message().ru()).isEqualTo("У участника " + mentee.value() + " (наставляемый) нет действующего "
                        + "согласия на обработку персональных данных на 10.10.2024, а пара " + pair.id().value()
                        + " продолжает работу: выведите его или получите новое согласие");
            });
        }

        @Test
        void isSilentWhileEveryoneHasAValidConsent() {
            fixture.approvedPair(fixture.mentor(SCHOOL, 3), fixture.mentee(SCHOOL));

            assertThat(run(new InvalidConsentInPairRule(), LocalDate.of(2024, 10, 10))).isEmpty();
        }
    }
}
