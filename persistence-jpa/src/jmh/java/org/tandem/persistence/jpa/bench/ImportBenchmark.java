package org.tandem.persistence.jpa.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.tandem.core.access.Actor;
import org.tandem.core.guice.TandemCoreModule;
import org.tandem.core.organization.Organization;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.people.RoleAssignment;
import org.tandem.core.questionnaire.ColumnMapping;
import org.tandem.core.questionnaire.ImportReport;
import org.tandem.core.questionnaire.ImportingQuestionnaires;
import org.tandem.core.questionnaire.QuestionnaireField;
import org.tandem.core.questionnaire.QuestionnaireFile;
import org.tandem.core.questionnaire.QuestionnaireSide;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.Result;
import org.tandem.persistence.jpa.TandemPersistence;
import org.tandem.persistence.jpa.TandemPersistenceModule;

/**
 * Imports {@code bench.rows} mentee questionnaire rows (a seeded CSV made in the setup) into PostgreSQL, a fresh
 * schema per iteration, through core's {@link ImportingQuestionnaires} wired by Guice over {@link TandemPersistence},
 * with the mapping saved in {@code column_mapping}. The import runs in one {@code inTransaction}, as a host should run
 * it: all or nothing in the database as in core's checks, one commit instead of several per row. Single shot: one
 * import per iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ImportBenchmark {

    private static final OrganizationId SCHOOL = OrganizationId.of("school");
    private static final String[] HEADERS = {"Код участника", "ФИО", "Дата рождения", "Категория", "Предметы",
            "Профессиональные дефициты", "Формат встреч", "Удобные дни", "Начало педагогической деятельности",
            "Дата согласия", "Согласие дал"};
    private static final String[] DAYS = {"пн", "вт", "ср", "чт", "пт"};
    private static final String[] FORMATS = {"очно", "смешанный"};

    private String schema;
    private Bench.Opened opened;
    private TandemPersistence persistence;
    private ImportingQuestionnaires importing;
    private Actor curator;
    private byte[] csv;
    private int rows;

    @Setup(Level.Iteration)
    public void setUp() {
        rows = Integer.getInteger("bench.rows", 100_000);
        schema = Bench.freshSchema("import");
        opened = Bench.open(schema);
        persistence = opened.persistence();
        Clock clock = Clock.fixed(Bench.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Injector injector = Guice.createInjector(new TandemCoreModule(), new TandemPersistenceModule(persistence),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding().toInstance(clock);
                    }
                });
        OrganizationId region = OrganizationId.of("region");
        OrganizationId municipality = OrganizationId.of("municipality");
        persistence.organizations().save(Organization.region(region, "Регион"));
        persistence.organizations().save(Organization.municipality(municipality, "Город", region));
        persistence.organizations().save(Organization.school(SCHOOL, "Школа № 1", municipality));
        curator = Actor.of(PersonId.of("curator"));
        Person staff = Person.register(curator.person(), "Куратор", java.time.LocalDate.of(1980, 1, 1));
        staff.assignRole(RoleAssignment.of(Role.CURATOR, SCHOOL), Bench.TODAY);
        persistence.people().save(staff);
        ColumnMapping.Builder mapping = ColumnMapping.builder("mentee-form", SCHOOL);
        QuestionnaireField[] fields = {QuestionnaireField.PERSON_ID, QuestionnaireField.FULL_NAME,
                QuestionnaireField.BIRTH_DATE, QuestionnaireField.CATEGORY, QuestionnaireField.SUBJECTS,
                QuestionnaireField.COMPETENCIES, QuestionnaireField.PREFERRED_FORMAT, QuestionnaireField.AVAILABLE_DAYS,
                QuestionnaireField.CAREER_START, QuestionnaireField.CONSENT_GIVEN_ON, QuestionnaireField.CONSENT_GIVEN_BY};
        for (int i = 0; i < fields.length; i++) {
            mapping.map(fields[i], HEADERS[i]);
        }
        persistence.columnMappings().save(mapping.build());
        importing = injector.getInstance(ImportingQuestionnaires.class);
        csv = csv(rows, new Random(20241001L));
    }

    static byte[] csv(int rows, Random random) {
        StringBuilder text = new StringBuilder(rows * 160);
        text.append(String.join(";", HEADERS)).append('\n');
        for (int i = 1; i <= rows; i++) {
            List<String> subjects = new ArrayList<>(Bench.some(random, Bench.SUBJECTS, 1 + random.nextInt(2)));
            List<String> deficits = new ArrayList<>(Bench.some(random, Bench.COMPETENCIES, 1 + random.nextInt(3)));
            text.append("m-").append(i).append(';')
                    .append("Наставляемая ").append(i).append(" Ивановна;")
                    .append(String.format("%02d.%02d.%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                            1995 + random.nextInt(6))).append(';')
                    .append("молодой специалист;")
                    .append('"').append(String.join("; ", subjects)).append("\";")
                    .append(String.join(", ", deficits)).append(';')
                    .append(FORMATS[random.nextInt(FORMATS.length)]).append(';')
                    .append(DAYS[random.nextInt(5)]).append(';')
                    .append("01.09.2023;15.09.2024;сам\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ImportReport importRows() {
        Result<ImportReport> result = persistence.inTransaction(() -> importing.importFile(curator,
                ImportingQuestionnaires.Command.withSavedMapping(SCHOOL, QuestionnaireSide.MENTEE,
                        QuestionnaireFile.of("mentees.csv", csv), "mentee-form")));
        if (!result.isOk()) {
            throw new IllegalStateException("refused: " + result.refusal().message().en());
        }
        ImportReport report = result.value();
        if (!report.problems().isEmpty() || report.created() != rows) {
            throw new IllegalStateException("import failed: " + report.problems().stream().limit(5).toList()
                    + ", created " + report.created());
        }
        return report;
    }

    @TearDown(Level.Iteration)
    public void tearDown() {
        opened.close();
        Bench.drop(schema);
    }
}
