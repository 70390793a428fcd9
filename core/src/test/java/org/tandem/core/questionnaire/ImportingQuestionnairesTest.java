package org.tandem.core.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tandem.core.Fixture;
import org.tandem.core.application.CommandContext;
import org.tandem.core.people.Competency;
import org.tandem.core.people.CompetencyCatalog;
import org.tandem.core.people.ConsentGiver;
import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MenteeCategory;
import org.tandem.core.people.MenteeProfile;
import org.tandem.core.people.MentorCategory;
import org.tandem.core.people.MentorProfile;
import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.people.application.EnrollingParticipant;
import org.tandem.core.people.application.RecordingMenteeQuestionnaire;
import org.tandem.core.people.application.RecordingMentorQuestionnaire;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

class ImportingQuestionnairesTest {

    private final Fixture fixture = new Fixture();
    private final People people = fixture.get(People.class);
    private final InMemoryColumnMappings mappings = new InMemoryColumnMappings();
    private final ImportingQuestionnaires importing = new ImportingQuestionnaires(fixture.get(CommandContext.class),
            people, fixture.get(CompetencyCatalog.class), mappings, fixture.get(EnrollingParticipant.class),
            fixture.get(RecordingMenteeQuestionnaire.class), fixture.get(RecordingMentorQuestionnaire.class));

    private static final ColumnMapping MENTEE_FORM = ColumnMapping.builder("mentee-form", Fixture.SCHOOL)
            .map(QuestionnaireField.PERSON_ID, "Код участника")
            .map(QuestionnaireField.FULL_NAME, "ФИО")
            .map(QuestionnaireField.BIRTH_DATE, "Дата рождения")
            .map(QuestionnaireField.CATEGORY, "Категория")
            .map(QuestionnaireField.SUBJECTS, "Предметы")
            .map(QuestionnaireField.COMPETENCIES, "Профессиональные дефициты")
            .map(QuestionnaireField.PREFERRED_FORMAT, "Формат встреч")
            .map(QuestionnaireField.AVAILABLE_DAYS, "Удобные дни")
            .map(QuestionnaireField.CAREER_START, "Начало педагогической деятельности")
            .map(QuestionnaireField.CONSENT_GIVEN_ON, "Дата согласия")
            .map(QuestionnaireField.CONSENT_GIVEN_BY, "Согласие дал")
            .map(QuestionnaireField.REPRESENTATIVE, "Представитель")
            .map(QuestionnaireField.REQUESTS, "Запросы")
            .map(QuestionnaireField.OBSERVATIONS, "Наблюдения")
            .build();

    private static final ColumnMapping MENTOR_FORM = ColumnMapping.builder("mentor-form", Fixture.SCHOOL)
            .map(QuestionnaireField.PERSON_ID, "ID")
            .map(QuestionnaireField.FULL_NAME, "ФИО")
            .map(QuestionnaireField.BIRTH_DATE, "Дата рождения")
            .map(QuestionnaireField.CATEGORY, "Категория наставника")
            .map(QuestionnaireField.COMPETENCIES, "Компетенции")
            .map(QuestionnaireField.SUBJECTS, "Предметы")
            .map(QuestionnaireField.CAREER_START, "Стаж с")
            .map(QuestionnaireField.CAPACITY, "Сколько наставляемых")
            .map(QuestionnaireField.TRAINING, "Школа наставников")
            .map(QuestionnaireField.WILLING_ELSEWHERE, "Готов в другой школе")
            .map(QuestionnaireField.PREFERRED_FORMAT, "Формат")
            .map(QuestionnaireField.AVAILABLE_DAYS, "Дни")
            .map(QuestionnaireField.CONSENT_GIVEN_ON, "Согласие от")
            .map(QuestionnaireField.ACHIEVEMENTS, "Достижения")
            .build();

