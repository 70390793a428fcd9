package org.tandem.core.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;

import org.tandem.core.access.Actor;
import org.tandem.core.guice.TandemCoreModule;
import org.tandem.core.inmemory.InMemoryAuditLog;
import org.tandem.core.mentorship.CompletionOutcome;
import org.tandem.core.mentorship.FeedbackRole;
import org.tandem.core.mentorship.FeedbackStage;
import org.tandem.core.mentorship.GoalAssessment;
import org.tandem.core.mentorship.MeetingType;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.PersonalizedProgram;
import org.tandem.core.mentorship.PersonalizedPrograms;
import org.tandem.core.mentorship.application.ApprovingMentorship;
import org.tandem.core.mentorship.application.DraftingPersonalizedProgram;
import org.tandem.core.mentorship.application.EndingMentorship;
import org.tandem.core.mentorship.application.GivingFeedback;
import org.tandem.core.mentorship.application.ProposingMentorship;
import org.tandem.core.mentorship.application.RecordingMeeting;
import org.tandem.core.mentorship.application.WorkingOnProgram;
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
import org.tandem.core.people.application.AppointingStaff;
import org.tandem.core.people.application.EnrollingParticipant;
import org.tandem.core.people.application.RecordingMenteeQuestionnaire;
import org.tandem.core.people.application.RecordingMentorQuestionnaire;
import org.tandem.core.program.MentoringForm;
import org.tandem.core.program.MentoringKind;
import org.tandem.core.program.application.OpeningProgram;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.PersonalizedProgramId;
import org.tandem.core.shared.ProgramId;
import org.tandem.core.shared.Result;

/**
 * One mentoring cycle of the 2023–2024 academic year, following the seven stages of a regional education
 * center's roadmap: conditions, the mentee base, the mentor base, selecting mentors, forming a group and a pair
 * fixed by the head's order, personalized programs with meetings and December feedback, and completion in May.
 *
 * <p>Runs the real use cases on in-memory repositories wired by {@link TandemCoreModule}, on a clock that the
 * walkthrough moves through the year. The README's run command starts {@link #main}; the scenario test runs
 * {@link #run} and checks every step.
 */
public final class MentoringCycleWalkthrough {

    public static final OrganizationId REGION = OrganizationId.of("region-krai");
    public static final OrganizationId MUNICIPALITY = OrganizationId.of("mun-city");
    public static final OrganizationId CENTER = OrganizationId.of("org-kco");
    public static final ProgramId PROGRAM = ProgramId.of("program-teacher-teacher-2023");
    public static final PersonId HEAD = PersonId.of("head-cheremukhin");
    public static final PersonId COORDINATOR = PersonId.of("coordinator-lebedeva");
    public static final PersonId CURATOR = PersonId.of("curator-orlova");
    public static final PersonId MENTOR_MATHEMATICS = PersonId.of("mentor-sokolova");
    public static final PersonId MENTOR_HISTORY = PersonId.of("mentor-voronin");
    public static final PersonId MENTEE_1 = PersonId.of("mentee-kuznetsova");
    public static final PersonId MENTEE_2 = PersonId.of("mentee-petrov");
    public static final PersonId MENTEE_3 = PersonId.of("mentee-ivanova");
    public static final MentorshipId GROUP = MentorshipId.of("group-mathematics");
    public static final MentorshipId PAIR = MentorshipId.of("pair-history");

    /** What the cycle left behind, for the scenario test and the printed summary. */
    public record Outcome(List<String> narration, Mentorship group, Mentorship pair, PersonalizedProgram groupProgram,
                          PersonalizedProgram pairProgram, InMemoryAuditLog auditLog) {
    }

    private final MovableClock clock = new MovableClock(LocalDate.of(2023, 9, 1), ZoneId.of("Asia/Krasnoyarsk"));
    private final Injector injector = Guice.createInjector(new TandemCoreModule(), new AbstractModule() {
        @Override
        protected void configure() {
            OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding().toInstance(clock);
        }
    });
    private final List<String> narration = new ArrayList<>();
    private Consumer<String> narrator = line -> { };

