package org.tandem.persistence.jpa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import javax.sql.DataSource;

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
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;

/**
 * Reads many people at once with plain SQL, one query per table, for bulk reads ({@code People.withRole} of a whole
 * base): no entities, no persistence context, no per-person queries. The tables of a questionnaire none of them has
 * are not read. Builds the same domain objects as {@link PersonEntity#toDomain()}, from the same tables and columns.
 */
final class PeopleReader {

    /** The people holding a role in an organization: {@code ?1} the organization, {@code ?2} the role. */
    private static final String HOLDING = " join %sperson_role f on f.person_id = t.%s"
            + " where f.organization_id = ? and f.role = ?";
    /** The people holding a role in any of several organizations: {@code ?1} the role, then the organizations. */
    private static final String HOLDING_ANY = " where t.%2$s in (select f.person_id from %1$sperson_role f"
            + " where f.role = ? and f.organization_id in (%3$s))";

    /**
     * Rows a round trip brings: large, since a base is read whole anyway and each round trip costs a switch
     * between the JVM and the database, which on a busy machine costs more than the rows.
     */
    private static final int FETCH_SIZE = 20_000;
    /** From how many people read a bulk read asks whether they are half of everyone (see {@code read}). */
    private static final int WHOLE_TABLES_FROM = 1_000;

    private final String prefix;

    PeopleReader(Optional<String> schema) {
        this.prefix = schema.map(name -> name + ".").orElse("");
    }

    /** The people holding {@code role} in {@code organization}, in the order of their ids. */
    List<Person> withRole(Connection connection, Role role, OrganizationId organization) throws SQLException {
        return read(serial(connection), column -> String.format(HOLDING, prefix, column),
                new Object[] {organization.value(), role.name()});
    }

    /**
     * The people holding {@code role} in each of {@code organizations}, each list in the order of their ids; one query
     * per table for all of them, so that each table is read once rather than once per organization. The queries run
     * as {@code steps} runs them: one after the other on one connection, or several at once ({@link #parallel}).
     */
    Map<OrganizationId, List<Person>> withRole(Steps steps, Role role, Collection<OrganizationId> organizations)
            throws SQLException {
        Map<OrganizationId, List<Person>> result = new LinkedHashMap<>();
        organizations.forEach(organization -> result.put(organization, new ArrayList<>()));
        if (result.isEmpty()) {
            return result;
        }
        List<Object> params = new ArrayList<>(List.of(role.name()));
        result.keySet().forEach(organization -> params.add(organization.value()));
        String marks = String.join(", ", Collections.nCopies(result.size(), "?"));
        for (Person person : read(steps, column -> String.format(HOLDING_ANY, prefix, column, marks),
                params.toArray())) {
            for (OrganizationId organization : person.organizationsAs(role)) {
                List<Person> base = result.get(organization);
                if (base != null) {
                    base.add(person);
                }
            }
        }
        return result;
    }

    /** One query on a connection. */
    interface Step {
        void run(Connection connection) throws SQLException;
    }

    /** Runs the queries of one stage of a read; they are independent of each other. */
    interface Steps {
        void run(List<Step> steps) throws SQLException;
    }

    /** The queries one after the other on the connection (a transaction's). */
    static Steps serial(Connection connection) {
        return steps -> {
            for (Step step : steps) {
                step.run(connection);
            }
        };
    }