    private static QuestionnaireFile resource(String name) {
        try (InputStream in = ImportingQuestionnairesTest.class.getResourceAsStream("/questionnaires/" + name)) {
            return QuestionnaireFile.of(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result<ImportReport> importMentees(QuestionnaireFile file) {
        mappings.save(MENTEE_FORM);
        return importing.importFile(Fixture.CURATOR, ImportingQuestionnaires.Command.withSavedMapping(Fixture.SCHOOL,
                QuestionnaireSide.MENTEE, file, "mentee-form"));
    }

    private Result<ImportReport> importMentors(QuestionnaireFile file) {
        return importing.importFile(Fixture.CURATOR, ImportingQuestionnaires.Command.withMapping(Fixture.SCHOOL,
                QuestionnaireSide.MENTOR, file, MENTOR_FORM));
    }

    private Person person(String id) {
        return people.require(PersonId.of(id));
    }

    private static Competency competency(String code) {
        return CompetencyCatalog.teacherDefaults().find(code).orElseThrow();
    }

    @Test
    void cleanUtf8BomSemicolonFileEnrollsMenteesWithConsentsAndQuestionnaires() {
        ImportReport report = Fixture.ok(importMentees(resource("mentees-utf8-bom-semicolon.csv")));

        assertThat(report).isEqualTo(new ImportReport(3, 0, 0, List.of()));
        Person olga = person("t-101");
        assertThat(olga.fullName()).isEqualTo("Иванова Ольга Сергеевна");
        assertThat(olga.birthDate()).contains(LocalDate.of(2000, 8, 5));
        assertThat(olga.hasRole(Role.MENTEE, Fixture.SCHOOL)).isTrue();
        assertThat(olga.consents()).singleElement().satisfies(consent -> {
            assertThat(consent.givenOn()).isEqualTo(LocalDate.of(2024, 9, 15));
            assertThat(consent.givenBy()).isEqualTo(ConsentGiver.SELF);
        });
        MenteeProfile profile = olga.menteeProfile().orElseThrow();
        assertThat(profile.category()).isEqualTo(MenteeCategory.YOUNG_TEACHER);
        assertThat(profile.subjects()).containsExactlyInAnyOrder("математика", "физика");
        assertThat(profile.deficits()).containsExactlyInAnyOrder(competency("lesson-planning"), competency("assessment"));
        assertThat(profile.preferredFormat()).isEqualTo(MeetingFormat.IN_PERSON);
        assertThat(profile.availableDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        assertThat(profile.teachingStart()).contains(LocalDate.of(2023, 9, 1));
        assertThat(profile.requests()).containsExactly("Как держать дисциплину", "Как говорить с родителями");

        MenteeProfile petr = person("t-102").menteeProfile().orElseThrow();
        assertThat(petr.category()).isEqualTo(MenteeCategory.TEACHER_NEW_TO_POST);
        assertThat(petr.preferredFormat()).isEqualTo(MeetingFormat.MIXED);
        assertThat(petr.observations()).containsExactly("Нужна поддержка");
        assertThat(person("t-102").birthDate()).contains(LocalDate.of(2001, 2, 3));

        Person pupil = person("p-201");
        assertThat(pupil.consents()).singleElement().satisfies(consent -> {
            assertThat(consent.givenBy()).isEqualTo(ConsentGiver.PARENT);
            assertThat(consent.representative()).contains("Сидорова Анна Ивановна");
        });
        assertThat(pupil.menteeProfile().orElseThrow().deficits()).containsExactly(competency("project-activity"));
        assertThat(people.withRole(Role.MENTEE, Fixture.SCHOOL)).hasSize(3);
    }

    @Test
    void windows1251CommaFileWithMultiLineAnswerEnrollsMentors() {
        ImportReport report = Fixture.ok(importMentors(resource("mentors-cp1251-comma.csv")));

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.problems()).isEmpty();
        Person maria = person("m-1");
        assertThat(maria.fullName()).isEqualTo("Кузнецова Мария Ивановна");
        MentorProfile profile = maria.mentorProfile().orElseThrow();
        assertThat(profile.category()).isEqualTo(MentorCategory.TEACHER);
        assertThat(profile.competencies()).containsExactlyInAnyOrder(competency("lesson-planning"), competency("assessment"));
        assertThat(profile.capacity()).isEqualTo(2);
        assertThat(profile.trainingCompleted()).isTrue();
        assertThat(profile.willingToMentorElsewhere()).isFalse();
        assertThat(profile.availableDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        assertThat(profile.achievements()).containsExactly("Учитель года — 2019", "Руководитель МО");
        MentorProfile andrey = person("m-2").mentorProfile().orElseThrow();
        assertThat(andrey.category()).isEqualTo(MentorCategory.EXTERNAL_MENTOR);
        assertThat(andrey.competencies()).containsExactly(competency("digital-tools"));
        assertThat(andrey.preferredFormat()).isEqualTo(MeetingFormat.REMOTE);
        assertThat(andrey.willingToMentorElsewhere()).isTrue();
    }

    @Test
    void explicitCharsetOverridesDetection() {
        QuestionnaireFile file = resource("mentors-cp1251-comma.csv").withCharset(CsvTables.WINDOWS_1251);

        assertThat(Fixture.ok(importMentors(file)).created()).isEqualTo(2);
        assertThat(person("m-2").fullName()).isEqualTo("Смирнов Андрей Олегович");
    }

    @Test
    void fileWithBadRowsReportsEachWithPhysicalLineColumnAndBilingualReasonAndSavesNothing() {
        int eventsBefore = fixture.auditLog().all().size();

        ImportReport report = Fixture.ok(importMentees(resource("mentees-bad-rows.csv")));

        assertThat(report.isClean()).isFalse();
        assertThat(report.created() + report.updated() + report.unchanged()).isZero();
        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::column).containsExactly(
                tuple(2, "Дата согласия"),               // no consent; its requests span lines 2 to 4
                tuple(5, "Профессиональные дефициты"),    // «вязание» is not in the catalog
                tuple(6, "Дата рождения"),                // 31.02.2000
                tuple(7, "Код участника"),                // b-3 again
                tuple(8, "Категория"),                    // «директор»
                tuple(9, "ФИО"));                         // empty
        assertThat(report.problems()).allSatisfy(problem -> {
            assertThat(problem.reason().ru()).isNotBlank().isNotEqualTo(problem.reason().en());
            assertThat(problem.reason().en()).isNotBlank();
        });
        assertThat(report.problems().get(1).reason().ru()).contains("вязание");
        assertThat(report.problems().get(3).reason().en()).contains("line 6");
        assertThat(people.withRole(Role.MENTEE, Fixture.SCHOOL)).isEmpty();
        assertThat(people.find(PersonId.of("ok-1"))).isEmpty();
        assertThat(fixture.auditLog().all()).hasSize(eventsBefore);
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        Fixture.ok(importMentees(resource("mentees-utf8-bom-semicolon.csv")));
        int events = fixture.auditLog().all().size();
        MenteeProfile before = person("t-101").menteeProfile().orElseThrow();

        ImportReport again = Fixture.ok(importMentees(resource("mentees-utf8-bom-semicolon.csv")));

        assertThat(again).isEqualTo(new ImportReport(0, 0, 3, List.of()));
        assertThat(fixture.auditLog().all()).hasSize(events);
        assertThat(person("t-101").menteeProfile()).contains(before);
        assertThat(person("t-101").consents()).hasSize(1);
    }

    @Test
    void updatedFileUpdatesTheSamePeople() {
        Fixture.ok(importMentees(resource("mentees-utf8-bom-semicolon.csv")));
        int events = fixture.auditLog().all().size();

        ImportReport report = Fixture.ok(importMentees(resource("mentees-updated-utf8-bom-semicolon.csv")));

        assertThat(report).isEqualTo(new ImportReport(0, 2, 1, List.of()));
        assertThat(fixture.auditLog().all()).hasSize(events + 2);
        assertThat(people.withRole(Role.MENTEE, Fixture.SCHOOL)).hasSize(3);
        assertThat(person("t-101").menteeProfile().orElseThrow().deficits()).containsExactlyInAnyOrder(
                competency("lesson-planning"), competency("assessment"), competency("parents"));
        assertThat(person("p-201").menteeProfile().orElseThrow().preferredFormat()).isEqualTo(MeetingFormat.MIXED);
    }

    @Test
    void actorNotAllowedInTheOrganizationIsRefusedAndNothingIsSaved() {
        mappings.save(MENTEE_FORM);
        int events = fixture.auditLog().all().size();

        Result<ImportReport> result = importing.importFile(Fixture.OTHER_CURATOR,
                ImportingQuestionnaires.Command.withSavedMapping(Fixture.SCHOOL, QuestionnaireSide.MENTEE,
                        resource("mentees-utf8-bom-semicolon.csv"), "mentee-form"));

        assertThat(result.isOk()).isFalse();
        assertThat(result.refusal().reason()).isEqualTo(RefusalReason.NOT_ALLOWED);
        assertThat(people.withRole(Role.MENTEE, Fixture.SCHOOL)).isEmpty();
        assertThat(fixture.auditLog().all()).hasSize(events);
    }

    @Test
    void mappingColumnMissingFromTheFileIsReportedOnTheHeaderLine() {
        ColumnMapping wrong = ColumnMapping.builder("old-form", Fixture.SCHOOL).map(QuestionnaireField.PERSON_ID, "Код участника")
                .map(QuestionnaireField.FULL_NAME, "ФИО").map(QuestionnaireField.BIRTH_DATE, "Дата рождения")
                .map(QuestionnaireField.CATEGORY, "Категория").map(QuestionnaireField.COMPETENCIES, "Дефициты (через запятую)")
                .map(QuestionnaireField.PREFERRED_FORMAT, "Формат встреч").map(QuestionnaireField.CONSENT_GIVEN_ON, "Дата согласия")
                .build();

        ImportReport report = Fixture.ok(importing.importFile(Fixture.CURATOR, ImportingQuestionnaires.Command.withMapping(
                Fixture.SCHOOL, QuestionnaireSide.MENTEE, resource("mentees-utf8-bom-semicolon.csv"), wrong)));

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.column()).isEqualTo("Дефициты (через запятую)");
            assertThat(problem.reason().ru()).contains("нет столбца «Дефициты (через запятую)»");
            assertThat(problem.reason().en()).contains("no column 'Дефициты (через запятую)'");
        });
        assertThat(people.withRole(Role.MENTEE, Fixture.SCHOOL)).isEmpty();
    }