    public static void main(String[] args) {
        Outcome outcome = new MentoringCycleWalkthrough().run(System.out::println);
        System.out.println();
        System.out.println("Audit log: " + outcome.auditLog().all().size() + " events recorded, each with its actor and time.");
        System.out.println("Group: " + outcome.group().status() + " (" + outcome.group().outcome().orElseThrow() + "), pair: "
                + outcome.pair().status() + " (" + outcome.pair().outcome().orElseThrow() + ").");
    }

    /** Runs the whole cycle, telling each step to {@code narrator}; throws if any step is refused. */
    public Outcome run(Consumer<String> narrator) {
        this.narrator = narrator;
        preparingConditions();
        formingMenteeBase();
        formingMentorBase();
        formingPairsAndGroups();
        workingInPairs();
        completing();
        Mentorships mentorships = injector.getInstance(Mentorships.class);
        PersonalizedPrograms programs = injector.getInstance(PersonalizedPrograms.class);
        return new Outcome(List.copyOf(narration), mentorships.require(GROUP), mentorships.require(PAIR),
                programs.ofMentorship(GROUP).orElseThrow(), programs.ofMentorship(PAIR).orElseThrow(),
                injector.getInstance(InMemoryAuditLog.class));
    }

    private void preparingConditions() {
        say("Stage 1, September 2023: preparing conditions. The region, the municipality and the education center are set up; the host saves the first head directly.");
        Organizations organizations = injector.getInstance(Organizations.class);
        organizations.save(Organization.region(REGION, "Красноярский край"));
        organizations.save(Organization.municipality(MUNICIPALITY, "г. Красноярск", REGION));
        organizations.save(Organization.school(CENTER, "КГАНОУ «Краевой центр образования»", MUNICIPALITY));
        Person head = Person.register(HEAD, "Черёмухин Павел Сергеевич", LocalDate.of(1975, 3, 14));
        head.assignRole(RoleAssignment.of(Role.HEAD, CENTER), clock.today());
        injector.getInstance(People.class).save(head);
        AppointingStaff appointing = injector.getInstance(AppointingStaff.class);
        done(appointing.appoint(Actor.of(HEAD), new AppointingStaff.Command(COORDINATOR, "Лебедева Ирина Олеговна",
                LocalDate.of(1980, 6, 2), CENTER, Role.COORDINATOR)));
        done(appointing.appoint(Actor.of(HEAD), new AppointingStaff.Command(CURATOR, "Орлова Марина Викторовна",
                LocalDate.of(1984, 11, 20), CENTER, Role.CURATOR)));
        say("  The head appoints a coordinator and a curator.");
        done(injector.getInstance(OpeningProgram.class).open(Actor.of(CURATOR), new OpeningProgram.Command(PROGRAM, CENTER,
                "Педагог – педагог, 2023–2024", MentoringForm.TEACHER_TEACHER,
                EnumSet.of(MentoringKind.INDIVIDUAL, MentoringKind.GROUP), LocalDate.of(2023, 9, 1),
                LocalDate.of(2024, 6, 30), CURATOR, Set.of())));
        say("  The curator opens the program «Педагог – педагог» for September 2023 to June 2024.");
    }

