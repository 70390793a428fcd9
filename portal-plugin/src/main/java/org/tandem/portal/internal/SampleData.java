package org.tandem.portal.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.access.Actor;
import org.tandem.core.organization.Organization;
import org.tandem.core.people.CompetencyCatalog;
import org.tandem.core.people.Consent;
import org.tandem.core.people.ConsentPurpose;
import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MenteeCategory;
import org.tandem.core.people.MentorCategory;
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
import org.tandem.core.roadmap.OrganizationLevel;
import org.tandem.core.roadmap.RoadmapTemplates;
import org.tandem.core.roadmap.rules.ActivityExecution;
import org.tandem.core.roadmap.rules.Evidence;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;
import org.tandem.core.shared.Result;
import org.tandem.core.shared.RoadmapId;
import org.tandem.portal.TandemService;

/**
 * The demo portal's sample data, entirely fictional: the Ясноборский городской округ of the Северо-Озёрный край with
 * three schools, each with a head, a curator, a teacher–teacher program of the current academic year, mentors and
 * young teachers as mentees with consents and questionnaires (10 mentors, 25 mentees in all), and a municipal and
 * a school roadmap built from core's {@link RoadmapTemplates}. Any likeness to real people or places is chance.
 *
 * <p>Everything after the first head of each school and the organizations themselves (which the host saves, as
 * an installation does) goes through core's use cases, so the audit log records it. {@link #loadIfEmpty} loads the
 * base only into a database without organizations, in one transaction; the sample roadmaps are added to a
 * database that holds the sample but not them.
 */
public final class SampleData {

    public static final OrganizationId REGION = OrganizationId.of("sample-region");
    public static final OrganizationId MUNICIPALITY = OrganizationId.of("sample-yasnoborsk");
    public static final OrganizationId SCHOOL_2 = OrganizationId.of("sample-school-2");
    public static final OrganizationId GYMNASIUM = OrganizationId.of("sample-gymnasium");
    public static final OrganizationId ZARECHNAYA = OrganizationId.of("sample-zarechnaya");
    public static final PersonId COORDINATOR = PersonId.of("sample-coordinator");
    public static final RoadmapId MUNICIPAL_ROADMAP = RoadmapId.of("sample-roadmap-yasnoborsk");
    public static final RoadmapId SCHOOL_ROADMAP = RoadmapId.of("sample-roadmap-school-2");

    static final String MUNICIPALITY_NAME = "Ясноборский городской округ";

    private static final Logger LOG = LoggerFactory.getLogger(SampleData.class);

    /** One school of the sample: its staff, mentors and mentees. */
    private record School(OrganizationId id, String name, Staff head, Staff curator, List<Mentor> mentors,
                          List<Mentee> mentees) {
    }

    private record Staff(String id, String name, LocalDate birthDate) {
    }

    private record Mentor(String id, String name, LocalDate birthDate, String subject, Set<String> competencies,
                          int careerStartYear, int capacity, boolean trained, MeetingFormat format) {
    }

    private record Mentee(String id, String name, LocalDate birthDate, String subject, Set<String> deficits,
                          int yearsTeaching, MeetingFormat format, String request) {
    }

    private SampleData() {
    }

    /**
     * Loads the sample into an empty database and adds its roadmaps when missing.
     *
     * @return what was added now, by kind: {@code organizations}, {@code staff}, {@code mentors}, {@code mentees},
     *         {@code programs}, {@code roadmaps}; all 0 when everything was there
     * @throws IllegalStateException when a use case refuses a step; nothing of the base is kept then
     */
    public static Map<String, Integer> loadIfEmpty(TandemService tandem) {
        Map<String, Integer> added = new LinkedHashMap<>();
        for (String kind : List.of("organizations", "staff", "mentors", "mentees", "programs", "roadmaps")) {
            added.put(kind, 0);
        }
        boolean empty = tandem.inTransaction(() -> tandem.organizations().all().isEmpty());
        if (empty) {
            tandem.inTransaction(() -> {
                loadBase(tandem, added);
                return null;
            });
        }
        if (tandem.inTransaction(() -> tandem.organizations().find(MUNICIPALITY).isPresent())) {
            added.put("roadmaps", addRoadmaps(tandem));
        }
        LOG.info("Sample data added: {}", added);
        return added;
    }

    /** The academic year the date lies in, by the calendar year it starts in (September). */
    static int academicYearOf(LocalDate date) {
        return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    }

