package org.tandem.persistence.jpa.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.tandem.core.people.Competency;
import org.tandem.core.people.Consent;
import org.tandem.core.people.ConsentPurpose;
import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MenteeCategory;
import org.tandem.core.people.MenteeProfile;
import org.tandem.core.people.MentorCategory;
import org.tandem.core.people.MentorProfile;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.people.RoleAssignment;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.persistence.jpa.TandemPersistence;

/** PostgreSQL in a fresh schema per run, and seeded participants. */
final class Bench {

    static final LocalDate TODAY = LocalDate.of(2024, 10, 1);
    static final String URL = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final List<String> COMPETENCIES = List.of("lesson-planning", "classroom-management", "assessment",
            "individual-approach", "parents", "documentation", "digital-tools", "inclusive-education");
    static final List<String> SUBJECTS = List.of("математика", "физика", "русский язык", "литература", "история",
            "биология", "химия", "информатика", "английский язык", "география");

    private Bench() {
    }

    static PGSimpleDataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("postgres");
        dataSource.setReWriteBatchedInserts(true);
        return dataSource;
    }

    static String freshSchema(String what) {
        return "tandem_bench_" + what + "_" + Long.toHexString(System.nanoTime());
    }

    /** Tandem on a pooled DataSource (HikariCP, 4 connections), as a host would give it. */
    static Opened open(String schema) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource());
        config.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(config);
        return new Opened(TandemPersistence.builder().dataSource(pool).schema(schema).build(), pool);
    }

    record Opened(TandemPersistence persistence, HikariDataSource pool) implements AutoCloseable {
        @Override
        public void close() {
            persistence.close();
            pool.close();
        }
    }

    static void drop(String schema) {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * VACUUM ANALYZE of every table of the schema, as PostgreSQL's autovacuum does on its own within a minute or
     * so of a bulk write: the rows just written then carry their visibility hints and the planner has statistics,
     * as they have in a base that was filled over weeks. Without it the first read after the setup also pays for
     * setting those hints on every page, which a portal reading its base never does.
     */
    static void vacuum(String schema) {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (var rows = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = '" + schema + "' and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                statement.execute("vacuum analyze " + schema + "." + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> Set<T> some(Random random, List<T> from, int count) {
        Set<T> chosen = new java.util.LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(from.get(random.nextInt(from.size())));
        }
        return chosen;
    }

    static Set<DayOfWeek> days(Random random) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < 2; i++) {
            days.add(DayOfWeek.of(1 + random.nextInt(5)));
        }
        return days;
    }

    static Person mentor(Random random, PersonId id, OrganizationId school) {
        Set<Competency> competencies = new java.util.LinkedHashSet<>();
        some(random, COMPETENCIES, 3).forEach(code -> competencies.add(Competency.of(code, code)));
        return Person.restore(id, "Наставник " + id.value(), LocalDate.of(1960 + random.nextInt(25), 1 + random.nextInt(12), 1),
                false, Set.of(RoleAssignment.of(Role.MENTOR, school)),
                List.of(Consent.bySelf(ConsentPurpose.MENTORING, TODAY.minusMonths(1))), Optional.empty(),
                Optional.of(new MentorProfile(MentorCategory.TEACHER, competencies, some(random, SUBJECTS, 2),
                        LocalDate.of(1990 + random.nextInt(20), 9, 1), 1 + random.nextInt(4), true, random.nextBoolean(),
                        MeetingFormat.values()[random.nextInt(MeetingFormat.values().length)], days(random),
                        List.of("Учитель года"))));
    }

    static Person mentee(Random random, PersonId id, OrganizationId school) {
        Set<Competency> deficits = new java.util.LinkedHashSet<>();
        some(random, COMPETENCIES, 2).forEach(code -> deficits.add(Competency.of(code, code)));
        return Person.restore(id, "Наставляемый " + id.value(), LocalDate.of(1995 + random.nextInt(6), 1 + random.nextInt(12), 1),
                false, Set.of(RoleAssignment.of(Role.MENTEE, school)),
                List.of(Consent.bySelf(ConsentPurpose.MENTORING, TODAY.minusMonths(1))),
                Optional.of(new MenteeProfile(MenteeCategory.YOUNG_TEACHER, some(random, SUBJECTS, 1),
                        List.of("как держать дисциплину"), deficits,
                        MeetingFormat.values()[random.nextInt(MeetingFormat.values().length)], days(random),
                        Optional.of(LocalDate.of(2023, 9, 1)), List.of())),
                Optional.empty());
    }
}