    private void formingMenteeBase() {
        clock.moveTo(LocalDate.of(2023, 9, 8));
        say("Stage 2: the mentee base. Three young teachers sign consents, enter the base and fill in questionnaires.");
        enroll(MENTEE_1, "Кузнецова Анна Игоревна", LocalDate.of(1999, 4, 10), Role.MENTEE);
        enroll(MENTEE_2, "Петров Денис Андреевич", LocalDate.of(1998, 1, 22), Role.MENTEE);
        enroll(MENTEE_3, "Иванова Ольга Сергеевна", LocalDate.of(2000, 8, 5), Role.MENTEE);
        RecordingMenteeQuestionnaire questionnaires = injector.getInstance(RecordingMenteeQuestionnaire.class);
        menteeQuestionnaire(questionnaires, MENTEE_1, "математика", Set.of("lesson-planning", "classroom-management"),
                LocalDate.of(2022, 9, 1));
        menteeQuestionnaire(questionnaires, MENTEE_2, "математика", Set.of("assessment", "parents"),
                LocalDate.of(2023, 9, 1));
        menteeQuestionnaire(questionnaires, MENTEE_3, "история", Set.of("documentation", "lesson-planning"),
                LocalDate.of(2023, 8, 28));
        Person first = injector.getInstance(People.class).require(MENTEE_1);
        Organization center = injector.getInstance(Organizations.class).require(CENTER);
        say("  Is Кузнецова a young teacher under the center's policy today? " + first.isYoungTeacher(center.policy(), clock.today()));
    }