    /**
     * The queries of a stage at once, each on a connection of its own from {@code dataSource}, on the threads of
     * {@code threads}: for reads outside a transaction, which see committed rows only anyway (each query under read
     * committed, as on one connection).
     */
    static Steps parallel(DataSource dataSource, ExecutorService threads) {
        return steps -> {
            if (steps.size() <= 1) {
                for (Step step : steps) {
                    try (Connection connection = dataSource.getConnection()) {
                        step.run(connection);
                    }
                }
                return;
            }
            List<Future<?>> running = new ArrayList<>();
            try {
                for (Step step : steps) {
                    running.add(threads.submit(() -> {
                        try (Connection connection = dataSource.getConnection()) {
                            step.run(connection);
                        }
                        return null;
                    }));
                }
                for (Future<?> future : running) {
                    future.get();
                }
            } catch (RejectedExecutionException e) {
                throw new IllegalStateException("the people cannot be read: Tandem's storage is closed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while reading people", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SQLException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new SQLException(e.getCause());
            } finally {
                // a query left running after a failure of another is of no use to anyone
                running.forEach(future -> future.cancel(true));
            }
        };
    }

    private List<Person> read(Steps steps, Function<String, String> holding, Object[] params) throws SQLException {
        Query filtered = new Query(holding, params);
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Canon dates = new Canon();
        steps.run(List.of(connection -> read(connection, "select t.id, t.full_name, t.birth_date, t.erased from "
                + prefix + "person t" + holding.apply("id") + " order by t.id", params, rows -> {
                    Draft draft = new Draft(rows.getString(2), dates.date(rows, 3), rows.getBoolean(4));
                    drafts.put(rows.getString(1), draft);
                })));
        if (drafts.isEmpty()) {
            return List.of();
        }
        if (drafts.size() >= WHOLE_TABLES_FROM) {
            long[] everyone = {0};
            steps.run(List.of(connection -> read(connection, "select count(*) from " + prefix + "person",
                    new Object[0], rows -> everyone[0] = rows.getLong(1))));
            if (drafts.size() * 2L >= everyone[0]) {
                // half the people or more: the child tables are read whole and the rows of others dropped here,
                // which costs the database less than joining every table with person_role again
                filtered = new Query(column -> "", new Object[0]);
            }
        }
        Query query = filtered;
        // each query fills its own part of the drafts; a stage ends (its queries joined) before the next begins
        boolean[] mentees = {false};
        boolean[] mentors = {false};
        steps.run(List.of(
                connection -> children(connection, "person_role", "t.organization_id, t.role", "", query, drafts,
                        (draft, rows, canon) -> draft.roles = add(draft.roles, canon.of(RoleAssignment.of(
                                Role.valueOf(rows.getString(3)), canon.of(OrganizationId.of(rows.getString(2))))))),
                connection -> children(connection, "person_consent",
                        "t.purpose, t.given_on, t.given_by, t.representative, t.withdrawn_on", "t.position", query,
                        drafts, (draft, rows, canon) -> draft.consents = add(draft.consents, canon.of(new Consent(
                                ConsentPurpose.valueOf(rows.getString(2)), canon.date(rows, 3),
                                ConsentGiver.valueOf(rows.getString(4)), Optional.ofNullable(rows.getString(5)),
                                Optional.ofNullable(canon.date(rows, 6)))))),
                connection -> children(connection, "mentee_profile", "t.category, t.preferred_format, t.teaching_start",
                        "", query, drafts, (draft, rows, canon) -> {
                            draft.mentee = new Profile(rows.getString(2), rows.getString(3), canon.date(rows, 4));
                            mentees[0] = true;
                        }),
                connection -> children(connection, "mentor_profile", "t.category, t.preferred_format, t.career_start,"
                        + " t.capacity, t.training_completed, t.willing_to_mentor_elsewhere", "", query, drafts,
                        (draft, rows, canon) -> {
                            Profile profile = new Profile(rows.getString(2), rows.getString(3), canon.date(rows, 4));
                            profile.capacity = rows.getInt(5);
                            profile.trainingCompleted = rows.getBoolean(6);
                            profile.willingElsewhere = rows.getBoolean(7);
                            draft.mentor = profile;
                            mentors[0] = true;
                        })));
        // the tables of a questionnaire none of them has are not read
        List<Step> questionnaires = new ArrayList<>();
        if (mentees[0]) {
            questionnaires.add(connection -> children(connection, "mentee_subject", "t.subject", "", query, drafts,
                    (draft, rows, canon) -> draft.mentee.subjects = add(draft.mentee.subjects, canon.string(rows, 2))));
            questionnaires.add(connection -> children(connection, "mentee_request", "t.request", "t.position", query,
                    drafts, (draft, rows, canon) -> draft.mentee.texts = add(draft.mentee.texts, rows.getString(2))));
            questionnaires.add(connection -> children(connection, "mentee_deficit", "t.code, t.name", "", query, drafts,
                    (draft, rows, canon) -> draft.mentee.competencies = add(draft.mentee.competencies,
                            canon.of(Competency.of(rows.getString(2), rows.getString(3))))));
            questionnaires.add(connection -> children(connection, "mentee_day", "t.week_day", "", query, drafts,
                    (draft, rows, canon) -> draft.mentee.days = add(draft.mentee.days,
                            DayOfWeek.valueOf(rows.getString(2)))));
            questionnaires.add(connection -> children(connection, "mentee_observation", "t.observation", "t.position",
                    query, drafts, (draft, rows, canon) -> draft.mentee.observations = add(draft.mentee.observations,
                            rows.getString(2))));
        }
        if (mentors[0]) {
            questionnaires.add(connection -> children(connection, "mentor_competency", "t.code, t.name", "", query,
                    drafts, (draft, rows, canon) -> draft.mentor.competencies = add(draft.mentor.competencies,
                            canon.of(Competency.of(rows.getString(2), rows.getString(3))))));
            questionnaires.add(connection -> children(connection, "mentor_subject", "t.subject", "", query, drafts,
                    (draft, rows, canon) -> draft.mentor.subjects = add(draft.mentor.subjects, canon.string(rows, 2))));
            questionnaires.add(connection -> children(connection, "mentor_day", "t.week_day", "", query, drafts,
                    (draft, rows, canon) -> draft.mentor.days = add(draft.mentor.days,
                            DayOfWeek.valueOf(rows.getString(2)))));
            questionnaires.add(connection -> children(connection, "mentor_achievement", "t.achievement", "t.position",
                    query, drafts, (draft, rows, canon) -> draft.mentor.texts = add(draft.mentor.texts,
                            rows.getString(2))));
        }
        steps.run(questionnaires);
        List<Person> people = new ArrayList<>(drafts.size());
        drafts.forEach((id, draft) -> people.add(draft.toDomain(id)));
        return people;
    }

    /** Which people: the clause after a table {@code t} given the column of the person's id, and its parameters. */
    private record Query(Function<String, String> holding, Object[] params) {
    }

    private interface Row {
        void accept(ResultSet rows) throws SQLException;
    }

    private interface Child {
        void accept(Draft draft, ResultSet rows, Canon canon) throws SQLException;
    }

    /**
     * One instance of each equal value a query returns again and again (organizations, roles, competencies,
     * subjects, days, dates, consents): the people of a base share them instead of each holding copies, so a base
     * read whole keeps fewer objects alive, which is what the collector copies while the base is in use. Values are
     * immutable, so sharing them changes nothing. One per query, since queries run on threads of their own.
     */
    private static final class Canon {
        private final Map<Object, Object> values = new HashMap<>();

        @SuppressWarnings("unchecked")
        <T> T of(T value) {
            if (value == null) {
                return null;
            }
            Object known = values.putIfAbsent(value, value);
            return known == null ? value : (T) known;
        }

        String string(ResultSet rows, int column) throws SQLException {
            return of(rows.getString(column));
        }

        LocalDate date(ResultSet rows, int column) throws SQLException {
            return of(rows.getObject(column, LocalDate.class));
        }
    }

    /** The rows of a child table (first column the person's id) of the people read, by {@code order} (so per person). */
    private void children(Connection connection, String table, String columns, String order, Query query,
                          Map<String, Draft> drafts, Child child) throws SQLException {
        Canon canon = new Canon();
        read(connection, "select t.person_id, " + columns + " from " + prefix + table + " t"
                + query.holding().apply("person_id") + (order.isEmpty() ? "" : " order by " + order), query.params(),
                rows -> {
            Draft draft = drafts.get(rows.getString(1));
            if (draft != null) {
                child.accept(draft, rows, canon);
            }
        });
    }

    private static void read(Connection connection, String sql, Object[] params, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.accept(rows);
                }
            }
        }
    }

    /**
     * Appends to a draft's list, made on the first value: most lists of a person hold one or two values and many
     * none, and the drafts of a whole base are all alive until the last query of the read ends.
     */
    private static <T> List<T> add(List<T> list, T value) {
        List<T> result = list == null ? new ArrayList<>(2) : list;
        result.add(value);
        return result;
    }

    /**
     * A draft's values as an immutable set, which the domain's records keep as it is. Most people have one or two
     * values in a table, so those sets are made straight away; {@code Set.copyOf} would build a {@code HashSet} for
     * each. Equal values are kept once: rows distinct in a table may still make equal values (a competency's code is
     * compared stripped, stored as written).
     */
    private static <T> Set<T> setOf(List<T> values) {
        if (values == null) {
            return Set.of();
        }
        return switch (values.size()) {
            case 1 -> Set.of(values.get(0));
            case 2 -> values.get(0).equals(values.get(1)) ? Set.of(values.get(0))
                    : Set.of(values.get(0), values.get(1));
            default -> Set.copyOf(values);
        };
    }

    /** A draft's values as a list; the domain copies it (into its own immutable list), so it is not copied here. */
    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : values;
    }

    /** A person being read: her row, then what each child table adds (each table's rows of a person are distinct). */
    private static final class Draft {
        final String fullName;
        final LocalDate birthDate;
        final boolean erased;
        List<RoleAssignment> roles;
        List<Consent> consents;
        Profile mentee;
        Profile mentor;

        Draft(String fullName, LocalDate birthDate, boolean erased) {
            this.fullName = fullName;
            this.birthDate = birthDate;
            this.erased = erased;
        }

        Person toDomain(String id) {
            Set<RoleAssignment> roleSet = roles == null ? Set.of()
                    : roles.size() == 1 ? Set.of(roles.get(0)) : new LinkedHashSet<>(roles);
            return Person.restore(PersonId.of(id), fullName, birthDate, erased, roleSet, listOf(consents),
                    Optional.ofNullable(mentee).map(Profile::mentee), Optional.ofNullable(mentor).map(Profile::mentor));
        }
    }

    /** A mentee's or a mentor's questionnaire being read; {@code texts} are requests or achievements. */
    private static final class Profile {
        final String category;
        final String format;
        final LocalDate start;
        List<String> subjects;
        List<String> texts;
        List<Competency> competencies;
        List<DayOfWeek> days;
        List<String> observations;
        int capacity;
        boolean trainingCompleted;
        boolean willingElsewhere;

        Profile(String category, String format, LocalDate start) {
            this.category = category;
            this.format = format;
            this.start = start;
        }

        MenteeProfile mentee() {
            return new MenteeProfile(MenteeCategory.valueOf(category), setOf(subjects), listOf(texts),
                    setOf(competencies), MeetingFormat.valueOf(format), setOf(days), Optional.ofNullable(start),
                    listOf(observations));
        }

        MentorProfile mentor() {
            return new MentorProfile(MentorCategory.valueOf(category), setOf(competencies), setOf(subjects), start,
                    capacity, trainingCompleted, willingElsewhere, MeetingFormat.valueOf(format), setOf(days),
                    listOf(texts));
        }
    }
}
