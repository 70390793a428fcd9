package org.tandem.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.core.Fixture.CURATOR;
import static org.tandem.core.Fixture.SCHOOL;
import static org.tandem.core.Fixture.TODAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tandem.core.Fixture;
import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.people.application.EnrollingParticipant;
import org.tandem.core.people.application.RecordingMenteeQuestionnaire;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;
import org.tandem.core.validation.InvalidCommandException;

class PeopleAndConsentTest {

    private final Fixture fixture = new Fixture();
    private final EnrollingParticipant enrolling = fixture.get(EnrollingParticipant.class);

    @Test
    void findAllAnswersTheStoredPeopleInTheOrderAskedAndLeavesOutUnknownOnes() {
        PersonId first = fixture.mentee(SCHOOL);
        PersonId second = fixture.mentee(SCHOOL);
        People people = fixture.get(People.class);

        assertThat(people.findAll(List.of(second, PersonId.of("nobody"), first)).keySet())
                .containsExactly(second, first);
        assertThat(people.findAll(List.of(first)).get(first)).isSameAs(people.require(first));
        assertThat(people.findAll(List.of())).isEmpty();
    }

    @Test
    void nobodyEntersABaseWithoutConsent() {
        Result<Person> refused = enrolling.enroll(CURATOR, new EnrollingParticipant.Command(PersonId.of("p"),
                "Без Согласия", LocalDate.of(1990, 1, 1), SCHOOL, Role.MENTEE, null));

        assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.NO_CONSENT);
        assertThat(refused.refusal().message().ru()).contains("согласия");
        assertThat(fixture.get(People.class).find(PersonId.of("p"))).isEmpty();
    }

    @Test
    void aConsentDatedInTheFutureIsNotValidToday() {
        Result<Person> refused = enrolling.enroll(CURATOR, new EnrollingParticipant.Command(PersonId.of("p"),
                "Поспешный", LocalDate.of(1990, 1, 1), SCHOOL, Role.MENTOR,
                Consent.bySelf(ConsentPurpose.MENTORING, TODAY.plusDays(1))));

        assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.NO_CONSENT);
    }

    @Test
    void aMinorsConsentComesFromAParent() {
        LocalDate birth = TODAY.minusYears(14);
        Result<Person> bySelf = enrolling.enroll(CURATOR, new EnrollingParticipant.Command(PersonId.of("pupil"),
                "Ученик", birth, SCHOOL, Role.MENTEE, Consent.bySelf(ConsentPurpose.MENTORING, TODAY)));
        assertThat(bySelf.refusal().reason()).isEqualTo(RefusalReason.NO_CONSENT);
        assertThat(bySelf.refusal().message().en()).contains("parent");

        Result<Person> byParent = enrolling.enroll(CURATOR, new EnrollingParticipant.Command(PersonId.of("pupil"),
                "Ученик", birth, SCHOOL, Role.MENTEE, Consent.byParent(ConsentPurpose.MENTORING, TODAY, "Родитель")));
        assertThat(byParent.isOk()).isTrue();
        assertThatThrownBy(() -> new Consent(ConsentPurpose.MENTORING, TODAY, ConsentGiver.PARENT, Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("representative");
    }

    @Test
    void aConsentIsValidFromGivingUntilTheDayOfWithdrawal() {
        Consent consent = Consent.bySelf(ConsentPurpose.MENTORING, TODAY).withdrawn(TODAY.plusDays(10));

        assertThat(consent.isValidOn(TODAY.minusDays(1))).isFalse();
        assertThat(consent.isValidOn(TODAY)).isTrue();
        assertThat(consent.isValidOn(TODAY.plusDays(9))).isTrue();
        assertThat(consent.isValidOn(TODAY.plusDays(10))).isFalse();
        assertThatThrownBy(() -> consent.withdrawn(TODAY.plusDays(11))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anErasedPersonTakesNoNewConsentOrQuestionnaire() {
        Person person = Person.register(PersonId.of("x"), "Имя", LocalDate.of(1990, 1, 1));
        person.giveConsent(Consent.bySelf(ConsentPurpose.MENTORING, TODAY));
        person.assignRole(org.tandem.core.people.RoleAssignment.of(Role.MENTOR, SCHOOL), TODAY);
        person.withdrawConsent(ConsentPurpose.MENTORING, TODAY.plusDays(1));

        assertThat(person.giveConsent(Consent.bySelf(ConsentPurpose.MENTORING, TODAY.plusDays(2))).refusal().reason())
                .isEqualTo(RefusalReason.WRONG_STATE);
        assertThat(person.describeAsMentor(new MentorProfile(MentorCategory.TEACHER, Set.of(), Set.of(),
                LocalDate.of(2010, 9, 1), 1, false, false, MeetingFormat.MIXED, Set.of(), List.of())).isOk()).isFalse();
        assertThat(person.withdrawConsent(ConsentPurpose.MENTORING, TODAY.plusDays(3)).refusal().reason())
                .isEqualTo(RefusalReason.NO_CONSENT);
    }

    @Test
    void aYoungTeacherIsComputedAsOfADateWithThePolicysLimits() {
        MentoringPolicy policy = MentoringPolicy.defaults();
        LocalDate birth = LocalDate.of(1990, 6, 15);
        LocalDate teachingStart = LocalDate.of(2022, 9, 1);

        assertThat(policy.isYoungTeacher(birth, teachingStart, LocalDate.of(2025, 6, 14))).isTrue();
        assertThat(policy.isYoungTeacher(birth, teachingStart, LocalDate.of(2025, 6, 15))).isFalse();
        assertThat(policy.isYoungTeacher(LocalDate.of(1995, 1, 1), teachingStart, LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(policy.isYoungTeacher(LocalDate.of(1995, 1, 1), teachingStart, LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(policy.withYoungTeacherLimits(40, 5).isYoungTeacher(birth, teachingStart,
                LocalDate.of(2026, 9, 1))).isTrue();
        assertThatThrownBy(() -> policy.isYoungTeacher(birth, LocalDate.of(2030, 1, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPolicyRefusesNonsenseLimits() {
        assertThatThrownBy(() -> MentoringPolicy.defaults().withMaxMenteesPerMentor(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxMenteesPerMentor");
        assertThatThrownBy(() -> new MentoringPolicy(35, 3, 5, 3, java.time.Period.ofYears(1),
                java.time.Period.ofMonths(3), 14, 30, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shorter");
    }

    @Test
    void aQuestionnaireWithAnUnknownDeficitIsRefusedAndBadAnswersAreListedInBothLanguages() {
        PersonId mentee = fixture.mentee(SCHOOL);
        RecordingMenteeQuestionnaire recording = fixture.get(RecordingMenteeQuestionnaire.class);

        Result<MenteeProfile> unknown = recording.record(CURATOR, new RecordingMenteeQuestionnaire.Questionnaire(mentee,
                MenteeCategory.YOUNG_TEACHER, Set.of(), List.of(), Set.of("astrology"), MeetingFormat.MIXED,
                EnumSet.noneOf(DayOfWeek.class), TODAY.minusYears(1), List.of()));
        assertThat(unknown.refusal().reason()).isEqualTo(RefusalReason.NOT_FOUND);
        assertThat(unknown.refusal().message().en()).contains("astrology");

        assertThatThrownBy(() -> recording.record(CURATOR, new RecordingMenteeQuestionnaire.Questionnaire(mentee, null,
                Set.of(), List.of(), Set.of(), MeetingFormat.MIXED, EnumSet.noneOf(DayOfWeek.class),
                TODAY.plusYears(1), List.of())))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.property(), v -> v.message().ru(), v -> v.message().en())
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("category", "обязательно для заполнения", "is required"),
                                org.assertj.core.groups.Tuple.tuple("deficitCodes", "должно содержать от 1 до 50 элементов",
                                        "must have from 1 to 50 entries"),
                                org.assertj.core.groups.Tuple.tuple("teachingStart", "должно быть в прошлом", "must be in the past")));
    }

    @Test
    void aTeachersQuestionnaireGivesWhenTeachingBegan() {
        assertThatThrownBy(() -> new MenteeProfile(MenteeCategory.YOUNG_TEACHER, Set.of(), List.of(), Set.of(),
                MeetingFormat.MIXED, Set.of(), Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("teaching began");
    }
}