    private void formingMentorBase() {
        say("Stage 3: the mentor base. Two experienced teachers sign consents and fill in mentor questionnaires.");
        enroll(MENTOR_MATHEMATICS, "Соколова Елена Петровна", LocalDate.of(1970, 2, 1), Role.MENTOR);
        enroll(MENTOR_HISTORY, "Воронин Сергей Николаевич", LocalDate.of(1968, 7, 30), Role.MENTOR);
        RecordingMentorQuestionnaire questionnaires = injector.getInstance(RecordingMentorQuestionnaire.class);
        done(questionnaires.record(Actor.of(CURATOR), new RecordingMentorQuestionnaire.Questionnaire(MENTOR_MATHEMATICS,
                MentorCategory.TEACHER, Set.of("lesson-planning", "classroom-management", "assessment", "parents"),
                Set.of("математика"), LocalDate.of(1993, 9, 1), 3, true, false, MeetingFormat.IN_PERSON,
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), List.of("учитель высшей категории"))));
        done(questionnaires.record(Actor.of(CURATOR), new RecordingMentorQuestionnaire.Questionnaire(MENTOR_HISTORY,
                MentorCategory.TEACHER, Set.of("documentation", "lesson-planning", "project-activity"),
                Set.of("история", "обществознание"), LocalDate.of(1991, 9, 1), 2, true, true, MeetingFormat.MIXED,
                EnumSet.of(DayOfWeek.WEDNESDAY), List.of())));
        say("Stage 4: selecting mentors. Both have more than the policy's 5 years and completed the school of mentors.");
    }

    private void formingPairsAndGroups() {
        clock.moveTo(LocalDate.of(2023, 9, 20));
        say("Stage 5: forming pairs and groups. After the group meeting the curator proposes a group of two mathematics teachers and a history pair.");
        ProposingMentorship proposing = injector.getInstance(ProposingMentorship.class);
        done(proposing.propose(Actor.of(CURATOR), new ProposingMentorship.Command(GROUP, PROGRAM, MENTOR_MATHEMATICS,
                Set.of(MENTEE_1, MENTEE_2), clock.today())));
        done(proposing.propose(Actor.of(CURATOR), new ProposingMentorship.Command(PAIR, PROGRAM, MENTOR_HISTORY,
                Set.of(MENTEE_3), clock.today())));
        clock.moveTo(LocalDate.of(2023, 9, 25));
        ApprovingMentorship approving = injector.getInstance(ApprovingMentorship.class);
        done(approving.approve(Actor.of(HEAD), new ApprovingMentorship.Command(GROUP, "114-од", clock.today())));
        done(approving.approve(Actor.of(HEAD), new ApprovingMentorship.Command(PAIR, "114-од", clock.today())));
        say("  The head fixes both by order No. 114-од of 25.09.2023 «Об утверждении наставнических пар/групп».");
    }

    private void workingInPairs() {
        clock.moveTo(LocalDate.of(2023, 9, 29));
        say("Stage 6: work of pairs and groups. Each mentor drafts a personalized program; goals come from the mentees' deficits.");
        DraftingPersonalizedProgram drafting = injector.getInstance(DraftingPersonalizedProgram.class);
        done(drafting.draft(Actor.of(MENTOR_MATHEMATICS), new DraftingPersonalizedProgram.Command(
                PersonalizedProgramId.of("pp-group"), GROUP, LocalDate.of(2023, 10, 2), LocalDate.of(2024, 5, 31),
                List.of(), List.of(
                new DraftingPersonalizedProgram.TaskDraft("Посетить и разобрать 4 урока наставника", LocalDate.of(2023, 11, 30), MENTEE_1),
                new DraftingPersonalizedProgram.TaskDraft("Составить технологические карты уроков на четверть", LocalDate.of(2024, 1, 31), MENTEE_2),
                new DraftingPersonalizedProgram.TaskDraft("Провести открытый урок", LocalDate.of(2024, 4, 30), MENTOR_MATHEMATICS)),
                List.of("Наставляемые самостоятельно планируют уроки и оценивают результаты"))));
        done(drafting.draft(Actor.of(MENTOR_HISTORY), new DraftingPersonalizedProgram.Command(
                PersonalizedProgramId.of("pp-pair"), PAIR, LocalDate.of(2023, 10, 2), LocalDate.of(2024, 5, 31),
                List.of(new DraftingPersonalizedProgram.GoalDraft("Освоить ведение электронного журнала и рабочей программы", "documentation")),
                List.of(new DraftingPersonalizedProgram.TaskDraft("Разработать рабочую программу по истории", LocalDate.of(2023, 12, 15), MENTEE_3)),
                List.of("Документация ведётся в срок"))));
        RecordingMeeting meetings = injector.getInstance(RecordingMeeting.class);
        for (MentorshipId mentorship : List.of(GROUP, PAIR)) {
            PersonId mentor = mentorship.equals(GROUP) ? MENTOR_MATHEMATICS : MENTOR_HISTORY;
            done(meetings.record(Actor.of(mentor), new RecordingMeeting.Command(mentorship,
                    MeetingType.FIRST_ORGANIZATIONAL, LocalDate.of(2023, 10, 3), "знакомство, правила работы")));
            done(meetings.record(Actor.of(mentor), new RecordingMeeting.Command(mentorship, MeetingType.PLANNING,
                    LocalDate.of(2023, 10, 10), "план на год")));
        }
        say("  First organizational and planning meetings in October make both mentorships active.");
        clock.moveTo(LocalDate.of(2023, 12, 12));
        WorkingOnProgram work = injector.getInstance(WorkingOnProgram.class);
        done(work.completeTask(Actor.of(MENTEE_1), new WorkingOnProgram.TaskDone(GROUP, 1, LocalDate.of(2023, 11, 28))));
        done(work.completeTask(Actor.of(MENTEE_3), new WorkingOnProgram.TaskDone(PAIR, 1, LocalDate.of(2023, 12, 11))));
        GivingFeedback feedback = injector.getInstance(GivingFeedback.class);
        done(feedback.give(Actor.of(MENTEE_1), new GivingFeedback.Questionnaire(GROUP, FeedbackRole.MENTEE,
                FeedbackStage.INTERMEDIATE, clock.today(), Map.of("польза встреч", 5, "доступность наставника", 4), "")));
        done(feedback.give(Actor.of(MENTOR_MATHEMATICS), new GivingFeedback.Questionnaire(GROUP, FeedbackRole.MENTOR,
                FeedbackStage.INTERMEDIATE, clock.today(), Map.of("вовлечённость наставляемых", 4), "")));
        say("  December: tasks done on time and intermediate feedback collected (mentee rates the meetings 5 and 4).");
        clock.moveTo(LocalDate.of(2024, 4, 30));
        done(work.completeTask(Actor.of(MENTEE_2), new WorkingOnProgram.TaskDone(GROUP, 2, LocalDate.of(2024, 1, 30))));
        done(work.completeTask(Actor.of(MENTOR_MATHEMATICS), new WorkingOnProgram.TaskDone(GROUP, 3, LocalDate.of(2024, 4, 24))));
    }

    private void completing() {
        clock.moveTo(LocalDate.of(2024, 5, 27));
        say("Stage 7: completion. Final meetings, final feedback, every goal assessed, the mentorships completed.");
        RecordingMeeting meetings = injector.getInstance(RecordingMeeting.class);
        WorkingOnProgram work = injector.getInstance(WorkingOnProgram.class);
        PersonalizedPrograms programs = injector.getInstance(PersonalizedPrograms.class);
        for (MentorshipId mentorship : List.of(GROUP, PAIR)) {
            PersonId mentor = mentorship.equals(GROUP) ? MENTOR_MATHEMATICS : MENTOR_HISTORY;
            done(meetings.record(Actor.of(mentor), new RecordingMeeting.Command(mentorship, MeetingType.FINAL,
                    clock.today(), "итоги года")));
            programs.ofMentorship(mentorship).orElseThrow().goals().forEach(goal -> done(work.assessGoal(
                    Actor.of(mentor), new WorkingOnProgram.GoalAssessed(mentorship, goal.number(),
                            goal.number() == 1 ? GoalAssessment.ACHIEVED : GoalAssessment.PARTLY_ACHIEVED))));
        }
        done(injector.getInstance(GivingFeedback.class).give(Actor.of(CURATOR), new GivingFeedback.Questionnaire(
                GROUP, FeedbackRole.CURATOR, FeedbackStage.FINAL, clock.today(), Map.of("качество программы", 5), "")));
        EndingMentorship ending = injector.getInstance(EndingMentorship.class);
        done(ending.complete(Actor.of(CURATOR), new EndingMentorship.Completion(GROUP,
                CompletionOutcome.GOALS_PARTLY_ACHIEVED, LocalDate.of(2024, 5, 31))));
        done(ending.complete(Actor.of(CURATOR), new EndingMentorship.Completion(PAIR,
                CompletionOutcome.GOALS_ACHIEVED, LocalDate.of(2024, 5, 31))));
        PersonalizedProgram group = programs.ofMentorship(GROUP).orElseThrow();
        say("  The group's program: " + group.goals().size() + " goals from deficits, "
                + Math.round(group.progress() * 100) + "% of tasks done. Both mentorships completed on 31.05.2024.");
    }

    private void enroll(PersonId id, String name, LocalDate birthDate, Role role) {
        done(injector.getInstance(EnrollingParticipant.class).enroll(Actor.of(CURATOR), new EnrollingParticipant.Command(
                id, name, birthDate, CENTER, role, Consent.bySelf(ConsentPurpose.MENTORING, clock.today()))));
    }

    private void menteeQuestionnaire(RecordingMenteeQuestionnaire questionnaires, PersonId mentee, String subject,
                                     Set<String> deficits, LocalDate teachingStart) {
        done(questionnaires.record(Actor.of(CURATOR), new RecordingMenteeQuestionnaire.Questionnaire(mentee,
                MenteeCategory.YOUNG_TEACHER, Set.of(subject), List.of("помощь в планировании уроков"), deficits,
                MeetingFormat.IN_PERSON, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), teachingStart, List.of())));
    }

    private <T> T done(Result<T> result) {
        if (!result.isOk()) {
            throw new IllegalStateException("the walkthrough was refused: " + result.refusal().message().en());
        }
        return result.value();
    }

    private void say(String line) {
        narration.add(line);
        narrator.accept(line);
    }
}
