package org.tandem.persistence.jpa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    private final String prefix;

    PeopleReader(Optional<String> schema) {
        this.prefix = schema.map(name -> name + ".").orElse("");
    }

    /** The people holding {@code role} in {@code organization}, in the order of their ids. */
    List<Person> withRole(Connection connection, Role role, OrganizationId organization) throws SQLException {
        Object[] holding = {organization.value(), role.name()};
        Map<String, Draft> drafts = new LinkedHashMap<>();
        read(connection, "select t.id, t.full_name, t.birth_date, t.erased from " + prefix + "person t"
                + holding("id") + " order by t.id", holding, rows -> {
            Draft draft = new Draft(rows.getString(2), rows.getObject(3, LocalDate.class), rows.getBoolean(4));
            drafts.put(rows.getString(1), draft);
        });
        if (drafts.isEmpty()) {
            return List.of();
        }
        children(connection, "person_role", "t.organization_id, t.role", "", holding, drafts, (draft, rows) ->
                draft.roles.add(RoleAssignment.of(Role.valueOf(rows.getString(3)), OrganizationId.of(rows.getString(2)))));
        children(connection, "person_consent", "t.purpose, t.given_on, t.given_by, t.representative, t.withdrawn_on",
                "t.position", holding, drafts, (draft, rows) -> draft.consents.add(new Consent(
                        ConsentPurpose.valueOf(rows.getString(2)), rows.getObject(3, LocalDate.class),
                        ConsentGiver.valueOf(rows.getString(4)), Optional.ofNullable(rows.getString(5)),
                        Optional.ofNullable(rows.getObject(6, LocalDate.class)))));
        menteeProfiles(connection, holding, drafts);
        mentorProfiles(connection, holding, drafts);
        List<Person> people = new ArrayList<>(drafts.size());
        drafts.forEach((id, draft) -> people.add(draft.toDomain(id)));
        return people;
    }

    private void menteeProfiles(Connection connection, Object[] holding, Map<String, Draft> drafts) throws SQLException {
        boolean[] any = {false};
        children(connection, "mentee_profile", "t.category, t.preferred_format, t.teaching_start", "", holding, drafts,
                (draft, rows) -> {
                    draft.mentee = new Profile(rows.getString(2), rows.getString(3), rows.getObject(4, LocalDate.class));
                    any[0] = true;
                });
        if (!any[0]) {
            return;
        }
        children(connection, "mentee_subject", "t.subject", "", holding, drafts,
                (draft, rows) -> draft.mentee.subjects.add(rows.getString(2)));
        children(connection, "mentee_request", "t.request", "t.position", holding, drafts,
                (draft, rows) -> draft.mentee.texts.add(rows.getString(2)));
        children(connection, "mentee_deficit", "t.code, t.name", "", holding, drafts,
                (draft, rows) -> draft.mentee.competencies.add(Competency.of(rows.getString(2), rows.getString(3))));
        children(connection, "mentee_day", "t.week_day", "", holding, drafts,
                (draft, rows) -> draft.mentee.days.add(DayOfWeek.valueOf(rows.getString(2))));
        children(connection, "mentee_observation", "t.observation", "t.position", holding, drafts,
                (draft, rows) -> draft.mentee.observations.add(rows.getString(2)));
    }

    private void mentorProfiles(Connection connection, Object[] holding, Map<String, Draft> drafts) throws SQLException {
        boolean[] any = {false};
        children(connection, "mentor_profile", "t.category, t.preferred_format, t.career_start, t.capacity,"
                        + " t.training_completed, t.willing_to_mentor_elsewhere", "", holding, drafts, (draft, rows) -> {
                    Profile profile = new Profile(rows.getString(2), rows.getString(3), rows.getObject(4, LocalDate.class));
                    profile.capacity = rows.getInt(5);
                    profile.trainingCompleted = rows.getBoolean(6);
                    profile.willingElsewhere = rows.getBoolean(7);
                    draft.mentor = profile;
                    any[0] = true;
                });
        if (!any[0]) {
            return;
        }
        children(connection, "mentor_competency", "t.code, t.name", "", holding, drafts,
                (draft, rows) -> draft.mentor.competencies.add(Competency.of(rows.getString(2), rows.getString(3))));
        children(connection, "mentor_subject", "t.subject", "", holding, drafts,
                (draft, rows) -> draft.mentor.subjects.add(rows.getString(2)));
        children(connection, "mentor_day", "t.week_day", "", holding, drafts,
                (draft, rows) -> draft.mentor.days.add(DayOfWeek.valueOf(rows.getString(2))));
        children(connection, "mentor_achievement", "t.achievement", "t.position", holding, drafts,
                (draft, rows) -> draft.mentor.texts.add(rows.getString(2)));
    }

    private String holding(String column) {
        return String.format(HOLDING, prefix, column);
    }

    private interface Row {
        void accept(ResultSet rows) throws SQLException;
    }

    private interface Child {
        void accept(Draft draft, ResultSet rows) throws SQLException;
    }

    /** The rows of a child table (first column the person's id) of the people read, by {@code order} (so per person). */
    private void children(Connection connection, String table, String columns, String order, Object[] holding,
                          Map<String, Draft> drafts, Child child) throws SQLException {
        read(connection, "select t.person_id, " + columns + " from " + prefix + table + " t" + holding("person_id")
                + (order.isEmpty() ? "" : " order by " + order), holding, rows -> {
            Draft draft = drafts.get(rows.getString(1));
            if (draft != null) {
                child.accept(draft, rows);
            }
        });
    }

    private static void read(Connection connection, String sql, Object[] params, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.setFetchSize(1_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.accept(rows);
                }
            }
        }
    }

    /** A person being read: her row, then what each child table adds. */
    private static final class Draft {
        final String fullName;
        final LocalDate birthDate;
        final boolean erased;
        final Set<RoleAssignment> roles = new LinkedHashSet<>();
        final List<Consent> consents = new ArrayList<>();
        Profile mentee;
        Profile mentor;

        Draft(String fullName, LocalDate birthDate, boolean erased) {
            this.fullName = fullName;
            this.birthDate = birthDate;
            this.erased = erased;
        }

        Person toDomain(String id) {
            return Person.restore(PersonId.of(id), fullName, birthDate, erased, roles, consents,
                    Optional.ofNullable(mentee).map(Profile::mentee), Optional.ofNullable(mentor).map(Profile::mentor));
        }
    }

    /** A mentee's or a mentor's questionnaire being read; {@code texts} are requests or achievements. */
    private static final class Profile {
        final String category;
        final String format;
        final LocalDate start;
        final Set<String> subjects = new LinkedHashSet<>();
        final List<String> texts = new ArrayList<>();
        final Set<Competency> competencies = new LinkedHashSet<>();
        final Set<DayOfWeek> days = new LinkedHashSet<>();
        final List<String> observations = new ArrayList<>();
        int capacity;
        boolean trainingCompleted;
        boolean willingElsewhere;

        Profile(String category, String format, LocalDate start) {
            this.category = category;
            this.format = format;
            this.start = start;
        }

        MenteeProfile mentee() {
            return new MenteeProfile(MenteeCategory.valueOf(category), subjects, texts, competencies,
                    MeetingFormat.valueOf(format), days, Optional.ofNullable(start), observations);
        }

        MentorProfile mentor() {
            return new MentorProfile(MentorCategory.valueOf(category), competencies, subjects, start, capacity,
                    trainingCompleted, willingElsewhere, MeetingFormat.valueOf(format), days, texts);
        }
    }
}
