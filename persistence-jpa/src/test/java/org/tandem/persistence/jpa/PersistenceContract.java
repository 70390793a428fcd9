package org.tandem.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tandem.core.guice.TandemCoreModule;
import org.tandem.core.mentorship.ApprovalOrder;
import org.tandem.core.mentorship.CompletionOutcome;
import org.tandem.core.mentorship.ConcurrentChangeException;
import org.tandem.core.mentorship.Feedback;
import org.tandem.core.mentorship.FeedbackRole;
import org.tandem.core.mentorship.FeedbackStage;
import org.tandem.core.mentorship.Goal;
import org.tandem.core.mentorship.GoalAssessment;
import org.tandem.core.mentorship.Meeting;
import org.tandem.core.mentorship.MeetingType;
import org.tandem.core.mentorship.Membership;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.MentorshipStatus;
import org.tandem.core.mentorship.PersonalizedProgram;
import org.tandem.core.mentorship.PlannedTask;
import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.organization.NetworkAgreement;
import org.tandem.core.organization.Organization;
import org.tandem.core.organization.OrganizationType;
import org.tandem.core.organization.PartnerKind;
import org.tandem.core.people.Competency;
import org.tandem.core.people.Consent;
import org.tandem.core.people.ConsentGiver;
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
import org.tandem.core.questionnaire.ColumnMapping;
import org.tandem.core.questionnaire.ColumnMappings;
import org.tandem.core.questionnaire.ImportReport;
import org.tandem.core.questionnaire.ImportingQuestionnaires;
import org.tandem.core.questionnaire.QuestionnaireFile;
import org.tandem.core.questionnaire.QuestionnaireSide;
import org.tandem.core.questionnaire.QuestionnaireField;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.OrganizationLevel;
import org.tandem.core.roadmap.PartyKind;
import org.tandem.core.roadmap.ResponsibleLevel;
import org.tandem.core.roadmap.ResponsibleParty;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.RoadmapSection;
import org.tandem.core.roadmap.RoadmapTemplates;
import org.tandem.core.roadmap.TargetModelStage;
import org.tandem.core.roadmap.deadline.DeadlineParser;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;
import org.tandem.core.roadmap.rules.ActivityExecution;
import org.tandem.core.roadmap.rules.Evidence;
import org.tandem.core.roadmap.store.Roadmaps;
import org.tandem.core.roadmap.store.StoredRoadmap;
import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.DomainEvent;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.LocalizedText;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.PersonalizedProgramId;
import org.tandem.core.shared.ProgramId;
import org.tandem.core.shared.RoadmapId;

