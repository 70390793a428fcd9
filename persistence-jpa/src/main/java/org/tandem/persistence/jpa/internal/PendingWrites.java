package org.tandem.persistence.jpa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tandem.core.people.Competency;
import org.tandem.core.people.Consent;
import org.tandem.core.people.MenteeProfile;
import org.tandem.core.people.MentorProfile;
import org.tandem.core.people.Person;
import org.tandem.core.people.RoleAssignment;
import org.tandem.core.shared.DomainEvent;

/**
 * What one transaction saved but has not written yet: new people (identities the transaction looked up and found
 * absent) and audit events. They are written with plain JDBC in batches, one statement a table (a PostgreSQL
 * {@code DataSource} with {@code reWriteBatchedInserts=true} makes multi-row inserts of them), into the same tables
 * and columns, with the same values, as {@link PersonEntity} and {@link AuditEventEntity} would be: no entities,
 * no persistence context, no dirty checking. {@link UnitOfWork} writes them before any other work of the
 * transaction touches the database and before it commits, so that nothing ever reads around them.
 *
 * <p>Not thread-safe: one per transaction, which is one thread's.
 */
final class PendingWrites {

    /** People a transaction holds before it writes them. */
    static final int PEOPLE_LIMIT = 5_000;
    /** Audit events a transaction holds before it writes them. */
    static final int EVENT_LIMIT = 10_000;

    private final String prefix;
    private final IdBlocks ids;
    /** By identity, the person as last saved (a copy: the caller keeps changing his object). */
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final List<DomainEvent> events = new ArrayList<>();

    PendingWrites(String prefix, IdBlocks ids) {
        this.prefix = prefix;
        this.ids = ids;
    }

    boolean isEmpty() {
        return people.isEmpty() && events.isEmpty();
    }

    boolean isFull() {
        return people.size() >= PEOPLE_LIMIT || events.size() >= EVENT_LIMIT;
    }

    boolean holds(String person) {
        return people.containsKey(person);
    }

    /** Keeps (a copy of) the person to insert; a later save of the same identity replaces it. */
    void put(Person person) {
        people.put(person.id().value(), copy(person));
    }

    /** A copy of the person as last saved; empty when none is pending under the identity. */
    Optional<Person> find(String person) {
        return Optional.ofNullable(people.get(person)).map(PendingWrites::copy);
    }

    void add(DomainEvent event) {
        events.add(event);
    }

    private static Person copy(Person person) {
        return Person.restore(person.id(), person.fullName(), person.birthDate().orElse(null), person.isErased(),
                new LinkedHashSet<>(person.roles()), new ArrayList<>(person.consents()), person.menteeProfile(),
                person.mentorProfile());
    }

    /** Writes everything pending on the connection (the transaction's) and forgets it, also when writing fails. */
    void write(Connection connection) throws SQLException {
        try {
            if (!people.isEmpty()) {
                writePeople(connection);
            }
            if (!events.isEmpty()) {
                writeEvents(connection);
            }
        } finally {
            people.clear();
            events.clear();
        }
    }

