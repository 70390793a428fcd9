package org.tandem.core;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.multibindings.OptionalBinder;

import org.tandem.core.access.Actor;
import org.tandem.core.guice.TandemCoreModule;
import org.tandem.core.inmemory.InMemoryAuditLog;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.MeetingType;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.PersonalizedProgram;
import org.tandem.core.mentorship.PersonalizedPrograms;
import org.tandem.core.mentorship.application.DraftingPersonalizedProgram;
import org.tandem.core.mentorship.application.RecordingMeeting;
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
import org.tandem.core.roadmap.rules.LiveState;
import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.PersonalizedProgramId;
import org.tandem.core.shared.ProgramId;
import org.tandem.core.shared.Result;

/**
 * A region with one municipality and two schools, each with a head and a curator, and a teacher–teacher program
 * at the first school; the clock stands at 1 October 2024. Tests add mentors and mentees as they need.
 */
public final class Fixture {

    public static final LocalDate TODAY = LocalDate.of(2024, 10, 1);
    public static final OrganizationId REGION = OrganizationId.of("region");
    public static final OrganizationId MUNICIPALITY = OrganizationId.of("municipality");
    public static final OrganizationId SCHOOL = OrganizationId.of("school-1");
    public static final OrganizationId OTHER_SCHOOL = OrganizationId.of("school-2");
    public static final ProgramId PROGRAM = ProgramId.of("program");
    public static final Actor HEAD = Actor.of(PersonId.of("head"));
    public static final Actor CURATOR = Actor.of(PersonId.of("curator"));
    public static final Actor OTHER_CURATOR = Actor.of(PersonId.of("curator-2"));
    public static final Actor COORDINATOR = Actor.of(PersonId.of("coordinator"));

    public final Injector injector;
    private int sequence;