/**
 * What every database Tandem runs on must do, run once per database by a subclass that opens it in a fresh
 * place (an H2 folder, a PostgreSQL schema) for the whole class. Identities carry a per-test prefix, so tests
 * share the database without meeting each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceContract {

    static final LocalDate DAY = LocalDate.of(2024, 10, 1);
    private static final AtomicInteger TESTS = new AtomicInteger();

    TandemPersistence persistence;

    /** Opens storage on this class's database; called again by tests that reopen it. */
    abstract TandemPersistence open();

    /** A plain JDBC connection to the same database, its default schema set to Tandem's. */
    abstract Connection jdbc() throws SQLException;

    /** Removes what {@link #open()} created. */
    abstract void dropDatabase() throws Exception;

    @BeforeAll
    void openStorage() {
        persistence = open();
    }

    @AfterAll
    void closeStorage() throws Exception {
        if (persistence != null) {
            persistence.close();
        }
        dropDatabase();
    }

    static String prefix() {
        return "t" + TESTS.incrementAndGet() + "-";
    }

    // ---- building blocks: saved organizations, people and programs with every field set ----

    record Setting(OrganizationId region, OrganizationId municipality, OrganizationId school, OrganizationId partner,
                   PersonId curator, PersonId mentor, PersonId mentee, PersonId otherMentee, ProgramId program) {
    }

    Setting setting(String p) {
        OrganizationId region = OrganizationId.of(p + "region");
        OrganizationId municipality = OrganizationId.of(p + "municipality");
        OrganizationId school = OrganizationId.of(p + "school");
        OrganizationId partner = OrganizationId.of(p + "partner");
        persistence.organizations().save(Organization.region(region, "Регион"));
        persistence.organizations().save(Organization.municipality(municipality, "Город", region));
        persistence.organizations().save(Organization.school(school, "Школа № 1", municipality));
        persistence.organizations().save(Organization.partner(partner, "Университет", PartnerKind.UNIVERSITY, municipality));
        PersonId curator = PersonId.of(p + "curator");
        persistence.people().save(Person.restore(curator, "Куратор", LocalDate.of(1980, 1, 1), false,
                Set.of(RoleAssignment.of(Role.CURATOR, school)), List.of(), Optional.empty(), Optional.empty()));
        PersonId mentor = PersonId.of(p + "mentor");
        persistence.people().save(mentor(mentor, school));
        PersonId mentee = PersonId.of(p + "mentee");
        persistence.people().save(mentee(mentee, school));
        PersonId otherMentee = PersonId.of(p + "mentee-2");
        persistence.people().save(mentee(otherMentee, school));
        ProgramId program = ProgramId.of(p + "program");
        persistence.programs().save(new MentoringProgram(program, school, "Учитель – учитель",
                MentoringForm.TEACHER_TEACHER, EnumSet.of(MentoringKind.INDIVIDUAL, MentoringKind.GROUP),
                DateRange.academicYear(2024), curator, Set.of()));
        return new Setting(region, municipality, school, partner, curator, mentor, mentee, otherMentee, program);
    }

    static Person mentor(PersonId id, OrganizationId school) {
        return Person.restore(id, "Петрова Анна Ивановна", LocalDate.of(1975, 5, 5), false,
                Set.of(RoleAssignment.of(Role.MENTOR, school), RoleAssignment.of(Role.METHODOLOGIST, school)),
                List.of(Consent.bySelf(ConsentPurpose.MENTORING, DAY.minusMonths(1)),
                        new Consent(ConsentPurpose.PUBLICATION, DAY.minusMonths(2), ConsentGiver.SELF, Optional.empty(),
                                Optional.of(DAY.minusDays(3)))),
                Optional.empty(),
                Optional.of(new MentorProfile(MentorCategory.TEACHER,
                        Set.of(Competency.of("lesson-planning", "планирование урока"), Competency.of("assessment", "оценивание")),
                        Set.of("математика", "физика"), LocalDate.of(2004, 9, 1), 3, true, false, MeetingFormat.MIXED,
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), List.of("Учитель года 2019", "шахматы"))));
    }

    static Person mentee(PersonId id, OrganizationId school) {
        return Person.restore(id, "Сидоров Олег", LocalDate.of(2000, 3, 3), false,
                Set.of(RoleAssignment.of(Role.MENTEE, school)),
                List.of(Consent.bySelf(ConsentPurpose.MENTORING, DAY.minusMonths(1))),
                Optional.of(new MenteeProfile(MenteeCategory.YOUNG_TEACHER, Set.of("математика"),
                        List.of("как держать дисциплину", "как планировать урок"),
                        Set.of(Competency.of("lesson-planning", "планирование урока")), MeetingFormat.IN_PERSON,
                        EnumSet.of(DayOfWeek.TUESDAY), Optional.of(LocalDate.of(2023, 9, 1)),
                        List.of("психолог: тревожность"))),
                Optional.empty());
    }

    static Mentorship approved(MentorshipId id, ProgramId program, PersonId mentor, PersonId... mentees) {
        List<Membership> memberships = java.util.Arrays.stream(mentees)
                .map(mentee -> new Membership(mentee, DAY, Optional.empty(), Optional.empty())).toList();
        return Mentorship.restore(id, program, mentor, DAY, MentorshipStatus.APPROVED, memberships,
                Optional.of(ApprovalOrder.of("7-од", DAY)), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), 0);
    }

    // ---- round trips ----

    @Test
    void organizationKeepsTypeParentPartnerKindPolicyAndAgreements() {
        String p = prefix();
        Setting s = setting(p);
        MentoringPolicy policy = new MentoringPolicy(40, 5, 7, 2, Period.ofMonths(4), Period.ofMonths(10), 10, 20, true);
        persistence.organizations().save(Organization.school(s.school(), "Школа № 1 имени Пушкина", s.municipality())
                .withPolicy(policy));
        NetworkAgreement agreement = new NetworkAgreement(p + "Д-15", s.school(), s.partner(),
                DateRange.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 6, 30)));
        persistence.organizations().save(agreement);

        Organization school = persistence.organizations().require(s.school());
        assertThat(school.name()).isEqualTo("Школа № 1 имени Пушкина");
        assertThat(school.type()).isEqualTo(OrganizationType.EDUCATIONAL);
        assertThat(school.parent()).contains(s.municipality());
        assertThat(school.policy()).isEqualTo(policy);
        assertThat(persistence.organizations().require(s.partner()).partnerKind()).contains(PartnerKind.UNIVERSITY);
        assertThat(persistence.organizations().require(s.region()).parent()).isEmpty();
        assertThat(persistence.organizations().agreementsOf(s.partner())).containsExactly(agreement);
        assertThat(persistence.organizations().mayMentorAcross(s.school(), s.partner(), LocalDate.of(2025, 1, 10))).isTrue();
        assertThat(persistence.organizations().isWithin(s.school(), s.region())).isTrue();
        assertThat(persistence.organizations().all()).extracting(Organization::id).contains(s.region(), s.school());
    }

    @Test
    void anOrganizationAndANewPersonWithARoleInItSavedInOneTransactionAreBothStored() {
        String p = prefix();
        Setting s = setting(p);
        OrganizationId fresh = OrganizationId.of(p + "new-school");
        PersonId newcomer = PersonId.of(p + "newcomer");

        persistence.inTransaction(() -> {
            persistence.organizations().save(Organization.school(fresh, "Новая школа", s.municipality()));
            assertThat(persistence.people().findAll(List.of(newcomer))).isEmpty();   // held back for the JDBC batch
            persistence.people().save(Person.restore(newcomer, "Новикова Нина", LocalDate.of(1990, 1, 1), false,
                    Set.of(RoleAssignment.of(Role.CURATOR, fresh)), List.of(), Optional.empty(), Optional.empty()));
        });

        assertThat(persistence.organizations().find(fresh)).isPresent();
        assertThat(persistence.people().require(newcomer).roles())
                .containsExactly(RoleAssignment.of(Role.CURATOR, fresh));
    }

    @Test
    void anAgreementNumberNamesOneAgreementItsTermChangesButItsPartiesNever() {
        String p = prefix();
        Setting s = setting(p);
        persistence.organizations().save(Organization.school(s.school(), "Школа № 1", s.municipality()));
        NetworkAgreement agreement = new NetworkAgreement(p + "СН-3", s.school(), s.partner(),
                DateRange.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 6, 30)));
        persistence.organizations().save(agreement);
        NetworkAgreement extended = new NetworkAgreement(p + "СН-3", s.partner(), s.school(),
                DateRange.of(LocalDate.of(2024, 9, 1), LocalDate.of(2027, 6, 30)));

        persistence.organizations().save(extended);

        assertThat(persistence.organizations().agreement(p + "СН-3")).map(NetworkAgreement::validity)
                .contains(extended.validity());
        assertThatThrownBy(() -> persistence.organizations().save(new NetworkAgreement(p + "СН-3", s.school(),
                s.municipality(), extended.validity())))
                .isInstanceOf(org.tandem.core.shared.DomainRuleException.class)
                .hasMessageContaining(p + "СН-3");
        assertThat(persistence.organizations().agreementsOf(s.school())).extracting(NetworkAgreement::second)
                .containsExactly(s.school());
        assertThat(persistence.organizations().agreement(p + "nothing")).isEmpty();
    }

    @Test
    void personKeepsRolesConsentsAndBothQuestionnairesAndLosesThemWhenErased() {
        String p = prefix();
        Setting s = setting(p);
        Person both = Person.restore(PersonId.of(p + "both"), "Иванова Ольга", LocalDate.of(1990, 2, 2), false,
                mentor(s.mentor(), s.school()).roles(), List.of(Consent.byParent(ConsentPurpose.MENTORING, DAY, "Иванов И. И."),
                        Consent.bySelf(ConsentPurpose.PUBLICATION, DAY)),
                mentee(s.mentee(), s.school()).menteeProfile(), mentor(s.mentor(), s.school()).mentorProfile());
        persistence.people().save(both);

        Person stored = persistence.people().require(both.id());
        assertThat(stored.fullName()).isEqualTo("Иванова Ольга");
        assertThat(stored.birthDate()).contains(LocalDate.of(1990, 2, 2));
        assertThat(stored.roles()).isEqualTo(both.roles());
        assertThat(stored.consents()).isEqualTo(both.consents());
        assertThat(stored.menteeProfile()).isEqualTo(both.menteeProfile());
        assertThat(stored.mentorProfile()).isEqualTo(both.mentorProfile());
        assertThat(persistence.people().withRole(Role.MENTOR, s.school())).extracting(Person::id)
                .containsExactly(both.id(), s.mentor());

        assertThat(stored.withdrawConsent(ConsentPurpose.MENTORING, DAY.plusDays(5)).isOk()).isTrue();
        persistence.people().save(stored);
        Person erased = persistence.people().require(both.id());
        assertThat(erased.isErased()).isTrue();
        assertThat(erased.birthDate()).isEmpty();
        assertThat(erased.menteeProfile()).isEmpty();
        assertThat(erased.mentorProfile()).isEmpty();
        assertThat(erased.consents().get(0).withdrawnOn()).contains(DAY.plusDays(5));
        assertThat(erased.roles()).isEqualTo(both.roles());
    }

    /** Everything a person holds, for comparing two readings of her. */
    static List<Object> stateOf(Person person) {
        return List.of(person.id(), person.fullName(), person.birthDate(), person.isErased(), person.roles(),
                person.consents(), person.menteeProfile(), person.mentorProfile());
    }

    @Test
    void withRoleReadsEveryFieldOfABaseAsFindDoesAndOnlyThoseHoldingTheRole() {
        String p = prefix();
        Setting s = setting(p);
        Person both = Person.restore(PersonId.of(p + "both"), "Иванова Ольга", LocalDate.of(1990, 2, 2), false,
                Set.of(RoleAssignment.of(Role.MENTOR, s.school()), RoleAssignment.of(Role.MENTEE, s.partner())),
                List.of(Consent.byParent(ConsentPurpose.MENTORING, DAY, "Иванов И. И."),
                        Consent.bySelf(ConsentPurpose.PUBLICATION, DAY)),
                mentee(s.mentee(), s.school()).menteeProfile(), mentor(s.mentor(), s.school()).mentorProfile());
        Person bare = Person.restore(PersonId.of(p + "bare"), "Без анкеты", LocalDate.of(1985, 1, 1), false,
                Set.of(RoleAssignment.of(Role.MENTOR, s.school())), List.of(), Optional.empty(), Optional.empty());
        persistence.people().save(both);
        persistence.people().save(bare);

        List<Person> mentors = persistence.people().withRole(Role.MENTOR, s.school());
        assertThat(mentors).extracting(Person::id).containsExactly(bare.id(), both.id(), s.mentor());
        for (Person read : mentors) {
            assertThat(stateOf(read)).isEqualTo(stateOf(persistence.people().require(read.id())));
        }
        assertThat(stateOf(mentors.get(1))).isEqualTo(stateOf(both));
        assertThat(persistence.people().withRole(Role.MENTEE, s.school())).extracting(Person::id)
                .containsExactly(s.mentee(), s.otherMentee());
        assertThat(persistence.people().withRole(Role.MENTEE, s.partner())).extracting(Person::id)
                .containsExactly(both.id());
        assertThat(persistence.people().withRole(Role.HEAD, s.school())).isEmpty();
        assertThat(persistence.inTransaction(() -> {
            persistence.people().save(mentor(PersonId.of(p + "unsaved-yet"), s.school()));
            return persistence.people().withRole(Role.MENTOR, s.school());
        })).as("sees what its own transaction saved").extracting(Person::id).contains(PersonId.of(p + "unsaved-yet"));
    }

    @Test
    void aBulkReadKeepsOnceTwoRowsThatMakeEqualValuesAsFindDoes() throws SQLException {
        String p = prefix();
        Setting s = setting(p);
        PersonId id = PersonId.of(p + "written-outside");
        persistence.people().save(mentor(id, s.school()));
        // rows distinct in the table (its key is the code as written) but equal competencies (codes compare stripped)
        try (Connection connection = jdbc(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from mentor_competency where person_id = '" + id.value()
                    + "' and code = 'assessment'");
            statement.executeUpdate("insert into mentor_competency (person_id, code, name) values ('" + id.value()
                    + "', ' lesson-planning', 'планирование урока')");
        }

        Person read = persistence.people().withRole(Role.MENTOR, List.of(s.school())).get(s.school()).stream()
                .filter(person -> person.id().equals(id)).findFirst().orElseThrow();
        assertThat(read.mentorProfile().orElseThrow().competencies())
                .containsExactly(Competency.of("lesson-planning", "планирование урока"));
        assertThat(stateOf(read)).isEqualTo(stateOf(persistence.people().require(id)));
    }

    @Test
    void withRoleOfSeveralOrganizationsAnswersEachAsWithRoleOfThatOrganization() {
        String p = prefix();
        Setting s = setting(p);
        Person both = Person.restore(PersonId.of(p + "both"), "Иванова Ольга", LocalDate.of(1990, 2, 2), false,
                Set.of(RoleAssignment.of(Role.MENTEE, s.school()), RoleAssignment.of(Role.MENTEE, s.partner()),
                        RoleAssignment.of(Role.MENTOR, s.municipality())),
                List.of(Consent.byParent(ConsentPurpose.MENTORING, DAY, "Иванов И. И."),
                        Consent.bySelf(ConsentPurpose.PUBLICATION, DAY)),
                mentee(s.mentee(), s.school()).menteeProfile(), mentor(s.mentor(), s.school()).mentorProfile());
        persistence.people().save(both);
        List<OrganizationId> organizations = List.of(s.partner(), s.school(), s.region(), s.municipality());

        for (Role role : List.of(Role.MENTEE, Role.MENTOR, Role.CURATOR)) {
            Map<OrganizationId, List<Person>> bulk = persistence.people().withRole(role, organizations);
            assertThat(bulk.keySet()).as("in the order given").containsExactlyElementsOf(organizations);
            for (OrganizationId organization : organizations) {
                assertThat(bulk.get(organization)).as(role + " in " + organization).map(PersistenceContract::stateOf)
                        .containsExactlyElementsOf(persistence.people().withRole(role, organization).stream()
                                .map(PersistenceContract::stateOf).toList());
            }
        }
        assertThat(persistence.people().withRole(Role.MENTEE, organizations).get(s.school()))
                .extracting(Person::id).containsExactly(both.id(), s.mentee(), s.otherMentee());
        assertThat(persistence.people().withRole(Role.MENTEE, List.of())).isEmpty();
        assertThat(persistence.inTransaction(() -> {
            persistence.people().save(mentee(PersonId.of(p + "unsaved-yet"), s.school()));
            return persistence.people().withRole(Role.MENTEE, organizations).get(s.school());
        })).as("sees what its own transaction saved").extracting(Person::id).contains(PersonId.of(p + "unsaved-yet"));
    }

    @Test
    void aBulkReadOfMostOfThePeopleAnswersAsFindDoes() {
        String p = prefix();
        Setting s = setting(p);
        OrganizationId big = OrganizationId.of(p + "big");
        persistence.organizations().save(Organization.school(big, "Большая школа", s.municipality()));
        // more people than all other tests store: the bulk read takes the tables whole and drops the others' rows
        List<PersonId> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            ids.add(PersonId.of(String.format("%smany-%04d", p, i)));
        }
        persistence.inTransaction(() -> {
            assertThat(persistence.people().findAll(ids)).isEmpty();
            for (int i = 0; i < ids.size(); i++) {
                persistence.people().save(i % 3 == 0 ? mentor(ids.get(i), big) : mentee(ids.get(i), big));
            }
        });

        Map<OrganizationId, List<Person>> mentees = persistence.people().withRole(Role.MENTEE, List.of(big, s.school()));
        List<PersonId> expected = ids.stream().filter(id -> ids.indexOf(id) % 3 != 0).toList();
        assertThat(mentees.get(big)).extracting(Person::id).containsExactlyElementsOf(expected);
        Map<PersonId, Person> found = persistence.people().findAll(expected);
        for (Person read : mentees.get(big)) {
            assertThat(stateOf(read)).isEqualTo(stateOf(found.get(read.id())));
        }
        assertThat(mentees.get(s.school())).extracting(Person::id).containsExactly(s.mentee(), s.otherMentee());
        assertThat(persistence.people().withRole(Role.MENTOR, big)).hasSize(2_000)
                .allSatisfy(mentor -> assertThat(mentor.mentorProfile()).isEqualTo(
                        mentor(mentor.id(), big).mentorProfile()));
    }

    @Test
    void findAllAnswersTheStoredPeopleInTheOrderAskedAndLeavesOutUnknownOnes() {
        String p = prefix();
        Setting s = setting(p);
        PersonId unknown = PersonId.of(p + "unknown");
        Map<PersonId, Person> found = persistence.people().findAll(List.of(s.mentee(), unknown, s.mentor(), s.mentee()));

        assertThat(found.keySet()).containsExactly(s.mentee(), s.mentor());
        assertThat(stateOf(found.get(s.mentor()))).isEqualTo(stateOf(mentor(s.mentor(), s.school())));
        assertThat(persistence.people().findAll(List.of())).isEmpty();
        assertThatThrownBy(() -> persistence.people().findAll(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aPersonFoundAbsentAndThenSavedInTheSameTransactionIsFound() {
        String p = prefix();
        Setting s = setting(p);
        PersonId late = PersonId.of(p + "late");
        Optional<Person> found = persistence.inTransaction(() -> {
            assertThat(persistence.people().findAll(List.of(late))).isEmpty();
            assertThat(persistence.people().find(late)).isEmpty();
            persistence.people().save(mentee(late, s.school()));
            return persistence.people().find(late);
        });
        assertThat(found).map(Person::fullName).contains("Сидоров Олег");
        assertThat(persistence.people().find(late)).isPresent();
    }

    @Test
    void aTransactionOfThousandsOfSavesKeepsThemAllOrNone() {
        String p = prefix();
        Setting s = setting(p);
        int count = 1_500;
        assertThatThrownBy(() -> persistence.inTransaction(() -> {
            for (int i = 0; i < count; i++) {
                persistence.people().save(mentee(PersonId.of(p + "lost-" + i), s.school()));
            }
            throw new IllegalStateException("the host failed after the last save");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count("select count(*) from person where id like ?", p + "lost-%")).isZero();

        persistence.inTransaction(() -> {
            for (int i = 0; i < count; i++) {
                persistence.people().save(mentee(PersonId.of(p + "kept-" + i), s.school()));
                persistence.auditLog().publish(new DomainEvent(EventType.PERSON_REGISTERED, s.curator(),
                        DAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), "Person", p + "kept-" + i,
                        Map.of("role", "MENTEE")));
            }
        });
        assertThat(count("select count(*) from person where id like ?", p + "kept-%")).isEqualTo(count);
        assertThat(count("select count(*) from mentee_request where person_id like ?", p + "kept-%")).isEqualTo(2 * count);
        assertThat(count("select count(*) from audit_event where subject_id like ? and change_json = '{\"role\":\"MENTEE\"}'",
                p + "kept-%")).isEqualTo(count);
        assertThat(stateOf(persistence.people().require(PersonId.of(p + "kept-" + (count - 1)))))
                .isEqualTo(stateOf(mentee(PersonId.of(p + "kept-" + (count - 1)), s.school())));
    }

    @Test
    void programKeepsItsOwnFormKindsPeriodCuratorAndParticipants() {
        String p = prefix();
        Setting s = setting(p);
        MentoringForm own = MentoringForm.custom(p + "digital", LocalizedText.of("цифровой наставник", "digital mentor"),
                Set.of(MentorCategory.PUPIL_MENTOR, MentorCategory.STUDENT_MENTOR), Set.of(MenteeCategory.TEACHER_NEW_TO_POST));
        MentoringProgram program = new MentoringProgram(ProgramId.of(p + "network"), s.school(), "Реверсивное наставничество",
                own, EnumSet.of(MentoringKind.NETWORK, MentoringKind.REVERSE), DateRange.of(DAY, DAY.plusMonths(9)),
                s.curator(), Set.of(s.partner()));
        persistence.programs().save(program);

        assertThat(persistence.programs().require(program.id())).isEqualTo(program);
        assertThat(persistence.programs().ofOrganization(s.school())).containsExactly(program,
                persistence.programs().require(s.program()));
        assertThat(persistence.programs().find(ProgramId.of(p + "nothing"))).isEmpty();
    }

    @Test
    void mentorshipKeepsMembershipHistoryOrderMeetingsFeedbackAndOutcome() {
        String p = prefix();
        Setting s = setting(p);
        MentorshipId previous = MentorshipId.of(p + "previous");
        persistence.mentorships().save(approved(previous, s.program(), s.mentor(), s.otherMentee()));
        Mentorship completed = Mentorship.restore(MentorshipId.of(p + "m"), s.program(), s.mentor(), DAY,
                MentorshipStatus.COMPLETED,
                List.of(new Membership(s.mentee(), DAY, Optional.of(DAY.plusMonths(8)), Optional.empty()),
                        new Membership(s.otherMentee(), DAY, Optional.of(DAY.plusMonths(1)), Optional.of("переведён"))),
                Optional.of(ApprovalOrder.of("12-од", DAY.plusDays(1))), Optional.of(DAY.plusDays(3)),
                Optional.of(DAY.plusMonths(8)), Optional.of(CompletionOutcome.GOALS_PARTLY_ACHIEVED), Optional.empty(),
                Optional.of(previous),
                List.of(new Meeting(MeetingType.FIRST_ORGANIZATIONAL, DAY.plusDays(3), "знакомство"),
                        new Meeting(MeetingType.REGULAR, DAY.plusDays(10), "")),
                List.of(new Feedback(s.mentee(), FeedbackRole.MENTEE, FeedbackStage.INTERMEDIATE, DAY.plusMonths(2),
                                Map.of("польза", 5, "время", 3), "полезно"),
                        new Feedback(s.curator(), FeedbackRole.CURATOR, FeedbackStage.FINAL, DAY.plusMonths(8),
                                Map.of(), "")),
                0);
        persistence.mentorships().save(completed);

        Mentorship stored = persistence.mentorships().require(completed.id());
        assertThat(stored.status()).isEqualTo(MentorshipStatus.COMPLETED);
        assertThat(stored.program()).isEqualTo(s.program());
        assertThat(stored.mentor()).isEqualTo(s.mentor());
        assertThat(stored.proposedOn()).isEqualTo(DAY);
        assertThat(stored.memberships()).isEqualTo(completed.memberships());
        assertThat(stored.order()).isEqualTo(completed.order());
        assertThat(stored.activatedOn()).isEqualTo(completed.activatedOn());
        assertThat(stored.endedOn()).isEqualTo(completed.endedOn());
        assertThat(stored.outcome()).isEqualTo(completed.outcome());
        assertThat(stored.endReason()).isEmpty();
        assertThat(stored.reassignedFrom()).contains(previous);
        assertThat(stored.meetings()).isEqualTo(completed.meetings());
        assertThat(stored.feedback()).isEqualTo(completed.feedback());
        assertThat(stored.version()).isEqualTo(0);
        assertThat(persistence.mentorships().ofMentor(s.mentor())).extracting(Mentorship::id)
                .containsExactly(completed.id(), previous);
        assertThat(persistence.mentorships().ofMentee(s.otherMentee())).extracting(Mentorship::id)
                .containsExactly(completed.id(), previous);
        assertThat(persistence.mentorships().ofProgram(s.program())).hasSize(2);
    }

    @Test
    void mentorshipSavedTwiceByItsReaderAdvancesItsVersionAndAStaleCopyIsAConcurrentChange() {
        String p = prefix();
        Setting s = setting(p);
        MentorshipId id = MentorshipId.of(p + "m");
        persistence.mentorships().save(approved(id, s.program(), s.mentor(), s.mentee()));
        Mentorship first = persistence.mentorships().require(id);
        Mentorship stale = persistence.mentorships().require(id);

        assertThat(first.recordMeeting(new Meeting(MeetingType.FIRST_ORGANIZATIONAL, DAY.plusDays(2), "первая")).isOk()).isTrue();
        persistence.mentorships().save(first);
        assertThat(first.recordMeeting(new Meeting(MeetingType.REGULAR, DAY.plusDays(9), "вторая")).isOk()).isTrue();
        persistence.mentorships().save(first);

        Mentorship stored = persistence.mentorships().require(id);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(stored.meetings()).hasSize(2);
        assertThat(stale.terminate("по собственному желанию", DAY.plusDays(20)).isOk()).isTrue();
        assertThatThrownBy(() -> persistence.mentorships().save(stale)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(persistence.mentorships().require(id).status()).isEqualTo(MentorshipStatus.ACTIVE);
    }

    @Test
    void personalizedProgramKeepsGoalsTasksAssessmentsAndExpectedResults() {
        String p = prefix();
        Setting s = setting(p);
        MentorshipId mentorship = MentorshipId.of(p + "m");
        persistence.mentorships().save(approved(mentorship, s.program(), s.mentor(), s.mentee()));
        Competency planning = Competency.of("lesson-planning", "планирование урока");
        PersonalizedProgram program = PersonalizedProgram.restore(PersonalizedProgramId.of(p + "pp"), mentorship,
                DateRange.of(DAY, DAY.plusMonths(6)),
                List.of(new Goal(1, "научиться планировать урок", planning, Optional.of(GoalAssessment.PARTLY_ACHIEVED)),
                        Goal.of(2, "освоить технологическую карту", planning)),
                List.of(new PlannedTask(1, "посетить 5 уроков наставника", DAY.plusMonths(1), s.mentee(),
                                Optional.of(DAY.plusDays(20))),
                        PlannedTask.of(2, "разобрать план урока", DAY.plusMonths(2), s.mentor())),
                List.of("самостоятельно планирует урок", "ведёт портфолио"), DAY.plusDays(2));
        persistence.personalizedPrograms().save(program);

        PersonalizedProgram stored = persistence.personalizedPrograms().ofMentorship(mentorship).orElseThrow();
        assertThat(stored.id()).isEqualTo(program.id());
        assertThat(stored.period()).isEqualTo(program.period());
        assertThat(stored.goals()).isEqualTo(program.goals());
        assertThat(stored.tasks()).isEqualTo(program.tasks());
        assertThat(stored.expectedResults()).isEqualTo(program.expectedResults());
        assertThat(stored.draftedOn()).isEqualTo(program.draftedOn());

        assertThat(stored.completeTask(2, DAY.plusDays(40)).isOk()).isTrue();
        assertThat(stored.assess(2, GoalAssessment.ACHIEVED).isOk()).isTrue();
        persistence.personalizedPrograms().save(stored);
        PersonalizedProgram progressed = persistence.personalizedPrograms().ofMentorship(mentorship).orElseThrow();
        assertThat(progressed.progress()).isEqualTo(1.0);
        assertThat(progressed.allGoalsAssessed()).isTrue();
        assertThat(persistence.personalizedPrograms().ofMentorship(MentorshipId.of(p + "none"))).isEmpty();
    }

    // ---- constraints ----

    @Test
    void databaseRefusesADuplicateIdentityAndASecondPersonalizedProgramForOneMentorship() throws SQLException {
        String p = prefix();
        Setting s = setting(p);
        try (Connection connection = jdbc(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "insert into person (id, full_name, erased, version) values ('" + s.mentor() + "', 'Двойник', false, 0)"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
        }
        MentorshipId mentorship = MentorshipId.of(p + "m");
        persistence.mentorships().save(approved(mentorship, s.program(), s.mentor(), s.mentee()));
        Competency planning = Competency.of("lesson-planning", "планирование урока");
        persistence.personalizedPrograms().save(PersonalizedProgram.restore(PersonalizedProgramId.of(p + "pp-1"),
                mentorship, DateRange.of(DAY, DAY.plusMonths(6)), List.of(Goal.of(1, "цель", planning)), List.of(),
                List.of(), DAY));

        assertThatThrownBy(() -> persistence.personalizedPrograms().save(PersonalizedProgram.restore(
                PersonalizedProgramId.of(p + "pp-2"), mentorship, DateRange.of(DAY, DAY.plusMonths(6)),
                List.of(Goal.of(1, "другая цель", planning)), List.of(), List.of(), DAY)))
                .isInstanceOf(StorageException.class);
        assertThat(persistence.personalizedPrograms().ofMentorship(mentorship).orElseThrow().id().value())
                .isEqualTo(p + "pp-1");
    }

    @Test
    void databaseKeepsAMenteeInOneApprovedOrActiveMentorshipPerProgram() {
        String p = prefix();
        Setting s = setting(p);
        PersonId otherMentor = PersonId.of(p + "mentor-2");
        persistence.people().save(mentor(otherMentor, s.school()));
        persistence.mentorships().save(approved(MentorshipId.of(p + "first"), s.program(), s.mentor(), s.mentee()));

        Mentorship second = approved(MentorshipId.of(p + "second"), s.program(), otherMentor, s.mentee());
        assertThatThrownBy(() -> persistence.mentorships().save(second)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(persistence.mentorships().find(second.id())).isEmpty();
        assertThat(placesTaken(otherMentor)).isZero();

        Mentorship first = persistence.mentorships().require(MentorshipId.of(p + "first"));
        assertThat(first.terminate("переезд", DAY.plusDays(1)).isOk()).isTrue();
        persistence.mentorships().save(first);
        persistence.mentorships().save(approved(MentorshipId.of(p + "third"), s.program(), otherMentor, s.mentee()));
        assertThat(placesTaken(s.mentor())).isZero();
        assertThat(placesTaken(otherMentor)).isEqualTo(1);
    }

    @Test
    void mentorshipOfAnUnknownProgramOrMentorIsRefusedAndNullIsAProgrammingError() {
        String p = prefix();
        Setting s = setting(p);
        assertThatThrownBy(() -> persistence.mentorships().save(
                approved(MentorshipId.of(p + "m"), ProgramId.of(p + "no-program"), s.mentor(), s.mentee())))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> persistence.people().save(Person.restore(PersonId.of(p + "x"), "Икс",
                LocalDate.of(1990, 1, 1), false, Set.of(RoleAssignment.of(Role.HEAD, OrganizationId.of(p + "nowhere"))),
                List.of(), Optional.empty(), Optional.empty())))
                .isInstanceOf(StorageException.class);
        assertThat(persistence.people().find(PersonId.of(p + "x"))).isEmpty();
        assertThatThrownBy(() -> persistence.people().save(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> persistence.mentorships().find(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TandemPersistence.builder().schema("x; drop table person"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- transactions, audit log, migrations ----

    @Test
    void workThatFailsInsideATransactionLeavesNothingBehind() {
        String p = prefix();
        Setting s = setting(p);
        assertThatThrownBy(() -> persistence.inTransaction(() -> {
            persistence.mentorships().save(approved(MentorshipId.of(p + "m"), s.program(), s.mentor(), s.mentee()));
            persistence.auditLog().publish(new DomainEvent(EventType.MENTORSHIP_APPROVED, s.curator(),
                    DAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), "Mentorship", p + "m", Map.of()));
            throw new IllegalStateException("the host failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(persistence.mentorships().find(MentorshipId.of(p + "m"))).isEmpty();
        assertThat(persistence.auditLog().of("Mentorship", p + "m")).isEmpty();
        assertThat(placesTaken(s.mentor())).isZero();
        assertThat(persistence.inTransaction(() -> persistence.people().find(s.mentor()).isPresent())).isTrue();
    }

    @Test
    void auditLogAnswersWhatHappenedToOneObjectOldestFirst() {
        String p = prefix();
        PersonId actor = PersonId.of(p + "curator");
        java.time.Instant t = java.time.Instant.parse("2024-10-01T09:00:00Z");
        DomainEvent proposed = new DomainEvent(EventType.MENTORSHIP_PROPOSED, actor, t, "Mentorship", p + "m",
                Map.of("mentor", "m-1", "mentees", "a, b"));
        DomainEvent approvedEvent = new DomainEvent(EventType.MENTORSHIP_APPROVED, actor, t.plusSeconds(60), "Mentorship",
                p + "m", Map.of("orderNumber", "1-од"));
        DomainEvent other = new DomainEvent(EventType.PERSON_REGISTERED, actor, t, "Person", p + "m", Map.of());
        persistence.auditLog().publish(approvedEvent);
        persistence.auditLog().publish(proposed);
        persistence.auditLog().publish(other);

        assertThat(persistence.auditLog().of("Mentorship", p + "m")).containsExactly(proposed, approvedEvent);
        assertThat(persistence.auditLog().of("Person", p + "m")).containsExactly(other);
        assertThat(persistence.auditLog().of("Mentorship", p + "unknown")).isEmpty();
    }

    @Test
    void anEventStoredBeforeVersion5WithItsChangeInRowsReadsBackAsBeforeAndIsErasedAsBefore() throws SQLException {
        World w = new World(persistence, prefix());
        PersonId her = w.mentee();
        long id;
        try (Connection connection = jdbc(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) + 1000000 from audit_event")) {
                rows.next();
                id = rows.getLong(1);
            }
            statement.executeUpdate("insert into audit_event (id, type, actor_id, occurred_at, subject, subject_id)"
                    + " values (" + id + ", 'QUESTIONNAIRE_RECORDED', '" + w.curator.person().value()
                    + "', timestamp '2024-09-01 10:00:00', 'Person', '" + her.value() + "')");
            statement.executeUpdate("insert into audit_event_change (event_id, name, change_value) values (" + id
                    + ", 'note', 'Наставляемый записан'), (" + id + ", 'side', 'mentee')");
        }

        List<DomainEvent> events = persistence.auditLog().of("Person", her.value());
        assertThat(events).extracting(DomainEvent::type).containsExactly(EventType.QUESTIONNAIRE_RECORDED,
                EventType.PERSON_REGISTERED, EventType.QUESTIONNAIRE_RECORDED);
        assertThat(events.get(0).change()).isEqualTo(Map.of("note", "Наставляемый записан", "side", "mentee"));
        assertThat(events.get(1).change()).containsEntry("role", "MENTEE");

        persistence.personalDataEraser().erase(her);
        assertThat(persistence.auditLog().of("Person", her.value())).allSatisfy(event -> assertThat(event.change())
                .allSatisfy((name, value) -> assertThat(value).isEqualTo(PersonalDataEraser.ERASED_TEXT)));
        assertThat(persistence.auditLog().of("Person", her.value()).get(1).change()).containsKey("role");
    }

    @Test
    void auditLogListsTheLatestEventsNewestFirst() {
        String p = prefix();
        PersonId actor = PersonId.of(p + "curator");
        // a thousand years ahead of now: later than any other test's events, also of earlier runs on the same database
        java.time.Instant t = java.time.Instant.now().plus(java.time.Duration.ofDays(365_000)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        DomainEvent first = new DomainEvent(EventType.PERSON_REGISTERED, actor, t, "Person", p + "a", Map.of());
        DomainEvent second = new DomainEvent(EventType.PERSON_REGISTERED, actor, t.plusSeconds(1), "Person", p + "b", Map.of());
        DomainEvent third = new DomainEvent(EventType.PERSON_REGISTERED, actor, t.plusSeconds(2), "Person", p + "c", Map.of());
        persistence.auditLog().publish(second);
        persistence.auditLog().publish(third);
        persistence.auditLog().publish(first);

        assertThat(persistence.auditLog().latest(2)).containsExactly(third, second);
        assertThatThrownBy(() -> persistence.auditLog().latest(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void migratingAnUpToDateDatabaseAgainChangesNothing() {
        assertThat(persistence.migrate()).isZero();
        try (TandemPersistence again = open()) {
            assertThat(again.migrate()).isZero();
        }
    }

    // ---- saved questionnaire column mappings ----

    @Test
    void aColumnMappingComesBackAsSaved() {
        Setting s = setting(prefix());
        ColumnMapping mapping = ColumnMapping.builder("google-form-mentees", s.school())
                .map(QuestionnaireField.PERSON_ID, "СНИЛС")
                .map(QuestionnaireField.FULL_NAME, "ФИО наставляемого")
                .map(QuestionnaireField.AVAILABLE_DAYS, "Удобные дни")
                .build();
        persistence.columnMappings().save(mapping);

        assertThat(persistence.columnMappings().find(s.school(), "google-form-mentees")).contains(mapping);
        assertThat(persistence.columnMappings().find(s.school(), "unknown")).isEmpty();
        assertThat(persistence.columnMappings().find(s.partner(), "google-form-mentees")).isEmpty();
    }

    @Test
    void anOrganizationListsOnlyItsOwnMappingsInTheOrderOfTheirIds() {
        Setting s = setting(prefix());
        ColumnMapping b = ColumnMapping.builder("b-mentors", s.school()).map(QuestionnaireField.CAPACITY, "Сколько").build();
        ColumnMapping a = ColumnMapping.builder("a-mentees", s.school()).map(QuestionnaireField.PERSON_ID, "id").build();
        ColumnMapping empty = ColumnMapping.builder("c-empty", s.school()).build();
        ColumnMapping partners = ColumnMapping.builder("a-mentees", s.partner())
                .map(QuestionnaireField.PERSON_ID, "Номер").build();
        List.of(b, a, empty, partners).forEach(persistence.columnMappings()::save);

        assertThat(persistence.columnMappings().of(s.school())).containsExactly(a, b, empty);
        assertThat(persistence.columnMappings().of(s.partner())).containsExactly(partners);
        assertThat(persistence.columnMappings().of(s.municipality())).isEmpty();
    }

    @Test
    void savingAMappingWithTheSameIdReplacesIt() {
        Setting s = setting(prefix());
        persistence.columnMappings().save(ColumnMapping.builder("form", s.school())
                .map(QuestionnaireField.PERSON_ID, "id").map(QuestionnaireField.FULL_NAME, "ФИО").build());
        ColumnMapping replaced = ColumnMapping.builder("form", s.school())
                .map(QuestionnaireField.PERSON_ID, "Идентификатор").map(QuestionnaireField.BIRTH_DATE, "Дата рождения")
                .build();
        persistence.columnMappings().save(replaced);

        assertThat(persistence.columnMappings().find(s.school(), "form")).contains(replaced);
        assertThat(persistence.columnMappings().of(s.school())).containsExactly(replaced);
    }

    @Test
    void guiceHandsUseCasesTheStoredMappings() {
        Injector injector = Guice.createInjector(new TandemCoreModule(), new TandemPersistenceModule(persistence));
        assertThat(injector.getInstance(ColumnMappings.class)).isSameAs(persistence.columnMappings());
    }

    // ---- roadmaps ----

    /** The built-in template of the seven-stage cycle, as an organization starts from it. */
    static Roadmap template(int year) {
        return RoadmapTemplates.targetModelCycle("Школа № 1", OrganizationLevel.ORGANIZATION, year);
    }

    /**
     * A plan as the importer makes one, every field set: sections with and without a stage, assigned and printed
     * numbers, parsed and unparsed deadlines, parties of every level and kind, source lines.
     */
    static Roadmap everyField(String... people) {
        List<ResponsibleParty> parties = new java.util.ArrayList<>(List.of(
                new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.ORGANIZATION, "МКУ «ЦРО»"),
                new ResponsibleParty(ResponsibleLevel.ORGANIZATION, PartyKind.ROLE, "Руководители ОУ"),
                new ResponsibleParty(ResponsibleLevel.UNSPECIFIED, PartyKind.ROLE, "кураторы")));
        for (String person : people) {
            parties.add(ResponsibleParty.named(person));
        }
        List<Activity> first = new java.util.ArrayList<>();
        List<String> deadlines = List.of("Сентябрь 2024", "октябрь-май", "Ежегодно, май-июнь",
                "не позднее 15 числа декабря, июня", "В течение учебного года", "Апрель 2025 г., далее постоянно",
                "Январь, июль", "II четверть");
        for (int i = 0; i < deadlines.size(); i++) {
            String text = deadlines.get(i);
            first.add(new Activity("1." + (i + 1), i == 3, "Мероприятие «" + i + "»", "Содержание деятельности " + i,
                    text, Optional.of(DeadlineParser.parse(text)), "Ожидаемый результат", "Контрольный результат",
                    "приказ", i % 2 == 0 ? "100%" : "2 мероприятия в год", i == 0 ? parties : parties.subList(0, 2),
                    Optional.of(TargetModelStage.PREPARING_CONDITIONS), 10 + i));
        }
        Activity untimed = new Activity("2.1", false, "", "Только содержание", "", Optional.empty(), "", "", "", "",
                List.of(), Optional.empty(), 0);
        return new Roadmap(Optional.of("МБОУ «СОШ № 1»"), Optional.of(OrganizationLevel.ORGANIZATION),
                "Дорожная карта по внедрению целевой модели наставничества", Optional.of(RoadmapPeriod.academicYear(2024)),
                List.of(new RoadmapSection("1", "Подготовка условий", Optional.of(TargetModelStage.PREPARING_CONDITIONS), first),
                        new RoadmapSection("", "Прочее", Optional.empty(), List.of(untimed))));
    }

    @Test
    void aSavedRoadmapComesBackWithNoExecutions() {
        Setting s = setting(prefix());
        RoadmapId id = RoadmapId.of(s.school() + "-2024");
        StoredRoadmap saved = persistence.roadmaps().save(id, s.school(), template(2024));

        StoredRoadmap stored = persistence.roadmaps().find(id).orElseThrow();
        assertThat(stored).isEqualTo(saved);
        assertThat(stored.plan()).isEqualTo(template(2024));
        assertThat(stored.owner()).isEqualTo(s.school());
        assertThat(stored.executions().executions()).isEmpty();
        assertThat(persistence.roadmaps().find(RoadmapId.of(s.school() + "-unknown"))).isEmpty();
    }

    @Test
    void aRealPlanWithEveryFieldAndEveryKindOfEvidenceComesBackEqual() {
        Setting s = setting(prefix());
        RoadmapId id = RoadmapId.of(s.school() + "-full");
        Roadmap plan = everyField("Нетёсова Л.В.", "П.С. Черёмухин");
        persistence.roadmaps().save(id, s.school(), plan);
        ActivityExecution document = ActivityExecution.of("1.1", LocalDate.of(2024, 9, 12),
                Evidence.document("45-од", LocalDate.of(2024, 9, 10)));
        ActivityExecution published = ActivityExecution.of("1.2", LocalDate.of(2024, 10, 3),
                Evidence.link(java.net.URI.create("https://school1.example/news/nastavnichestvo?id=7")));
        ActivityExecution both = ActivityExecution.of("1.4", LocalDate.of(2024, 9, 12),
                Evidence.document("12-п", LocalDate.of(2024, 9, 11)).withLink(java.net.URI.create("https://ro.example/r.pdf")));
        ActivityExecution numberOnly = ActivityExecution.of("2.1", LocalDate.of(2024, 9, 1),
                new Evidence(Optional.of("б/н"), Optional.empty(), Optional.empty()));
        List.of(document, published, both, numberOnly).forEach(e -> persistence.roadmaps().record(id, e));

        StoredRoadmap stored = persistence.roadmaps().find(id).orElseThrow();
        assertThat(stored.plan()).isEqualTo(plan);
        assertThat(stored.plan().activities().get(0).responsible()).extracting(ResponsibleParty::kind)
                .containsExactly(PartyKind.ORGANIZATION, PartyKind.ROLE, PartyKind.ROLE, PartyKind.PERSON, PartyKind.PERSON);
        assertThat(stored.executions().executions()).containsExactly(numberOnly, document, both, published);
        assertThat(stored.executions().of("1.4")).containsExactly(both);
    }

    @Test
    void recordedExecutionsAccumulateAndSurviveAReplacedPlan() {
        Setting s = setting(prefix());
        RoadmapId id = RoadmapId.of(s.school() + "-2024");
        Roadmap plan = template(2024);
        String first = plan.activities().get(0).number();
        persistence.roadmaps().save(id, s.school(), plan);
        ActivityExecution done = ActivityExecution.of(first, LocalDate.of(2024, 9, 10),
                Evidence.document("12-од", LocalDate.of(2024, 9, 10)));
        ActivityExecution again = ActivityExecution.of(first, LocalDate.of(2024, 9, 20),
                Evidence.link(java.net.URI.create("https://school.example/news/1")));
        assertThat(persistence.roadmaps().record(id, done).executions().of(first)).containsExactly(done);
        assertThat(persistence.roadmaps().record(id, again).executions().of(first)).containsExactly(done, again);
        assertThat(count("select version from roadmap where id = ?", id.value()))
                .as("each record advances the version, so a concurrent one fails").isEqualTo(2);

        StoredRoadmap replaced = persistence.roadmaps().save(id, s.school(), template(2025));

        assertThat(replaced.plan()).isEqualTo(template(2025));
        assertThat(replaced.executions().of(first)).containsExactly(done, again);
        assertThat(persistence.roadmaps().find(id).orElseThrow()).isEqualTo(replaced);
    }

    @Test
    void anOwnerListsOnlyItsRoadmapsInTheOrderOfTheirIds() {
        String p = prefix();
        Setting s = setting(p);
        persistence.roadmaps().save(RoadmapId.of(p + "b"), s.school(), template(2024));
        persistence.roadmaps().save(RoadmapId.of(p + "a"), s.school(), template(2025));
        persistence.roadmaps().save(RoadmapId.of(p + "c"), s.partner(), template(2024));
        persistence.roadmaps().record(RoadmapId.of(p + "a"), ActivityExecution.of("1.1", LocalDate.of(2025, 9, 1),
                Evidence.document("1", LocalDate.of(2025, 9, 1))));

        assertThat(persistence.roadmaps().of(s.school())).extracting(r -> r.id().value()).containsExactly(p + "a", p + "b");
        assertThat(persistence.roadmaps().of(s.school()).get(0).executions().executions()).hasSize(1);
        assertThat(persistence.roadmaps().of(s.school()).get(0).plan()).isEqualTo(template(2025));
        assertThat(persistence.roadmaps().of(s.municipality())).isEmpty();
    }

    @Test
    void anotherOwnerCannotTakeOverARoadmap() {
        Setting s = setting(prefix());
        RoadmapId id = RoadmapId.of(s.school() + "-2024");
        persistence.roadmaps().save(id, s.school(), template(2024));

        assertThatThrownBy(() -> persistence.roadmaps().save(id, s.partner(), template(2025)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(s.school().value());
        assertThat(persistence.roadmaps().find(id).orElseThrow().owner()).isEqualTo(s.school());
        assertThat(persistence.roadmaps().find(id).orElseThrow().plan()).isEqualTo(template(2024));
    }

    @Test
    void anExecutionOfAnUnknownActivityOrRoadmapIsRefused() {
        Setting s = setting(prefix());
        RoadmapId id = RoadmapId.of(s.school() + "-2024");
        persistence.roadmaps().save(id, s.school(), template(2024));
        ActivityExecution unknownActivity = ActivityExecution.of("99.9", LocalDate.of(2024, 9, 10),
                Evidence.document("1", LocalDate.of(2024, 9, 10)));
        ActivityExecution fine = ActivityExecution.of("1.1", LocalDate.of(2024, 9, 10),
                Evidence.document("1", LocalDate.of(2024, 9, 10)));

        assertThatThrownBy(() -> persistence.roadmaps().record(id, unknownActivity))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99.9");
        assertThatThrownBy(() -> persistence.roadmaps().record(RoadmapId.of(s.school() + "-nope"), fine))
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(persistence.roadmaps().find(id).orElseThrow().executions().executions()).isEmpty();
        assertThatThrownBy(() -> persistence.roadmaps().record(id, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> persistence.roadmaps().save(id, s.school(), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void deletingRemovesTheRoadmapWithItsExecutionsOnce() {
        Setting s = setting(prefix());
        RoadmapId id = RoadmapId.of(s.school() + "-2024");
        persistence.roadmaps().save(id, s.school(), template(2024));
        persistence.roadmaps().record(id, ActivityExecution.of("1.1", LocalDate.of(2024, 9, 10),
                Evidence.document("1", LocalDate.of(2024, 9, 10))));

        assertThat(persistence.roadmaps().delete(id)).isTrue();
        assertThat(persistence.roadmaps().delete(id)).isFalse();
        assertThat(persistence.roadmaps().find(id)).isEmpty();
        assertThat(count("select count(*) from roadmap_execution where roadmap_id = ?", id.value())).isZero();
    }

    @Test
    void aRoadmapOfAnUnknownOrganizationIsRefusedByTheDatabase() {
        String p = prefix();
        RoadmapId id = RoadmapId.of(p + "orphan");
        assertThatThrownBy(() -> persistence.roadmaps().save(id, OrganizationId.of(p + "nowhere"), template(2024)))
                .isInstanceOf(StorageException.class);
        assertThat(persistence.roadmaps().find(id)).isEmpty();
    }

    @Test
    void aRoadmapSavedInAFailedTransactionIsNotKept() {
        Setting s = setting(prefix());
        RoadmapId id = RoadmapId.of(s.school() + "-2024");
        assertThatThrownBy(() -> persistence.inTransaction(() -> {
            persistence.roadmaps().save(id, s.school(), template(2024));
            persistence.roadmaps().record(id, ActivityExecution.of("1.1", LocalDate.of(2024, 9, 10),
                    Evidence.document("1", LocalDate.of(2024, 9, 10))));
            throw new IllegalStateException("the host failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(persistence.roadmaps().find(id)).isEmpty();
    }

    @Test
    void guiceHandsTheStoredRoadmaps() {
        Injector injector = Guice.createInjector(new TandemCoreModule(), new TandemPersistenceModule(persistence));
        assertThat(injector.getInstance(Roadmaps.class)).isSameAs(persistence.roadmaps());
    }

    // ---- core's use cases over Guice ----

    @Test
    void useCasesWiredByGuiceEnrollProposeAndApproveAPairInTheDatabase() {
        World world = new World(persistence, prefix());
        var mentor = world.mentor(2);
        var mentee = world.mentee();
        Mentorship proposed = World.ok(world.propose(mentor, mentee));
        Mentorship approvedPair = World.ok(persistence.inTransaction(() -> world.approve(proposed.id())));

        Mentorship stored = persistence.mentorships().require(approvedPair.id());
        assertThat(stored.status()).isEqualTo(MentorshipStatus.APPROVED);
        assertThat(stored.currentMentees()).containsExactly(mentee);
        assertThat(stored.order()).contains(ApprovalOrder.of("1-од", World.TODAY));
        assertThat(persistence.people().require(mentor).mentorProfile().orElseThrow().capacity()).isEqualTo(2);
        assertThat(persistence.auditLog().of("Mentorship", stored.id().value())).extracting(DomainEvent::type)
                .containsExactly(EventType.MENTORSHIP_PROPOSED, EventType.MENTORSHIP_APPROVED);
        assertThat(persistence.auditLog().of("Person", mentee.value())).isNotEmpty();
        assertThat(placesTaken(mentor)).isEqualTo(1);
    }

    // ---- importing questionnaires: new people and audit events written in JDBC batches ----

    static final String MENTEE_HEADERS = "Код;ФИО;Дата рождения;Категория;Предметы;Дефициты;Формат;Дни;Начало работы;"
            + "Дата согласия;Согласие дал;Представитель;Запросы;Наблюдения";
    static final String MENTOR_HEADERS = "Код;ФИО;Дата рождения;Категория;Компетенции;Предметы;Формат;Дни;"
            + "Начало деятельности;Число наставляемых;Обучение;Готовность;Достижения;Дата согласия;Согласие дал";

    /** Adults who are young teachers (two requests on two lines) and minors whose parent consented, alternately. */
    static String menteeFile(String id, int rows, String deficitsOfFirst) {
        StringBuilder csv = new StringBuilder(MENTEE_HEADERS).append('\n');
        for (int i = 1; i <= rows; i++) {
            if (i % 2 == 1) {
                csv.append(id).append(i).append(";Иванова Мария ").append(i).append(";05.03.1999;молодой специалист;")
                        .append("\"математика; физика\";").append(i == 1 ? deficitsOfFirst : "lesson-planning, assessment")
                        .append(";очно;пн, ср;01.09.2023;15.09.2024;сам;;")
                        .append("\"как держать дисциплину\nкак планировать урок\";психолог: тревожность\n");
            } else {
                csv.append(id).append(i).append(";Петров Пётр ").append(i).append(";05.03.2010;ученик;история;assessment;")
                        .append("дистанционно;пт;;15.09.2024;родитель;Петров Иван Иванович;;\n");
            }
        }
        return csv.toString();
    }

    static String mentorFile(String id, int rows) {
        StringBuilder csv = new StringBuilder(MENTOR_HEADERS).append('\n');
        for (int i = 1; i <= rows; i++) {
            csv.append(id).append(i).append(";Петрова Анна ").append(i).append(";05.05.1975;педагог;")
                    .append("lesson-planning, assessment;математика;смешанный;\"пн; чт\";01.09.2004;").append(1 + i % 3)
                    .append(";да;нет;\"Учитель года 2019\nшахматы\";15.09.2024;сам\n");
        }
        return csv.toString();
    }

    static ColumnMapping mapping(QuestionnaireSide side, OrganizationId school) {
        ColumnMapping.Builder mapping = ColumnMapping.builder("form", school);
        if (side == QuestionnaireSide.MENTEE) {
            QuestionnaireField[] fields = {QuestionnaireField.PERSON_ID, QuestionnaireField.FULL_NAME,
                    QuestionnaireField.BIRTH_DATE, QuestionnaireField.CATEGORY, QuestionnaireField.SUBJECTS,
                    QuestionnaireField.COMPETENCIES, QuestionnaireField.PREFERRED_FORMAT, QuestionnaireField.AVAILABLE_DAYS,
                    QuestionnaireField.CAREER_START, QuestionnaireField.CONSENT_GIVEN_ON,
                    QuestionnaireField.CONSENT_GIVEN_BY, QuestionnaireField.REPRESENTATIVE, QuestionnaireField.REQUESTS,
                    QuestionnaireField.OBSERVATIONS};
            String[] headers = MENTEE_HEADERS.split(";");
            for (int i = 0; i < fields.length; i++) {
                mapping.map(fields[i], headers[i]);
            }
        } else {
            QuestionnaireField[] fields = {QuestionnaireField.PERSON_ID, QuestionnaireField.FULL_NAME,
                    QuestionnaireField.BIRTH_DATE, QuestionnaireField.CATEGORY, QuestionnaireField.COMPETENCIES,
                    QuestionnaireField.SUBJECTS, QuestionnaireField.PREFERRED_FORMAT, QuestionnaireField.AVAILABLE_DAYS,
                    QuestionnaireField.CAREER_START, QuestionnaireField.CAPACITY, QuestionnaireField.TRAINING,
                    QuestionnaireField.WILLING_ELSEWHERE, QuestionnaireField.ACHIEVEMENTS,
                    QuestionnaireField.CONSENT_GIVEN_ON, QuestionnaireField.CONSENT_GIVEN_BY};
            String[] headers = MENTOR_HEADERS.split(";");
            for (int i = 0; i < fields.length; i++) {
                mapping.map(fields[i], headers[i]);
            }
        }
        return mapping.build();
    }

    static ImportReport importFile(World w, QuestionnaireSide side, String csv) {
        ImportReport report = World.ok(w.get(ImportingQuestionnaires.class).importFile(w.curator,
                ImportingQuestionnaires.Command.withMapping(w.school, side, QuestionnaireFile.of("file.csv",
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), mapping(side, w.school))));
        assertThat(report.problems()).isEmpty();
        return report;
    }

    static final List<String> PEOPLE_TABLES = List.of("person", "person_role", "person_consent", "mentee_profile",
            "mentee_subject", "mentee_request", "mentee_deficit", "mentee_day", "mentee_observation", "mentor_profile",
            "mentor_competency", "mentor_subject", "mentor_day", "mentor_achievement");

    /**
     * Every row of the people tables and of the audit log about the people whose ids start with {@code ids}, as
     * "table: column=value, ..." with {@code ids} replaced by "*", sorted; without {@code person.version}.
     */
    List<String> rowsOf(String ids) throws SQLException {
        List<String> rows = new java.util.ArrayList<>();
        try (Connection connection = jdbc()) {
            for (String table : PEOPLE_TABLES) {
                String key = table.equals("person") ? "id" : "person_id";
                collect(connection, table, "select * from " + table + " where " + key + " like ?", ids, rows);
            }
            collect(connection, "audit", "select type, actor_id, occurred_at, subject, subject_id, change_json"
                    + " from audit_event where subject_id like ?", ids, rows);
        }
        rows.sort(null);
        return rows;
    }

    private static void collect(Connection connection, String table, String sql, String ids, List<String> rows)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, ids + "%");
            try (ResultSet result = statement.executeQuery()) {
                java.sql.ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    StringBuilder row = new StringBuilder(table).append(':');
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        String column = meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT);
                        if (!(table.equals("person") && column.equals("version"))) {
                            Object value = result.getObject(c);
                            if (value instanceof java.sql.Timestamp || value instanceof java.time.temporal.Temporal) {
                                value = result.getObject(c, java.time.OffsetDateTime.class).toInstant();
                            }
                            row.append(' ').append(column).append('=').append(String.valueOf(value).replace(ids, "*"));
                        }
                    }
                    rows.add(row.toString());
                }
            }
        }
    }

    @Test
    void anImportInOneTransactionWritesTheSameRowsAsTheEntityPathAuditIncluded() throws SQLException {
        World w = new World(persistence, prefix());
        String batched = w.school.value() + "-batched-";
        String entities = w.school.value() + "-entities-";

        ImportReport report = persistence.inTransaction(() -> {
            ImportReport mentees = importFile(w, QuestionnaireSide.MENTEE, menteeFile(batched, 30, "lesson-planning"));
            importFile(w, QuestionnaireSide.MENTOR, mentorFile(batched + "m-", 5));
            assertThat(persistence.people().withRole(Role.MENTEE, w.school)).as("its own transaction sees them")
                    .extracting(person -> person.id().value()).filteredOn(id -> id.startsWith(batched)).hasSize(30);
            return mentees;
        });
        // outside a transaction every save is a transaction of its own, through the entities
        importFile(w, QuestionnaireSide.MENTEE, menteeFile(entities, 30, "lesson-planning"));
        importFile(w, QuestionnaireSide.MENTOR, mentorFile(entities + "m-", 5));

        assertThat(report.created()).isEqualTo(30);
        List<String> rows = rowsOf(batched);
        assertThat(rows).isEqualTo(rowsOf(entities));
        assertThat(rows).anyMatch(r -> r.startsWith("mentee_request:") && r.contains("position=1"))
                .anyMatch(r -> r.startsWith("person_consent:") && r.contains("representative=Петров Иван Иванович"))
                .anyMatch(r -> r.startsWith("mentor_achievement:") && r.contains("position=1"))
                .anyMatch(r -> r.startsWith("audit:") && r.contains("type=PERSON_REGISTERED"))
                .anyMatch(r -> r.startsWith("audit:") && r.contains("type=QUESTIONNAIRE_RECORDED"));
        assertThat(count("select count(*) from audit_event where subject_id like ?", batched + "%")).isEqualTo(2 * 35);
        assertThat(count("select count(distinct id) from audit_event where subject_id like ?", batched + "%"))
                .isEqualTo(2 * 35);
        for (int i = 1; i <= 2; i++) {
            Person read = persistence.people().require(PersonId.of(batched + i));
            Person expected = persistence.people().require(PersonId.of(entities + i));
            assertThat(stateOf(read).subList(2, 8)).isEqualTo(stateOf(expected).subList(2, 8));
            assertThat(persistence.auditLog().of("Person", batched + i)).extracting(DomainEvent::type)
                    .containsExactly(EventType.PERSON_REGISTERED, EventType.QUESTIONNAIRE_RECORDED);
        }
    }

    @Test
    void reImportingAFileChangesNothingAndAnUpdatedFileUpdatesTheSamePeople() throws SQLException {
        World w = new World(persistence, prefix());
        String ids = w.school.value() + "-p-";
        persistence.inTransaction(() -> importFile(w, QuestionnaireSide.MENTEE, menteeFile(ids, 12, "lesson-planning")));
        List<String> first = rowsOf(ids);

        ImportReport again = persistence.inTransaction(() ->
                importFile(w, QuestionnaireSide.MENTEE, menteeFile(ids, 12, "lesson-planning")));
        assertThat(List.of(again.created(), again.updated(), again.unchanged())).containsExactly(0, 0, 12);
        assertThat(rowsOf(ids)).isEqualTo(first);

        ImportReport updated = persistence.inTransaction(() ->
                importFile(w, QuestionnaireSide.MENTEE, menteeFile(ids, 12, "digital-tools, parents")));
        assertThat(List.of(updated.created(), updated.updated(), updated.unchanged())).containsExactly(0, 1, 11);
        assertThat(count("select count(*) from person where id like ?", ids + "%")).isEqualTo(12);
        assertThat(persistence.people().require(PersonId.of(ids + 1)).menteeProfile().orElseThrow().deficits())
                .extracting(Competency::code).containsExactlyInAnyOrder("digital-tools", "parents");
        assertThat(persistence.auditLog().of("Person", ids + 1)).extracting(DomainEvent::type).containsExactly(
                EventType.PERSON_REGISTERED, EventType.QUESTIONNAIRE_RECORDED, EventType.QUESTIONNAIRE_RECORDED);
        assertThat(persistence.auditLog().of("Person", ids + 1).get(2).change())
                .containsEntry("deficits", "digital-tools,parents");
        assertThat(persistence.auditLog().of("Person", ids + 2)).hasSize(2);
    }

    @Test
    void anImportWhoseTransactionFailsLeavesNeitherPeopleNorAuditEvents() {
        World w = new World(persistence, prefix());
        String ids = w.school.value() + "-lost-";
        assertThatThrownBy(() -> persistence.inTransaction(() -> {
            // more than a transaction holds back, so that part of it reached the database before the failure
            importFile(w, QuestionnaireSide.MENTEE, menteeFile(ids, 5_500, "lesson-planning"));
            throw new IllegalStateException("the host failed after the import");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count("select count(*) from person where id like ?", ids + "%")).isZero();
        assertThat(count("select count(*) from mentee_deficit where person_id like ?", ids + "%")).isZero();
        assertThat(count("select count(*) from audit_event where subject_id like ?", ids + "%")).isZero();
    }

    @Test
    void aPersonImportedAndWithdrawnInOneTransactionIsErasedEverywhere() {
        World w = new World(persistence, prefix());
        String ids = w.school.value() + "-gone-";
        PersonId first = PersonId.of(ids + 1);
        persistence.inTransaction(() -> {
            importFile(w, QuestionnaireSide.MENTEE, menteeFile(ids, 2, "lesson-planning"));
            World.ok(w.get(org.tandem.core.people.application.WithdrawingConsent.class).withdraw(
                    org.tandem.core.access.Actor.of(first), new org.tandem.core.people.application.WithdrawingConsent
                            .Command(first, ConsentPurpose.MENTORING, World.TODAY)));
        });
        Person erased = persistence.people().require(first);
        assertThat(erased.isErased()).isTrue();
        assertThat(erased.menteeProfile()).isEmpty();
        assertThat(count("select count(*) from person where id = ? and birth_date is null and full_name <> 'Иванова Мария 1'",
                first.value())).isEqualTo(1);
        for (String table : PEOPLE_TABLES.subList(3, 9)) {
            assertThat(count("select count(*) from " + table + " where person_id = ?", first.value())).as(table).isZero();
        }
        assertThat(persistence.people().require(PersonId.of(ids + 2)).fullName()).isEqualTo("Петров Пётр 2");
        assertThat(persistence.auditLog().of("Person", first.value())).extracting(DomainEvent::type)
                .contains(EventType.PERSON_REGISTERED, EventType.CONSENT_WITHDRAWN, EventType.PERSONAL_DATA_ERASED);
    }

    /** The places the mentor's load row counts, read with plain SQL; 0 without a row. */
    int placesTaken(PersonId mentor) {
        try (Connection connection = jdbc();
             PreparedStatement statement = connection.prepareStatement(
                     "select places_taken from mentor_load where mentor_id = ?")) {
            statement.setString(1, mentor.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- privacy: the inventory, erasure and the subject access export ----

    /** Every column of the live schema, "table.column" in lower case, Flyway's table left out. */
    Map<String, Integer> liveColumns() throws SQLException {
        Map<String, Integer> columns = new java.util.TreeMap<>();
        try (Connection connection = jdbc();
             ResultSet rows = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                if (!PersonalDataInventory.IGNORED_TABLES.contains(table)) {
                    columns.put(table + "." + rows.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT),
                            rows.getInt("DATA_TYPE"));
                }
            }
        }
        return columns;
    }

    List<String> undeclaredColumns() throws SQLException {
        return liveColumns().keySet().stream().filter(name -> {
            String[] parts = name.split("\\.");
            return PersonalDataInventory.declarationOf(parts[0], parts[1]).isEmpty();
        }).toList();
    }

    @Test
    void theInventoryDeclaresEveryColumnOfTheLiveSchemaAndNothingElse() throws SQLException {
        Map<String, Integer> live = liveColumns();
        assertThat(live).hasSizeGreaterThan(150);
        assertThat(undeclaredColumns()).as("columns neither in the inventory nor declared not personal").isEmpty();
        List<String> declared = new java.util.ArrayList<>();
        PersonalDataInventory.fields().forEach(f -> declared.add(f.table() + "." + f.column()));
        PersonalDataInventory.nonPersonal().forEach(n -> declared.add(n.table() + "." + n.column()));
        assertThat(declared).as("declared once each").doesNotHaveDuplicates();
        assertThat(live.keySet()).as("every declaration names a live column").containsAll(declared);
        for (PersonalDataInventory.Field field : PersonalDataInventory.fields()) {
            assertThat(live).as("link column of " + field).containsKey(field.table() + "." + field.linkColumn());
            assertThat(field.purpose().ru()).isNotBlank();
            assertThat(field.purpose().en()).isNotBlank();
        }
        assertThat(PersonalDataInventory.fields()).extracting(PersonalDataInventory.Field::category)
                .contains(PersonalDataInventory.Category.values());
    }

    @Test
    void aColumnAddedWithoutADeclarationIsCaught() throws SQLException {
        try (Connection connection = jdbc(); Statement statement = connection.createStatement()) {
            statement.execute("alter table mentorship_meeting add column nickname varchar(100)");
            try {
                assertThat(undeclaredColumns()).containsExactly("mentorship_meeting.nickname");
            } finally {
                statement.execute("alter table mentorship_meeting drop column nickname");
            }
        }
        assertThat(undeclaredColumns()).isEmpty();
    }

    /** A mentee with distinctive values in every place personal data goes, in a pair with a mentor. */
    record Enrolled(World world, PersonId her, PersonId mentor, MentorshipId mentorship) {
    }

    /** {@code subject} and {@code hobby} are words found nowhere else in the database. */
    Enrolled enrollWithDistinctiveValues(String surname, String name, String representative, String subject,
                                         String hobby) {
        World w = new World(persistence, prefix());
        PersonId mentor = w.mentor(2);
        PersonId her = PersonId.of(mentor.value().replace("mentor-", "her-"));
        World.ok(w.get(org.tandem.core.people.application.EnrollingParticipant.class).enroll(w.curator,
                new org.tandem.core.people.application.EnrollingParticipant.Command(her, surname + " " + name,
                        LocalDate.of(1999, 4, 17), w.school, Role.MENTEE,
                        Consent.byParent(ConsentPurpose.MENTORING, World.TODAY.minusMonths(1), representative))));
        World.ok(w.get(org.tandem.core.people.application.RecordingMenteeQuestionnaire.class).record(w.curator,
                new org.tandem.core.people.application.RecordingMenteeQuestionnaire.Questionnaire(her,
                        MenteeCategory.YOUNG_TEACHER, Set.of("геометрия " + subject + "ов"),
                        List.of("хочу научиться объяснять " + subject + "ы пятиклассникам"), Set.of("lesson-planning"),
                        MeetingFormat.IN_PERSON, EnumSet.of(DayOfWeek.THURSDAY), LocalDate.of(2023, 9, 1),
                        List.of("робеет перед классом " + hobby + "ов"))));
        Mentorship proposed = World.ok(w.propose(mentor, her));
        World.ok(persistence.inTransaction(() -> w.approve(proposed.id())));
        World.ok(w.get(org.tandem.core.mentorship.application.RecordingMeeting.class).record(w.curator,
                new org.tandem.core.mentorship.application.RecordingMeeting.Command(proposed.id(),
                        MeetingType.FIRST_ORGANIZATIONAL, World.TODAY, "Первая встреча: " + name + " " + surname
                        + " и наставник составили план")));
        World.ok(w.get(org.tandem.core.mentorship.application.GivingFeedback.class).give(
                org.tandem.core.access.Actor.of(her),
                new org.tandem.core.mentorship.application.GivingFeedback.Questionnaire(proposed.id(),
                        FeedbackRole.MENTEE, FeedbackStage.INTERMEDIATE, World.TODAY, Map.of("польза встреч", 5),
                        "Я, " + surname + ", довольна: " + hobby + "ы слушают")));
        World.ok(w.get(org.tandem.core.mentorship.application.GivingFeedback.class).give(
                org.tandem.core.access.Actor.of(mentor),
                new org.tandem.core.mentorship.application.GivingFeedback.Questionnaire(proposed.id(),
                        FeedbackRole.MENTOR, FeedbackStage.INTERMEDIATE, World.TODAY, Map.of("вовлечённость наставляемых", 4),
                        "Наставнику удобно по понедельникам; " + surname + "у нужно больше практики")));
        // a host's own events: one about her, one about the pair, both naming her
        persistence.auditLog().publish(new DomainEvent(EventType.QUESTIONNAIRE_RECORDED, w.curator.person(),
                java.time.Instant.parse("2024-10-01T10:00:00Z"), "Person", her.value(), Map.of("note", surname + " " + name)));
        persistence.auditLog().publish(new DomainEvent(EventType.MEETING_RECORDED, w.curator.person(),
                java.time.Instant.parse("2024-10-01T10:00:00Z"), "Mentorship", proposed.id().value(),
                Map.of("note", "встреча с " + name)));
        return new Enrolled(w, her, mentor, proposed.id());
    }

    /** Every text value of every table of the schema, as "table.column: value". */
    List<String> everyText() throws SQLException {
        List<String> texts = new java.util.ArrayList<>();
        Set<Integer> textTypes = Set.of(java.sql.Types.VARCHAR, java.sql.Types.CHAR, java.sql.Types.LONGVARCHAR,
                java.sql.Types.CLOB, java.sql.Types.NVARCHAR, java.sql.Types.NCHAR, java.sql.Types.LONGNVARCHAR,
                java.sql.Types.NCLOB);
        Map<String, Integer> live = liveColumns();
        try (Connection connection = jdbc(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Integer> column : live.entrySet()) {
                if (!textTypes.contains(column.getValue())) {
                    continue;
                }
                String[] parts = column.getKey().split("\\.");
                try (ResultSet rows = statement.executeQuery("select " + parts[1] + " from " + parts[0])) {
                    while (rows.next()) {
                        texts.add(column.getKey() + ": " + rows.getString(1));
                    }
                }
            }
        }
        assertThat(texts).as("the scan reads the tables").anyMatch(t -> t.startsWith("person.full_name: "));
        return texts;
    }

    int count(String sql, String parameter) {
        try (Connection connection = jdbc(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withdrawingConsentErasesHerPersonalDataFromEveryTableAndKeepsTheCounts() throws SQLException {
        Enrolled e = enrollWithDistinctiveValues("Эрастова", "Зинаида", "Эрастов Павел Игнатьевич",
                "квазикристалл", "ксилофонист");
        List<String> distinctive = List.of("эрастов", "зинаид", "павел игнатьевич", "квазикристалл", "ксилофонист");
        RoadmapId roadmap = RoadmapId.of(e.her() + "-roadmap");
        persistence.roadmaps().save(roadmap, e.world().school, everyField("Эрастова З.", "методист Эрастова Зинаида"));
        assertThat(everyText()).as("stored before").anyMatch(t -> t.toLowerCase().contains("квазикристалл"))
                .anyMatch(t -> t.startsWith("roadmap.plan: ") && t.contains("Эрастова З."));

        World.ok(persistence.inTransaction(() -> e.world().get(
                org.tandem.core.people.application.WithdrawingConsent.class).withdraw(org.tandem.core.access.Actor.of(e.her()),
                new org.tandem.core.people.application.WithdrawingConsent.Command(e.her(), ConsentPurpose.MENTORING,
                        World.TODAY))));

        List<String> left = everyText().stream()
                .filter(t -> distinctive.stream().anyMatch(d -> t.toLowerCase(java.util.Locale.ROOT).contains(d))).toList();
        assertThat(left).as("her personal values left anywhere").isEmpty();
        assertThat(count("select count(*) from person where id = ? and birth_date is null and erased = true", e.her().value()))
                .isEqualTo(1);
        Person erased = persistence.people().require(e.her());
        assertThat(erased.isErased()).isTrue();
        assertThat(erased.menteeProfile()).isEmpty();
        assertThat(erased.roles()).isNotEmpty();
        assertThat(erased.consents()).singleElement().satisfies(c -> {
            assertThat(c.representative()).contains(PersonalDataEraser.ERASED_NAME);
            assertThat(c.withdrawnOn()).contains(World.TODAY);
        });
        // what monitoring counts stays
        Mentorship pair = persistence.mentorships().require(e.mentorship());
        assertThat(persistence.mentorships().ofMentee(e.her())).hasSize(1);
        assertThat(pair.memberships()).singleElement().extracting(Membership::mentee).isEqualTo(e.her());
        assertThat(pair.meetings()).hasSize(1);
        assertThat(pair.feedback()).hasSize(2);
        assertThat(pair.feedback().get(0).ratings()).isEqualTo(Map.of("польза встреч", 5));
        assertThat(pair.feedback().get(0).comment()).isEqualTo(PersonalDataEraser.ERASED_TEXT);
        assertThat(pair.feedback().get(1).ratings()).isEqualTo(Map.of("вовлечённость наставляемых", 4));
        assertThat(pair.feedback().get(1).comment()).as("the mentor's comment keeps what is not hers")
                .isEqualTo("Наставнику удобно по понедельникам; " + PersonalDataEraser.ERASED_TEXT + " нужно больше практики");
        assertThat(count("select count(*) from mentorship_feedback_rating r join mentorship_feedback f on f.id = r.feedback_id"
                + " where f.mentorship_id = ?", e.mentorship().value())).isEqualTo(2);
        assertThat(persistence.people().require(e.mentor()).fullName()).startsWith("Наставник");
        assertThat(persistence.roadmaps().find(roadmap).orElseThrow().plan()).isEqualTo(everyField("—", "методист —"));
        assertThat(persistence.auditLog().of("Person", e.her().value())).extracting(DomainEvent::type)
                .contains(EventType.PERSON_REGISTERED, EventType.CONSENT_WITHDRAWN, EventType.PERSONAL_DATA_ERASED);
    }

    @Test
    void herNameIsCutFromAnEventShePublishedAboutAnotherPersonAndTheEventsOtherValuesStay() {
        Enrolled e = enrollWithDistinctiveValues("Жемчужникова", "Любава", "Жемчужников Ефим", "параллелепипед",
                "арфист");
        // a host's event about the mentor, made by her: it is his event, so only what is hers is cut from it
        persistence.auditLog().publish(new DomainEvent(EventType.MEETING_RECORDED, e.her(),
                java.time.Instant.parse("2024-10-02T09:00:00Z"), "Person", e.mentor().value(),
                Map.of("note", "Жемчужникова Любава просит перенести встречу", "room", "кабинет 12")));

        World.ok(persistence.inTransaction(() -> e.world().get(
                org.tandem.core.people.application.WithdrawingConsent.class).withdraw(org.tandem.core.access.Actor.of(e.her()),
                new org.tandem.core.people.application.WithdrawingConsent.Command(e.her(), ConsentPurpose.MENTORING,
                        World.TODAY))));

        DomainEvent his = persistence.auditLog().of("Person", e.mentor().value()).stream()
                .filter(event -> event.type() == EventType.MEETING_RECORDED).findFirst().orElseThrow();
        assertThat(his.actor()).isEqualTo(e.her());
        assertThat(his.change()).containsEntry("room", "кабинет 12");
        assertThat(his.change().get("note")).doesNotContain("Жемчужников", "Любав")
                .contains("просит перенести встречу").contains(PersonalDataEraser.ERASED_TEXT);
    }

    /** The responsible parties of the roadmap's first activity, as written. */
    List<String> partiesOf(RoadmapId roadmap) {
        return persistence.roadmaps().find(roadmap).orElseThrow().plan().activities().get(0).responsibleNames();
    }

    @Test
    void roadmapsLoseHerNameByInitialsNearHerAndByFullNameEverywhereButKeepNamesakes() throws Exception {
        Enrolled e = enrollWithDistinctiveValues("Планова", "Виктория", "Планов Олег", "тетраэдр", "гобоист");
        OrganizationId elsewhere = OrganizationId.of(e.her() + "-elsewhere");
        persistence.organizations().save(Organization.region(elsewhere, "Другой регион"));
        RoadmapId school = RoadmapId.of(e.her() + "-school");
        RoadmapId municipality = RoadmapId.of(e.her() + "-municipality");
        RoadmapId far = RoadmapId.of(e.her() + "-far");
        List<String> named = List.of("Планова В.", "В. Планова", "Плановой В.", "Планова Н.Н.", "Виктория Планова");
        persistence.roadmaps().save(school, e.world().school, everyField(named.toArray(String[]::new)));
        persistence.roadmaps().save(municipality, e.world().municipality, everyField("методист Планова В."));
        persistence.roadmaps().save(far, elsewhere, everyField("Планова В.", "Планова Виктория"));
        ActivityExecution done = ActivityExecution.of("1.1", LocalDate.of(2024, 9, 12),
                Evidence.document("45-од", LocalDate.of(2024, 9, 10)));
        persistence.roadmaps().record(school, done);

        com.fasterxml.jackson.databind.JsonNode export = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(persistence.personalDataExport().of(e.her())).get("tables").get("roadmap");
        assertThat(export).extracting(n -> n.get("roadmap_id").asText() + ": " + n.get("responsible").asText())
                .containsExactlyInAnyOrder(far + ": Планова Виктория", municipality + ": методист Планова В.",
                        school + ": Планова В.", school + ": В. Планова", school + ": Плановой В.",
                        school + ": Виктория Планова");

        persistence.personalDataEraser().erase(e.her());

        List<String> fixed = List.of("МКУ «ЦРО»", "Руководители ОУ", "кураторы");
        assertThat(partiesOf(school)).as("her school").containsExactlyElementsOf(concat(fixed,
                List.of("—", "—", "—", "Планова Н.Н.", "—")));
        assertThat(partiesOf(municipality)).as("the municipality above").containsExactlyElementsOf(concat(fixed,
                List.of("методист —")));
        assertThat(partiesOf(far)).as("another region: initials are someone else's").containsExactlyElementsOf(
                concat(fixed, List.of("Планова В.", "—")));
        StoredRoadmap kept = persistence.roadmaps().find(school).orElseThrow();
        assertThat(kept.executions().executions()).containsExactly(done);
        assertThat(kept.plan().activities().get(0).responsible()).as("levels and kinds stay")
                .extracting(ResponsibleParty::level, ResponsibleParty::kind)
                .isEqualTo(everyField(named.toArray(String[]::new)).activities().get(0).responsible().stream()
                        .map(party -> org.assertj.core.groups.Tuple.tuple(party.level(), party.kind())).toList());
        assertThat(kept.plan().activities().subList(1, kept.plan().activities().size()))
                .isEqualTo(everyField().activities().subList(1, kept.plan().activities().size()));
        assertThat(persistence.personalDataExport().of(e.her())).doesNotContain("\"roadmap\"");
    }

    static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Test
    void theEraserAloneErasesAStoredPersonAndRefusesAnUnknownOne() throws SQLException {
        Enrolled e = enrollWithDistinctiveValues("Стиральникова", "Феврония", "Стиральников Ермолай",
                "гиперкуб", "балалаечник");
        persistence.personalDataEraser().erase(e.her());
        persistence.personalDataEraser().erase(e.her());

        assertThat(everyText()).noneMatch(t -> t.toLowerCase().contains("стиральн") || t.toLowerCase().contains("феврони")
                || t.toLowerCase().contains("гиперкуб") || t.toLowerCase().contains("балалаечник"));
        Person erased = persistence.people().require(e.her());
        assertThat(erased.isErased()).isTrue();
        assertThat(erased.menteeProfile()).isEmpty();
        assertThat(persistence.mentorships().require(e.mentorship()).feedback()).hasSize(2);
        assertThatThrownBy(() -> persistence.personalDataEraser().erase(PersonId.of("nobody-here")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown person nobody-here");
        assertThatThrownBy(() -> persistence.personalDataExport().of(PersonId.of("nobody-here")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown person nobody-here");
    }

    @Test
    void theExportHoldsEverythingStoredAboutHerAndNothingOfAnotherPerson() throws Exception {
        Enrolled e = enrollWithDistinctiveValues("Экспортова", "Ульяна", "Экспортов Тихон", "тессеракт",
                "волынщик");
        PersonId other = e.world().mentee();
        String json = persistence.personalDataExport().of(e.her());

        com.fasterxml.jackson.databind.JsonNode document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(document.get("person").asText()).isEqualTo(e.her().value());
        assertThat(document.get("tables").get("person").get(0).get("full_name").asText()).isEqualTo("Экспортова Ульяна");
        assertThat(document.get("tables").get("person").get(0).get("birth_date").asText()).isEqualTo("1999-04-17");
        assertThat(document.get("tables").get("person_consent").get(0).get("representative").asText())
                .isEqualTo("Экспортов Тихон");
        assertThat(document.get("tables").get("person_role").get(0).get("role").asText()).isEqualTo("MENTEE");
        assertThat(json).contains("геометрия тессерактов", "хочу научиться объяснять тессеракты пятиклассникам",
                "lesson-planning", "THURSDAY", "2023-09-01", "робеет перед классом волынщиков", "YOUNG_TEACHER",
                "Первая встреча: Ульяна Экспортова и наставник составили план",
                "Я, Экспортова, довольна: волынщикы слушают", "польза встреч",
                e.mentorship().value(), "PERSON_REGISTERED", "QUESTIONNAIRE_RECORDED", "FEEDBACK_GIVEN",
                "согласие на обработку персональных данных", "consent to processing personal data");
        assertThat(document.get("tables").fieldNames()).toIterable().contains("person", "person_role", "person_consent",
                "mentee_profile", "mentee_subject", "mentee_request", "mentee_deficit", "mentee_day",
                "mentee_observation", "mentorship_membership", "mentorship_meeting", "mentorship_feedback",
                "mentorship_feedback_rating", "audit_event");
        assertThat(document.get("tables").get("audit_event").findValuesAsText("change_json")).as("her events' changes")
                .anyMatch(change -> change.contains("\"note\":\"Экспортова Ульяна\""));
        // nothing of the mentor, of another mentee or of the curator
        Person mentor = persistence.people().require(e.mentor());
        assertThat(json).doesNotContain(e.mentor().value(), mentor.fullName(), "Наставнику удобно",
                "вовлечённость наставляемых", other.value(), persistence.people().require(other).fullName(),
                "математика");
    }
}
