package org.tandem.persistence.jpa.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.organization.Organization;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.program.MentoringForm;
import org.tandem.core.program.MentoringKind;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;
import org.tandem.matching.MatchingProblem;
import org.tandem.persistence.jpa.TandemPersistence;

/**
 * Loads a base of {@code bench.mentees} mentees and {@code bench.mentors} mentors with questionnaires, spread over
 * {@code bench.schools} schools of a municipality, from PostgreSQL through {@code People.withRole} of all the schools
 * at once (one query per table) and builds one {@link MatchingProblem} per school's program. The base is saved once in the setup (a fresh schema),
 * then vacuumed and analyzed as autovacuum would soon do ({@link Bench#vacuum}). One problem
 * over the whole base is not built: 40,000 × 10,000 pairs would be 400 million scored pairs (about 6.8 GB while
 * building, after matching's own estimate), which matching does not aim at.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {

    private static final int CHUNK = 1000;

    private String schema;
    private Bench.Opened opened;
    private TandemPersistence persistence;
    private final List<OrganizationId> schools = new ArrayList<>();
    private final List<MentoringProgram> programs = new ArrayList<>();
    private MentoringPolicy policy;
    private int participants;

    @Setup(Level.Trial)
    public void setUp() {
        int mentees = Integer.getInteger("bench.mentees", 40_000);
        int mentors = Integer.getInteger("bench.mentors", 10_000);
        int schoolCount = Integer.getInteger("bench.schools", 20);
        participants = mentees + mentors;
        schema = Bench.freshSchema("load");
        opened = Bench.open(schema);
        persistence = opened.persistence();
        OrganizationId region = OrganizationId.of("region");
        OrganizationId municipality = OrganizationId.of("municipality");
        persistence.organizations().save(Organization.region(region, "Регион"));
        persistence.organizations().save(Organization.municipality(municipality, "Город", region));
        for (int s = 0; s < schoolCount; s++) {
            OrganizationId school = OrganizationId.of("school-" + s);
            Organization organization = Organization.school(school, "Школа № " + s, municipality);
            persistence.organizations().save(organization);
            policy = organization.policy();
            schools.add(school);
            programs.add(new MentoringProgram(ProgramId.of("program-" + s), school, "Учитель – учитель",
                    MentoringForm.TEACHER_TEACHER, EnumSet.of(MentoringKind.INDIVIDUAL), DateRange.academicYear(2024),
                    PersonId.of("curator"), Set.of()));
        }
        Random random = new Random(50_000L);
        long started = System.nanoTime();
        List<Person> batch = new ArrayList<>(CHUNK);
        for (int i = 0; i < participants; i++) {
            OrganizationId school = schools.get(i % schoolCount);
            batch.add(i < mentors ? Bench.mentor(random, PersonId.of("mentor-" + i), school)
                    : Bench.mentee(random, PersonId.of("mentee-" + i), school));
            if (batch.size() == CHUNK || i == participants - 1) {
                List<Person> saving = List.copyOf(batch);
                persistence.inTransaction(() -> saving.forEach(persistence.people()::save));
                batch.clear();
            }
        }
        double saving = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        Bench.vacuum(schema);
        System.out.printf("%nsetup: %d participants saved in %.1f s, vacuumed and analyzed in %.1f s%n", participants,
                saving, (System.nanoTime() - started) / 1e9);
    }

    @Benchmark
    public int loadIntoMatchingProblems() {
        long started = System.nanoTime();
        int pairs = 0;
        // the bases of all schools at once: one query per table, each table read once
        Map<OrganizationId, List<Person>> mentors = persistence.people().withRole(Role.MENTOR, schools);
        Map<OrganizationId, List<Person>> mentees = persistence.people().withRole(Role.MENTEE, schools);
        long reading = System.nanoTime() - started;
        for (int s = 0; s < schools.size(); s++) {
            MatchingProblem.Builder builder = MatchingProblem.builder(programs.get(s), policy, Bench.TODAY);
            mentors.get(schools.get(s)).forEach(mentor -> builder.mentor(mentor, 0));
            mentees.get(schools.get(s)).forEach(builder::mentee);
            MatchingProblem problem = builder.build();
            pairs += problem.menteeCount() * problem.mentorCount();
        }
        long total = System.nanoTime() - started;
        System.out.printf("%nload: %d participants read in %.0f ms, %d problems (%d pairs) built in %.0f ms, total %.0f ms%n",
                participants, reading / 1e6, schools.size(), pairs, (total - reading) / 1e6, total / 1e6);
        return pairs;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        opened.close();
        Bench.drop(schema);
    }
}