    /** @param extraModules further modules, e.g. matching's, wired beside core's on the same fixed clock */
    public Fixture(Module... extraModules) {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        List<Module> modules = new ArrayList<>(List.of(new TandemCoreModule(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding().toInstance(clock);
            }
        }));
        modules.addAll(List.of(extraModules));
        injector = Guice.createInjector(modules);
        Organizations organizations = get(Organizations.class);
        organizations.save(Organization.region(REGION, "Регион"));
        organizations.save(Organization.municipality(MUNICIPALITY, "Город", REGION));
        organizations.save(Organization.school(SCHOOL, "Школа № 1", MUNICIPALITY));
        organizations.save(Organization.school(OTHER_SCHOOL, "Школа № 2", MUNICIPALITY));
        staff(HEAD, Role.HEAD, SCHOOL);
        staff(CURATOR, Role.CURATOR, SCHOOL);
        staff(OTHER_CURATOR, Role.CURATOR, OTHER_SCHOOL);
        staff(COORDINATOR, Role.COORDINATOR, MUNICIPALITY);
        get(Programs.class).save(new MentoringProgram(PROGRAM, SCHOOL, "Учитель – учитель", MentoringForm.TEACHER_TEACHER,
                EnumSet.of(MentoringKind.INDIVIDUAL, MentoringKind.GROUP), DateRange.academicYear(2024),
                CURATOR.person(), Set.of()));
    }

    public <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    public InMemoryAuditLog auditLog() {
        return get(InMemoryAuditLog.class);
    }

    private void staff(Actor actor, Role role, OrganizationId organization) {
        Person person = Person.register(actor.person(), "Сотрудник " + actor.person(), LocalDate.of(1980, 1, 1));
        person.assignRole(RoleAssignment.of(role, organization), TODAY);
        get(People.class).save(person);
    }

    /** A teacher in the mentor base of {@code school}, 20 years of experience, capacity {@code capacity}. */
    public PersonId mentor(OrganizationId school, int capacity) {
        PersonId id = PersonId.of("mentor-" + ++sequence);
        Actor curator = school.equals(SCHOOL) ? CURATOR : OTHER_CURATOR;
        ok(get(EnrollingParticipant.class).enroll(curator, new EnrollingParticipant.Command(id, "Наставник " + sequence,
                LocalDate.of(1975, 5, 5), school, Role.MENTOR, Consent.bySelf(ConsentPurpose.MENTORING, TODAY.minusMonths(1)))));
        ok(get(RecordingMentorQuestionnaire.class).record(curator, new RecordingMentorQuestionnaire.Questionnaire(id,
                MentorCategory.TEACHER, Set.of("lesson-planning", "assessment"), Set.of("математика"),
                LocalDate.of(2004, 9, 1), capacity, true, true, MeetingFormat.MIXED, EnumSet.of(DayOfWeek.MONDAY),
                List.of())));
        return id;
    }

    /** A young teacher in the mentee base of {@code school} with deficits in lesson planning and assessment. */
    public PersonId mentee(OrganizationId school) {
        PersonId id = PersonId.of("mentee-" + ++sequence);
        Actor curator = school.equals(SCHOOL) ? CURATOR : OTHER_CURATOR;
        ok(get(EnrollingParticipant.class).enroll(curator, new EnrollingParticipant.Command(id, "Наставляемый " + sequence,
                LocalDate.of(2000, 3, 3), school, Role.MENTEE, Consent.bySelf(ConsentPurpose.MENTORING, TODAY.minusMonths(1)))));
        ok(get(RecordingMenteeQuestionnaire.class).record(curator, new RecordingMenteeQuestionnaire.Questionnaire(id,
                MenteeCategory.YOUNG_TEACHER, Set.of("математика"), List.of(), Set.of("lesson-planning", "assessment"),
                MeetingFormat.IN_PERSON, EnumSet.of(DayOfWeek.MONDAY), LocalDate.of(2023, 9, 1), List.of())));
        return id;
    }

    public Result<Mentorship> propose(PersonId mentor, PersonId... mentees) {
        return get(ProposingMentorship.class).propose(CURATOR, new ProposingMentorship.Command(
                MentorshipId.of("m-" + ++sequence), PROGRAM, mentor, Set.of(mentees), TODAY));
    }

    public Result<Mentorship> approve(Mentorship mentorship) {
        return get(ApprovingMentorship.class).approve(HEAD, new ApprovingMentorship.Command(mentorship.id(), "1-од", TODAY));
    }

    /** Proposes and approves; fails the test if either is refused. */
    public Mentorship approvedPair(PersonId mentor, PersonId... mentees) {
        return ok(propose(mentor, mentees).flatMap(this::approve));
    }

    public Mentorship reload(Mentorship mentorship) {
        return get(Mentorships.class).require(mentorship.id());
    }

    /** Read access to this fixture's state for roadmap rules, as seen by {@code organization}. */
    public LiveState liveState(OrganizationId organization) {
        return new LiveState(organization, get(Organizations.class), get(Programs.class), get(Mentorships.class),
                get(People.class), get(PersonalizedPrograms.class));
    }

    /** Records the first, organizational meeting, which makes the mentorship active. */
    public Mentorship firstMeeting(Mentorship mentorship, LocalDate on) {
        ok(get(RecordingMeeting.class).record(CURATOR, new RecordingMeeting.Command(mentorship.id(),
                MeetingType.FIRST_ORGANIZATIONAL, on, "Знакомство")));
        return reload(mentorship);
    }

    /** Drafts a personalized program for the mentorship from {@code start} for four months. */
    public PersonalizedProgram program(Mentorship mentorship, LocalDate start) {
        return ok(get(DraftingPersonalizedProgram.class).draft(CURATOR, new DraftingPersonalizedProgram.Command(
                PersonalizedProgramId.of("pp-" + mentorship.id().value()), mentorship.id(), start, start.plusMonths(4),
                List.of(new DraftingPersonalizedProgram.GoalDraft("Планировать уроки", "lesson-planning")),
                List.of(), List.of("Уроки спланированы"))));
    }

    public static <T> T ok(Result<T> result) {
        if (!result.isOk()) {
            throw new AssertionError("refused: " + result.refusal().message().en());
        }
        return result.value();
    }
}
