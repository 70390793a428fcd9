package org.tandem.persistence.jpa;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;

import org.tandem.core.access.Actor;
import org.tandem.core.guice.TandemCoreModule;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.application.ApprovingMentorship;
import org.tandem.core.mentorship.application.ProposingMentorship;
import org.tandem.core.organization.Organization;
import org.tandem.core.organization.Organizations;
import org.tandem.core.people.Consent;
import org.tandem.core.people.ConsentPurpose;
import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MenteeCategory;
import org.tandem.core.people.MentorCategory;
import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.people.RoleAssignment;
import org.tandem.core.people.application.EnrollingParticipant;
import org.tandem.core.people.application.RecordingMenteeQuestionnaire;
import org.tandem.core.people.application.RecordingMentorQuestionnaire;
import org.tandem.core.program.MentoringForm;
import org.tandem.core.program.MentoringKind;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;
import org.tandem.core.shared.Result;

/**
 * Core's test fixture, adapted: a region, a municipality and a school with a head and a curator and a
 * teacher–teacher program, wired by Guice with {@link TandemCoreModule} and {@link TandemPersistenceModule} over a
 * stored database. Identities carry a prefix so that several worlds share one database. The clock stands at
 * 1 October 2024.
 */
final class World {

    static final LocalDate TODAY = LocalDate.of(2024, 10, 1);

    final Injector injector;
    final OrganizationId region;
    final OrganizationId municipality;
    final OrganizationId school;
    final ProgramId program;
    final Actor head;
    final Actor curator;
    private final String prefix;
    private int sequence;

    World(TandemPersistence persistence, String prefix) {
        this.prefix = prefix;
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        injector = Guice.createInjector(new TandemCoreModule(), new TandemPersistenceModule(persistence),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding().toInstance(clock);
                    }
                });
        region = OrganizationId.of(prefix + "region");
        municipality = OrganizationId.of(prefix + "municipality");
        school = OrganizationId.of(prefix + "school");
        program = ProgramId.of(prefix + "program");
        head = Actor.of(PersonId.of(prefix + "head"));
        curator = Actor.of(PersonId.of(prefix + "curator"));
        Organizations organizations = get(Organizations.class);
        organizations.save(Organization.region(region, "Регион"));
        organizations.save(Organization.municipality(municipality, "Город", region));
        organizations.save(Organization.school(school, "Школа № 1", municipality));
        staff(head, Role.HEAD);
        staff(curator, Role.CURATOR);
        get(Programs.class).save(new MentoringProgram(program, school, "Учитель – учитель", MentoringForm.TEACHER_TEACHER,
                EnumSet.of(MentoringKind.INDIVIDUAL, MentoringKind.GROUP), DateRange.academicYear(2024),
                curator.person(), Set.of()));
    }

    <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    private void staff(Actor actor, Role role) {
        Person person = Person.register(actor.person(), "Сотрудник " + actor.person(), LocalDate.of(1980, 1, 1));
        person.assignRole(RoleAssignment.of(role, school), TODAY);
        get(People.class).save(person);
    }

    /** A teacher in the mentor base of the school, 20 years of experience, capacity {@code capacity}. */
    PersonId mentor(int capacity) {
        PersonId id = PersonId.of(prefix + "mentor-" + ++sequence);
        ok(get(EnrollingParticipant.class).enroll(curator, new EnrollingParticipant.Command(id, "Наставник " + sequence,
                LocalDate.of(1975, 5, 5), school, Role.MENTOR, Consent.bySelf(ConsentPurpose.MENTORING, TODAY.minusMonths(1)))));
        ok(get(RecordingMentorQuestionnaire.class).record(curator, new RecordingMentorQuestionnaire.Questionnaire(id,
                MentorCategory.TEACHER, Set.of("lesson-planning", "assessment"), Set.of("математика"),
                LocalDate.of(2004, 9, 1), capacity, true, true, MeetingFormat.MIXED, EnumSet.of(DayOfWeek.MONDAY),
                List.of())));
        return id;
    }

    /** A young teacher in the mentee base of the school with deficits in lesson planning and assessment. */
    PersonId mentee() {
        PersonId id = PersonId.of(prefix + "mentee-" + ++sequence);
        ok(get(EnrollingParticipant.class).enroll(curator, new EnrollingParticipant.Command(id, "Наставляемый " + sequence,
                LocalDate.of(2000, 3, 3), school, Role.MENTEE, Consent.bySelf(ConsentPurpose.MENTORING, TODAY.minusMonths(1)))));
        ok(get(RecordingMenteeQuestionnaire.class).record(curator, new RecordingMenteeQuestionnaire.Questionnaire(id,
                MenteeCategory.YOUNG_TEACHER, Set.of("математика"), List.of(), Set.of("lesson-planning", "assessment"),
                MeetingFormat.IN_PERSON, EnumSet.of(DayOfWeek.MONDAY), LocalDate.of(2023, 9, 1), List.of())));
        return id;
    }

    Result<Mentorship> propose(PersonId mentor, PersonId... mentees) {
        return get(ProposingMentorship.class).propose(curator, new ProposingMentorship.Command(
                MentorshipId.of(prefix + "m-" + ++sequence), program, mentor, Set.of(mentees), TODAY));
    }

    Result<Mentorship> approve(MentorshipId mentorship) {
        return get(ApprovingMentorship.class).approve(head, new ApprovingMentorship.Command(mentorship, "1-од", TODAY));
    }

    static <T> T ok(Result<T> result) {
        if (!result.isOk()) {
            throw new AssertionError("refused: " + result.refusal().message().en());
        }
        return result.value();
    }
}