    @Test
    void unknownSavedMappingIsRefused() {
        Result<ImportReport> result = importing.importFile(Fixture.CURATOR, ImportingQuestionnaires.Command.withSavedMapping(
                Fixture.SCHOOL, QuestionnaireSide.MENTEE, resource("mentees-utf8-bom-semicolon.csv"), "no-such-form"));

        assertThat(result.isOk()).isFalse();
        assertThat(result.refusal().reason()).isEqualTo(RefusalReason.NOT_FOUND);
        assertThat(result.refusal().message().ru()).contains("no-such-form");
    }

    @Test
    void personAlreadyInTheMentorBaseCannotBeImportedAsMentee() {
        PersonId mentor = fixture.mentor(Fixture.SCHOOL, 2);
        String csv = "Код участника;ФИО;Дата рождения;Категория;Предметы;Профессиональные дефициты;Формат встреч;Удобные дни;"
                + "Начало педагогической деятельности;Дата согласия;Согласие дал;Представитель;Запросы;Наблюдения\n"
                + mentor.value() + ";Наставник 1;05.05.1975;молодой специалист;;assessment;очно;;01.09.2023;15.09.2024;;;;\n"
                + "new-1;Новый Человек;01.01.1999;молодой специалист;;assessment;очно;;01.09.2023;15.09.2024;;;;\n";

        ImportReport report = Fixture.ok(importMentees(QuestionnaireFile.of("mentees.csv", csv.getBytes(StandardCharsets.UTF_8))));

        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::column)
                .containsExactly(tuple(2, "Код участника"));
        assertThat(report.problems().get(0).reason().en()).contains("mentor base");
        assertThat(people.find(PersonId.of("new-1"))).isEmpty();
        assertThat(person(mentor.value()).menteeProfile()).isEmpty();
    }

    @Test
    void minorConsentingForHimselfAndBadYesNoAreReported() {
        String csv = "ID,ФИО,Дата рождения,Категория наставника,Компетенции,Предметы,Стаж с,Сколько наставляемых,"
                + "Школа наставников,Готов в другой школе,Формат,Дни,Согласие от,Достижения\n"
                + "pm-1,Юный Наставник,01.01.2009,обучающийся-наставник,project-activity,,01.09.2024,1,может быть,,очно,,01.09.2024,\n"
                + "pm-2,Взрослый Наставник,01.01.1990,педагог,assessment,,01.09.2012,99,да,,очно,,01.09.2024,\n";

        ImportReport report = Fixture.ok(importMentors(QuestionnaireFile.of("mentors.csv", csv.getBytes(StandardCharsets.UTF_8))));

        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::column).containsExactly(
                tuple(2, ""), tuple(2, "Школа наставников"), tuple(3, "Сколько наставляемых"));
        assertThat(people.find(PersonId.of("pm-2"))).isEmpty();
    }

    @Test
    void xlsxWorkbookIsImportedWithRowNumbersAsLines() throws IOException {
        byte[] workbook = workbook(
                List.of("ID", "ФИО", "Дата рождения", "Категория наставника", "Компетенции", "Предметы", "Стаж с",
                        "Сколько наставляемых", "Школа наставников", "Готов в другой школе", "Формат", "Дни", "Согласие от", "Достижения"),
                List.of("x-1", "Орлова Анна Петровна", LocalDate.of(1970, 4, 4), "Учитель", "assessment", "химия",
                        LocalDate.of(1995, 9, 1), 3.0, true, "нет", "очно", "ср", "12.09.2024", ""),
                List.of("x-2", "Орлов Пётр", LocalDate.of(1971, 4, 4), "Учитель", "assessment", "химия",
                        LocalDate.of(1996, 9, 1), 1.0, false, "нет", "в кафе", "ср", "12.09.2024", ""));

        ImportReport bad = Fixture.ok(importMentors(QuestionnaireFile.of("mentors.xlsx", workbook)));

        assertThat(bad.problems()).extracting(RowProblem::line, RowProblem::column).containsExactly(tuple(3, "Формат"));
        assertThat(people.find(PersonId.of("x-1"))).isEmpty();

        byte[] fixed = workbook(
                List.of("ID", "ФИО", "Дата рождения", "Категория наставника", "Компетенции", "Предметы", "Стаж с",
                        "Сколько наставляемых", "Школа наставников", "Готов в другой школе", "Формат", "Дни", "Согласие от", "Достижения"),
                List.of("x-1", "Орлова Анна Петровна", LocalDate.of(1970, 4, 4), "Учитель", "assessment", "химия",
                        LocalDate.of(1995, 9, 1), 3.0, true, "нет", "очно", "ср", "12.09.2024", ""));
        ImportReport clean = Fixture.ok(importMentors(QuestionnaireFile.of("mentors.xlsx", fixed)));

        assertThat(clean.created()).isEqualTo(1);
        MentorProfile profile = person("x-1").mentorProfile().orElseThrow();
        assertThat(profile.careerStart()).isEqualTo(LocalDate.of(1995, 9, 1));
        assertThat(profile.capacity()).isEqualTo(3);
        assertThat(profile.trainingCompleted()).isTrue();
        assertThat(profile.subjects()).isEqualTo(Set.of("химия"));
        assertThat(person("x-1").birthDate()).isEqualTo(Optional.of(LocalDate.of(1970, 4, 4)));
    }

    @Test
    void unreadableCsvWithAnUnclosedQuoteIsOneProblemAndNothingIsSaved() {
        String csv = "Код участника;ФИО;Дата рождения;Категория;Предметы;Профессиональные дефициты;Формат встреч;Удобные дни;"
                + "Начало педагогической деятельности;Дата согласия;Согласие дал;Представитель;Запросы;Наблюдения\n"
                + "u-1;Незакрытая Кавычка;05.08.2000;студент;;assessment;очно;;;15.09.2024;;;\"запрос без конца;\n";

        ImportReport report = Fixture.ok(importMentees(QuestionnaireFile.of("broken.csv", csv.getBytes(StandardCharsets.UTF_8))));

        assertThat(report.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.reason().en()).contains("cannot be read"));
        assertThat(people.find(PersonId.of("u-1"))).isEmpty();
    }

    @SafeVarargs
    private static byte[] workbook(List<?>... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Ответы");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    Object value = rows[r].get(c);
                    var cell = row.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof Double number) {
                        cell.setCellValue(number);
                    } else if (value instanceof Boolean flag) {
                        cell.setCellValue(flag);
                    } else {
                        cell.setCellValue((String) value);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