    private void writePeople(Connection connection) throws SQLException {
        Batch person = new Batch("person", "id, full_name, birth_date, erased, version");
        Batch role = new Batch("person_role", "person_id, organization_id, role");
        Batch consent = new Batch("person_consent",
                "person_id, position, purpose, given_on, given_by, representative, withdrawn_on");
        Batch mentee = new Batch("mentee_profile", "person_id, category, preferred_format, teaching_start");
        Batch menteeSubject = new Batch("mentee_subject", "person_id, subject");
        Batch menteeRequest = new Batch("mentee_request", "person_id, position, request");
        Batch menteeDeficit = new Batch("mentee_deficit", "person_id, code, name");
        Batch menteeDay = new Batch("mentee_day", "person_id, week_day");
        Batch menteeObservation = new Batch("mentee_observation", "person_id, position, observation");
        Batch mentor = new Batch("mentor_profile", "person_id, category, career_start, capacity, training_completed,"
                + " willing_to_mentor_elsewhere, preferred_format");
        Batch mentorCompetency = new Batch("mentor_competency", "person_id, code, name");
        Batch mentorSubject = new Batch("mentor_subject", "person_id, subject");
        Batch mentorDay = new Batch("mentor_day", "person_id, week_day");
        Batch mentorAchievement = new Batch("mentor_achievement", "person_id, position, achievement");
        for (Person p : people.values()) {
            String id = p.id().value();
            person.row(id, p.fullName(), or(p.birthDate().orElse(null), Types.DATE), p.isErased(), 0L);
            for (RoleAssignment r : p.roles()) {
                role.row(id, r.organization().value(), r.role().name());
            }
            int position = 0;
            for (Consent c : p.consents()) {
                consent.row(id, position++, c.purpose().name(), c.givenOn(), c.givenBy().name(),
                        or(c.representative().orElse(null), Types.VARCHAR), or(c.withdrawnOn().orElse(null), Types.DATE));
            }
            if (p.menteeProfile().isPresent()) {
                MenteeProfile profile = p.menteeProfile().get();
                mentee.row(id, profile.category().name(), profile.preferredFormat().name(),
                        or(profile.teachingStart().orElse(null), Types.DATE));
                for (String subject : profile.subjects()) {
                    menteeSubject.row(id, subject);
                }
                positioned(menteeRequest, id, profile.requests());
                for (Competency deficit : profile.deficits()) {
                    menteeDeficit.row(id, deficit.code(), deficit.name());
                }
                for (DayOfWeek day : profile.availableDays()) {
                    menteeDay.row(id, day.name());
                }
                positioned(menteeObservation, id, profile.observations());
            }
            if (p.mentorProfile().isPresent()) {
                MentorProfile profile = p.mentorProfile().get();
                mentor.row(id, profile.category().name(), profile.careerStart(), profile.capacity(),
                        profile.trainingCompleted(), profile.willingToMentorElsewhere(), profile.preferredFormat().name());
                for (Competency competency : profile.competencies()) {
                    mentorCompetency.row(id, competency.code(), competency.name());
                }
                for (String subject : profile.subjects()) {
                    mentorSubject.row(id, subject);
                }
                for (DayOfWeek day : profile.availableDays()) {
                    mentorDay.row(id, day.name());
                }
                positioned(mentorAchievement, id, profile.achievements());
            }
        }
        // parents before children, for the foreign keys
        for (Batch batch : List.of(person, role, consent, mentee, menteeSubject, menteeRequest, menteeDeficit,
                menteeDay, menteeObservation, mentor, mentorCompetency, mentorSubject, mentorDay, mentorAchievement)) {
            batch.execute(connection);
        }
    }

    /** The value, or when it is null the SQL type of its column, for {@code setNull}. */
    private static Object or(Object value, int sqlType) {
        return value != null ? value : new Null(sqlType);
    }

    private record Null(int sqlType) {
    }

    private static void positioned(Batch batch, String id, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            batch.row(id, i, texts.get(i));
        }
    }

    private void writeEvents(Connection connection) throws SQLException {
        Batch event = new Batch("audit_event", "id, type, actor_id, occurred_at, subject, subject_id, change_json");
        long next = ids.take(events.size());
        for (DomainEvent e : events) {
            event.row(next++, e.type().name(), e.actor().value(), e.occurredAt().atOffset(ZoneOffset.UTC), e.subject(),
                    e.subjectId(), AuditChanges.encode(e.change()));
        }
        event.execute(connection);
    }

    /** The rows of one table's insert. */
    private final class Batch {
        private final String sql;
        private final int width;
        private final List<Object[]> rows = new ArrayList<>();

        Batch(String table, String columns) {
            this.width = columns.split(",").length;
            this.sql = "insert into " + prefix + table + " (" + columns + ") values (" + "?, ".repeat(width - 1) + "?)";
        }

        void row(Object... values) {
            rows.add(values);
        }

        void execute(Connection connection) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < width; i++) {
                        Object value = row[i];
                        if (value instanceof Null none) {
                            statement.setNull(i + 1, none.sqlType());
                        } else {
                            statement.setObject(i + 1, value);
                        }
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }
}