    private static void loadBase(TandemService tandem, Map<String, Integer> added) {
        LocalDate today = tandem.commandContext().today();
        int year = academicYearOf(today);
        LocalDate start = LocalDate.of(year, 9, 1);
        LocalDate consentDay = earliest(LocalDate.of(year, 9, 8), today);

        tandem.organizations().save(Organization.region(REGION, "Северо-Озёрный край"));
        tandem.organizations().save(Organization.municipality(MUNICIPALITY, MUNICIPALITY_NAME, REGION));
        Person coordinator = Person.register(COORDINATOR, "Полозова Вероника Аркадьевна", LocalDate.of(1979, 3, 17));
        coordinator.assignRole(RoleAssignment.of(Role.COORDINATOR, MUNICIPALITY), start);
        tandem.people().save(coordinator);
        added.merge("organizations", 2, Integer::sum);
        added.merge("staff", 1, Integer::sum);

        AppointingStaff appointing = new AppointingStaff(tandem.commandContext(), tandem.people());
        EnrollingParticipant enrolling = tandem.enrollingParticipant();
        CompetencyCatalog catalog = CompetencyCatalog.teacherDefaults();
        RecordingMentorQuestionnaire mentorQuestionnaires = new RecordingMentorQuestionnaire(
                tandem.commandContext(), tandem.people(), catalog);
        RecordingMenteeQuestionnaire menteeQuestionnaires = new RecordingMenteeQuestionnaire(
                tandem.commandContext(), tandem.people(), catalog);
        OpeningProgram opening = tandem.openingProgram();

        for (School school : schools()) {
            tandem.organizations().save(Organization.school(school.id(), school.name(), MUNICIPALITY));
            Person head = Person.register(PersonId.of(school.head().id()), school.head().name(), school.head().birthDate());
            head.assignRole(RoleAssignment.of(Role.HEAD, school.id()), start);
            tandem.people().save(head);
            Actor headActor = Actor.of(head.id());
            PersonId curatorId = PersonId.of(school.curator().id());
            done(appointing.appoint(headActor, new AppointingStaff.Command(curatorId, school.curator().name(),
                    school.curator().birthDate(), school.id(), Role.CURATOR)));
            Actor curator = Actor.of(curatorId);
            added.merge("organizations", 1, Integer::sum);
            added.merge("staff", 2, Integer::sum);

            done(opening.open(curator, new OpeningProgram.Command(ProgramId.of(school.id().value() + "-program-" + year),
                    school.id(), "Учитель – учитель, " + year + "–" + (year + 1), MentoringForm.TEACHER_TEACHER,
                    EnumSet.of(MentoringKind.INDIVIDUAL, MentoringKind.GROUP), start, LocalDate.of(year + 1, 6, 30),
                    curatorId, Set.of())));
            added.merge("programs", 1, Integer::sum);

            for (Mentor mentor : school.mentors()) {
                PersonId id = PersonId.of(mentor.id());
                done(enrolling.enroll(curator, new EnrollingParticipant.Command(id, mentor.name(), mentor.birthDate(),
                        school.id(), Role.MENTOR, Consent.bySelf(ConsentPurpose.MENTORING, consentDay))));
                done(mentorQuestionnaires.record(curator, new RecordingMentorQuestionnaire.Questionnaire(id,
                        MentorCategory.TEACHER, mentor.competencies(), Set.of(mentor.subject()),
                        LocalDate.of(mentor.careerStartYear(), 9, 1), mentor.capacity(), mentor.trained(), false,
                        mentor.format(), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                        mentor.trained() ? List.of("прошёл(а) школу наставников") : List.of())));
                added.merge("mentors", 1, Integer::sum);
            }
            for (Mentee mentee : school.mentees()) {
                PersonId id = PersonId.of(mentee.id());
                done(enrolling.enroll(curator, new EnrollingParticipant.Command(id, mentee.name(), mentee.birthDate(),
                        school.id(), Role.MENTEE, Consent.bySelf(ConsentPurpose.MENTORING, consentDay))));
                done(menteeQuestionnaires.record(curator, new RecordingMenteeQuestionnaire.Questionnaire(id,
                        MenteeCategory.YOUNG_TEACHER, Set.of(mentee.subject()), List.of(mentee.request()),
                        mentee.deficits(), mentee.format(), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY),
                        LocalDate.of(year - mentee.yearsTeaching(), 9, 1), List.of())));
                added.merge("mentees", 1, Integer::sum);
            }
        }
    }

    private static int addRoadmaps(TandemService tandem) {
        int year = academicYearOf(tandem.commandContext().today());
        int added = 0;
        if (tandem.roadmaps().find(MUNICIPAL_ROADMAP).isEmpty()) {
            tandem.roadmaps().save(MUNICIPAL_ROADMAP, MUNICIPALITY,
                    RoadmapTemplates.targetModelCycle(MUNICIPALITY_NAME, OrganizationLevel.MUNICIPALITY, year));
            added++;
        }
        if (tandem.roadmaps().find(SCHOOL_ROADMAP).isEmpty()) {
            School school = schools().get(0);
            tandem.roadmaps().save(SCHOOL_ROADMAP, school.id(),
                    RoadmapTemplates.targetModelCycle(school.name(), OrganizationLevel.ORGANIZATION, year));
            LocalDate today = tandem.commandContext().today();
            LocalDate order = earliest(LocalDate.of(year, 9, 2), today);
            tandem.roadmaps().record(SCHOOL_ROADMAP, ActivityExecution.of("1.1", order, Evidence.document("48-од", order)));
            tandem.roadmaps().record(SCHOOL_ROADMAP, ActivityExecution.of("1.2", order, Evidence.document("49-од", order)));
            added++;
        }
        return added;
    }

    private static List<School> schools() {
        List<School> schools = new ArrayList<>();
        schools.add(new School(SCHOOL_2, "МАОУ «Средняя школа № 2» Ясноборского городского округа",
                new Staff("sample-s2-head", "Ветлугин Арсений Маркович", LocalDate.of(1971, 5, 12)),
                new Staff("sample-s2-curator", "Стрельникова Дарья Олеговна", LocalDate.of(1985, 10, 3)),
                List.of(
                        mentor("sample-s2-mentor-1", "Белозёрова Алла Викторовна", 1969, "математика", 1992, 3, true,
                                "lesson-planning", "assessment", "exam-preparation"),
                        mentor("sample-s2-mentor-2", "Гранин Тимофей Ильич", 1975, "физика", 1998, 2, true,
                                "project-activity", "digital-tools", "classroom-management"),
                        mentor("sample-s2-mentor-3", "Куприянова Зоя Павловна", 1972, "русский язык", 1995, 3, false,
                                "documentation", "parents", "lesson-planning"),
                        mentor("sample-s2-mentor-4", "Ладыгина Софья Андреевна", 1980, "английский язык", 2003, 2, true,
                                "individual-approach", "digital-tools", "extracurricular")),
                List.of(
                        mentee("sample-s2-mentee-1", "Астахова Милана Игоревна", 2000, "математика", 1,
                                "lesson-planning", "assessment"),
                        mentee("sample-s2-mentee-2", "Бурцев Глеб Романович", 1999, "физика", 2,
                                "classroom-management", "project-activity"),
                        mentee("sample-s2-mentee-3", "Вешнякова Ульяна Сергеевна", 2001, "русский язык", 0,
                                "documentation", "parents"),
                        mentee("sample-s2-mentee-4", "Горелов Савва Денисович", 1998, "математика", 3,
                                "exam-preparation", "assessment"),
                        mentee("sample-s2-mentee-5", "Дымова Карина Алексеевна", 2002, "английский язык", 0,
                                "digital-tools", "individual-approach"),
                        mentee("sample-s2-mentee-6", "Ерохин Лев Максимович", 2000, "физика", 1,
                                "lesson-planning", "digital-tools"),
                        mentee("sample-s2-mentee-7", "Жаркова Есения Павловна", 1997, "русский язык", 2,
                                "classroom-management", "parents"),
                        mentee("sample-s2-mentee-8", "Зимин Платон Артёмович", 2001, "математика", 0,
                                "lesson-planning", "documentation"),
                        mentee("sample-s2-mentee-9", "Ильина Таисия Глебовна", 1999, "английский язык", 3,
                                "extracurricular", "assessment"))));
        schools.add(new School(GYMNASIUM, "МБОУ «Гимназия „Перспектива“» Ясноборского городского округа",
                new Staff("sample-gym-head", "Ордынцева Лариса Фёдоровна", LocalDate.of(1968, 1, 28)),
                new Staff("sample-gym-curator", "Мещеряков Кирилл Вадимович", LocalDate.of(1988, 7, 14)),
                List.of(
                        mentor("sample-gym-mentor-1", "Нестерова Инга Валерьевна", 1974, "история", 1997, 3, true,
                                "project-activity", "lesson-planning", "documentation"),
                        mentor("sample-gym-mentor-2", "Осокин Вадим Георгиевич", 1970, "химия", 1994, 2, true,
                                "exam-preparation", "assessment", "classroom-management"),
                        mentor("sample-gym-mentor-3", "Пастухова Римма Евгеньевна", 1977, "литература", 2000, 3, false,
                                "individual-approach", "parents", "extracurricular")),
                List.of(
                        mentee("sample-gym-mentee-1", "Рябинина Злата Кирилловна", 2000, "история", 1,
                                "project-activity", "documentation"),
                        mentee("sample-gym-mentee-2", "Савельев Ярослав Олегович", 1998, "химия", 2,
                                "exam-preparation", "classroom-management"),
                        mentee("sample-gym-mentee-3", "Тихонравова Ева Дмитриевна", 2001, "литература", 0,
                                "parents", "individual-approach"),
                        mentee("sample-gym-mentee-4", "Уваров Мирон Станиславович", 1999, "история", 3,
                                "lesson-planning", "assessment"),
                        mentee("sample-gym-mentee-5", "Фомичёва Алиса Тимуровна", 2002, "химия", 0,
                                "assessment", "documentation"),
                        mentee("sample-gym-mentee-6", "Хворостов Демид Ильич", 2000, "литература", 1,
                                "extracurricular", "classroom-management"),
                        mentee("sample-gym-mentee-7", "Цыганкова Василиса Ярославовна", 1997, "история", 2,
                                "project-activity", "parents"),
                        mentee("sample-gym-mentee-8", "Чернышёв Елисей Борисович", 2001, "химия", 0,
                                "lesson-planning", "exam-preparation"))));
        schools.add(new School(ZARECHNAYA, "МБОУ «Заречная основная школа» Ясноборского городского округа",
                new Staff("sample-zar-head", "Шелестов Игнат Петрович", LocalDate.of(1966, 9, 9)),
                new Staff("sample-zar-curator", "Щеглова Нина Анатольевна", LocalDate.of(1982, 4, 21)),
                List.of(
                        mentor("sample-zar-mentor-1", "Юдина Регина Сергеевна", 1973, "начальные классы", 1996, 3, true,
                                "classroom-management", "parents", "individual-approach"),
                        mentor("sample-zar-mentor-2", "Яковлев Ростислав Николаевич", 1976, "информатика", 2001, 2, false,
                                "digital-tools", "project-activity", "documentation"),
                        mentor("sample-zar-mentor-3", "Аверина Светлана Юрьевна", 1971, "биология", 1995, 3, true,
                                "inclusive-education", "lesson-planning", "extracurricular")),
                List.of(
                        mentee("sample-zar-mentee-1", "Блинова Агата Максимовна", 2001, "начальные классы", 0,
                                "classroom-management", "parents"),
                        mentee("sample-zar-mentee-2", "Волков Тихон Андреевич", 1999, "информатика", 2,
                                "digital-tools", "documentation"),
                        mentee("sample-zar-mentee-3", "Гаврилова Ника Романовна", 2000, "биология", 1,
                                "inclusive-education", "lesson-planning"),
                        mentee("sample-zar-mentee-4", "Данилов Артемий Семёнович", 1998, "начальные классы", 3,
                                "individual-approach", "assessment"),
                        mentee("sample-zar-mentee-5", "Ефимова Стефания Львовна", 2002, "информатика", 0,
                                "project-activity", "digital-tools"),
                        mentee("sample-zar-mentee-6", "Журавлёв Матвей Вячеславович", 2000, "биология", 1,
                                "extracurricular", "classroom-management"),
                        mentee("sample-zar-mentee-7", "Завьялова Дарина Егоровна", 1997, "начальные классы", 2,
                                "parents", "documentation"),
                        mentee("sample-zar-mentee-8", "Исаев Роман Эдуардович", 2001, "биология", 0,
                                "lesson-planning", "inclusive-education"))));
        return schools;
    }

    private static Mentor mentor(String id, String name, int born, String subject, int careerStartYear, int capacity,
                                 boolean trained, String... competencies) {
        MeetingFormat format = switch (id.length() % 3) {
            case 0 -> MeetingFormat.IN_PERSON;
            case 1 -> MeetingFormat.MIXED;
            default -> MeetingFormat.REMOTE;
        };
        return new Mentor(id, name, LocalDate.of(born, 1 + born % 12, 1 + born % 27), subject, Set.of(competencies),
                careerStartYear, capacity, trained, format);
    }

    private static Mentee mentee(String id, String name, int born, String subject, int yearsTeaching,
                                 String... deficits) {
        MeetingFormat format = yearsTeaching % 2 == 0 ? MeetingFormat.IN_PERSON : MeetingFormat.MIXED;
        return new Mentee(id, name, LocalDate.of(born, 1 + (born * 7) % 12, 1 + (born * 3) % 27), subject,
                Set.of(deficits), yearsTeaching, format, "помощь в освоении предмета «" + subject + "» и работе с классом");
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static <T> T done(Result<T> result) {
        if (!result.isOk()) {
            throw new IllegalStateException("the sample data was refused: " + result.refusal().message().en());
        }
        return result.value();
    }
}
