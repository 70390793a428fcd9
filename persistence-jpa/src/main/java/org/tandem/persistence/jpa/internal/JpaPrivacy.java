package org.tandem.persistence.jpa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.ResponsibleParty;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.json.RoadmapJson;
import org.tandem.core.roadmap.json.RoadmapJsonException;
import org.tandem.core.shared.PersonId;
import org.tandem.persistence.jpa.PersonalDataEraser;
import org.tandem.persistence.jpa.PersonalDataExport;
import org.tandem.persistence.jpa.PersonalDataInventory;
import org.tandem.persistence.jpa.PersonalDataInventory.Category;
import org.tandem.persistence.jpa.PersonalDataInventory.Erasure;
import org.tandem.persistence.jpa.PersonalDataInventory.Field;
import org.tandem.persistence.jpa.PersonalDataInventory.Link;
import org.tandem.persistence.jpa.StorageException;

/**
 * Erasure and export of one person's data, walking {@link PersonalDataInventory} with plain SQL on the
 * transaction's connection. Table and column names come only from the inventory, values only as parameters.
 */
public final class JpaPrivacy implements PersonalDataEraser, PersonalDataExport {

    private static final Logger LOG = LoggerFactory.getLogger(JpaPrivacy.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private final UnitOfWork work;
    private final String prefix;

    public JpaPrivacy(UnitOfWork work, Optional<String> schema) {
        this.work = Objects.requireNonNull(work, "work");
        this.prefix = schema.map(name -> name + ".").orElse("");
    }

    // ---- erasure ----

    @Override
    public void erase(PersonId person) {
        Objects.requireNonNull(person, "person");
        work.call(em -> {
            em.flush();
            Values values = jdbc(em, connection -> {
                requireStored(connection, person.value());
                return valuesOf(connection, person.value());
            });
            erase(em, person.value(), values);
            jdbc(em, connection -> update(connection, "update " + prefix
                    + "person set erased = ?, version = version + 1 where id = ? and erased = ?", true, person.value(), false));
            return null;
        });
    }

    /** The person's values to cut out of others' text; read before her row is overwritten. */
    Values valuesBeforeErasure(EntityManager em, String person) {
        em.flush();
        return jdbc(em, connection -> valuesOf(connection, person));
    }

    /** Walks the inventory; {@code values} were read before the person's row lost them. Clears the context. */
    void erase(EntityManager em, String person, Values values) {
        em.flush();
        int[] counts = jdbc(em, connection -> walk(connection, person, values));
        em.clear();
        LOG.info("personal data of {} erased: {} rows deleted, {} values cleared, {} texts anonymized", person,
                counts[0], counts[1], counts[2]);
    }

    private int[] walk(Connection connection, String person, Values values) throws SQLException {
        int deleted = 0;
        int cleared = 0;
        int anonymized = 0;
        for (String table : PersonalDataInventory.tables()) {
            List<Field> fields = PersonalDataInventory.fieldsOf(table);
            List<Field> erased = fields.stream().filter(f -> f.erasure() == Erasure.ERASE).toList();
            if (!erased.isEmpty()) {
                Scope scope = scope(erased.get(0).link(), erased.get(0).linkColumn(), person, Purpose.ERASE);
                if (erased.size() == fields.size()) {
                    deleted += update(connection, "delete from " + prefix + table + " where " + scope.sql(),
                            scope.params().toArray());
                } else {
                    StringBuilder set = new StringBuilder();
                    StringBuilder any = new StringBuilder();
                    for (Field field : erased) {
                        set.append(set.isEmpty() ? "" : ", ").append(field.column()).append(" = null");
                        any.append(any.isEmpty() ? "" : " or ").append(field.column()).append(" is not null");
                    }
                    cleared += update(connection, "update " + prefix + table + " set " + set + " where " + scope.sql()
                            + " and (" + any + ")", scope.params().toArray());
                }
            }
            Optional<Scope> own = ownRows(fields, person);
            for (Field field : fields) {
                if (field.erasure() != Erasure.ANONYMIZE) {
                    continue;
                }
                if (field.link() == Link.ROADMAP_PARTY) {
                    anonymized += eraseFromPlans(connection, table, field, person, values);
                    continue;
                }
                if (table.equals("audit_event") && field.column().equals("change_json")) {
                    anonymized += eraseFromChanges(connection, table, field, own,
                            scope(field.link(), field.linkColumn(), person, Purpose.ERASE), values);
                    continue;
                }
                String marker = field.category() == Category.NAME || field.category() == Category.CONSENT_DETAILS
                        ? ERASED_NAME : ERASED_TEXT;
                if (own.isPresent()) {
                    List<Object> params = new ArrayList<>(List.of(marker));
                    params.addAll(own.get().params());
                    params.add(marker);
                    anonymized += update(connection, "update " + prefix + table + " set " + field.column() + " = ? where "
                            + own.get().sql() + " and " + field.column() + " <> ?", params.toArray());
                }
                anonymized += redact(connection, table, field, scope(field.link(), field.linkColumn(), person,
                        Purpose.ERASE), values);
            }
        }
        return new int[] {deleted, cleared, anonymized};
    }

    /**
     * The JSON changes of audit events ({@link AuditChanges}), value by value as if each were a row of
     * {@code audit_event_change}: in her own events every value becomes {@link #ERASED_TEXT}, in the others of her
     * scope her names and phrases are cut out of each value. Events without JSON (stored before version 5) are left
     * to the rows of {@code audit_event_change}.
     */
    private int eraseFromChanges(Connection connection, String table, Field field, Optional<Scope> own, Scope others,
                                 Values values) throws SQLException {
        int changed = 0;
        Set<Long> done = new java.util.HashSet<>();
        if (own.isPresent()) {
            for (Map.Entry<Long, String> event : changesOf(connection, table, field, own.get()).entrySet()) {
                done.add(event.getKey());
                Map<String, String> change = AuditChanges.decode(event.getValue());
                change.replaceAll((name, value) -> ERASED_TEXT);
                changed += rewrite(connection, table, field, event, AuditChanges.encode(change));
            }
        }
        if (!values.isEmpty()) {
            for (Map.Entry<Long, String> event : changesOf(connection, table, field, others).entrySet()) {
                if (!done.contains(event.getKey())) {
                    Map<String, String> change = AuditChanges.decode(event.getValue());
                    change.replaceAll((name, value) -> values.redact(value));
                    changed += rewrite(connection, table, field, event, AuditChanges.encode(change));
                }
            }
        }
        return changed;
    }

    private Map<Long, String> changesOf(Connection connection, String table, Field field, Scope scope)
            throws SQLException {
        Map<Long, String> changes = new java.util.LinkedHashMap<>();
        try (PreparedStatement select = prepare(connection, "select " + field.linkColumn() + ", " + field.column()
                + " from " + prefix + table + " where " + scope.sql() + " and " + field.column() + " is not null",
                scope.params().toArray()); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                changes.put(rows.getLong(1), rows.getString(2));
            }
        }
        return changes;
    }

    private int rewrite(Connection connection, String table, Field field, Map.Entry<Long, String> event, String json)
            throws SQLException {
        if (json.equals(event.getValue())) {
            return 0;
        }
        return update(connection, "update " + prefix + table + " set " + field.column() + " = ? where "
                + field.linkColumn() + " = ?", json, event.getKey());
    }

    /** The person's own rows of a table: where its identity column holds her id; her events in the audit log. */
    private Optional<Scope> ownRows(List<Field> fields, String person) {
        Optional<Field> identity = fields.stream()
                .filter(f -> f.category() == Category.IDENTITY && f.link() == Link.PERSON).findFirst();
        if (identity.isPresent()) {
            return Optional.of(new Scope(identity.get().column() + " = ?", List.of(person)));
        }
        return fields.stream().filter(f -> f.link() == Link.AUDIT_EVENT).findFirst()
                .map(f -> new Scope(f.linkColumn() + " in (select id from " + prefix
                        + "audit_event where subject = 'Person' and subject_id = ?)", List.of(person)));
    }

    private int redact(Connection connection, String table, Field field, Scope scope, Values values) throws SQLException {
        if (values.isEmpty()) {
            return 0;
        }
        Set<String> texts = new LinkedHashSet<>();
        try (PreparedStatement select = prepare(connection, "select distinct " + field.column() + " from " + prefix
                + table + " where " + scope.sql(), scope.params().toArray()); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String text = rows.getString(1);
                if (text != null) {
                    texts.add(text);
                }
            }
        }
        int changed = 0;
        for (String text : texts) {
            String redacted = values.redact(text);
            if (!redacted.equals(text)) {
                List<Object> params = new ArrayList<>(List.of(redacted));
                params.addAll(scope.params());
                params.add(text);
                changed += update(connection, "update " + prefix + table + " set " + field.column() + " = ? where "
                        + scope.sql() + " and " + field.column() + " = ?", params.toArray());
            }
        }
        return changed;
    }

    /**
     * What of a person may appear in others' free text: her name and her representatives' names (each word, in any
     * grammatical case) and her free-text questionnaire answers of three words or more, verbatim.
     */
    static final class Values {
        private final List<Pattern> patterns = new ArrayList<>();
        private Optional<ResponsibleNames> responsible = Optional.empty();

        /** Her own full name, as roadmaps may name her among the responsible parties. */
        void fullName(String name) {
            responsible = ResponsibleNames.of(name);
        }

        void name(String name) {
            Matcher words = WORD.matcher(name);
            while (words.find()) {
                String word = words.group();
                if (word.length() < 3) {
                    continue;
                }
                int cut = word.length() > 5 ? 2 : word.length() > 3 ? 1 : 0;
                String stem = word.substring(0, word.length() - cut);
                patterns.add(Pattern.compile("(?<!\\p{L})" + Pattern.quote(stem) + (cut > 0 ? "\\p{L}*" : "(?!\\p{L})"),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }

        void phrase(String text) {
            if (text.strip().split("\\s+").length >= 3) {
                patterns.add(0, Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }

        boolean isEmpty() {
            return patterns.isEmpty() && responsible.isEmpty();
        }

        String redact(String text) {
            String result = text;
            for (Pattern pattern : patterns) {
                result = pattern.matcher(result).replaceAll(Matcher.quoteReplacement(ERASED_TEXT));
            }
            return result;
        }
    }

    private Values valuesOf(Connection connection, String person) throws SQLException {
        Values values = new Values();
        List<String> phrases = new ArrayList<>();
        for (Field field : PersonalDataInventory.fields()) {
            if (field.link() != Link.PERSON) {
                continue;
            }
            boolean name = field.category() == Category.NAME
                    || field.category() == Category.CONSENT_DETAILS && field.erasure() == Erasure.ANONYMIZE;
            boolean answer = field.category() == Category.QUESTIONNAIRE_ANSWERS;
            if (!name && !answer) {
                continue;
            }
            String sql = "select " + field.column() + " from " + prefix + field.table() + " where " + field.linkColumn()
                    + " = ?" + (field.table().equals("person") ? " and erased = ?" : "");
            Object[] params = field.table().equals("person") ? new Object[] {person, false} : new Object[] {person};
            try (PreparedStatement select = prepare(connection, sql, params); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Object value = rows.getObject(1);
                    if (value instanceof String text && !text.isBlank() && !text.equals(ERASED_NAME)) {
                        if (name) {
                            values.name(text);
                            if (field.table().equals("person") && field.column().equals("full_name")) {
                                values.fullName(text);
                            }
                        } else {
                            phrases.add(text);
                        }
                    }
                }
            }
        }
        phrases.sort(Comparator.comparingInt(String::length));
        phrases.forEach(values::phrase);
        return values;
    }

    // ---- export ----

    @Override
    public String of(PersonId person) {
        Objects.requireNonNull(person, "person");
        String id = person.value();
        ObjectNode document = JSON.createObjectNode();
        document.put("person", id);
        document.put("exportedAt", Instant.now().toString());
        ArrayNode declared = document.putArray("fields");
        ObjectNode tables = document.putObject("tables");
        work.call(em -> {
            em.flush();
            return jdbc(em, connection -> {
                requireStored(connection, id);
                Optional<ResponsibleNames> names = fullName(connection, id).flatMap(ResponsibleNames::of);
                for (String table : PersonalDataInventory.tables()) {
                    List<Field> fields = PersonalDataInventory.fieldsOf(table);
                    ArrayNode rows = fields.stream().anyMatch(f -> f.link() == Link.ROADMAP_PARTY)
                            ? partiesNaming(connection, table, fields, id, names)
                            : rows(connection, table, exportScope(fields, id));
                    if (rows.isEmpty()) {
                        continue;
                    }
                    tables.set(table, rows);
                    for (Field field : fields) {
                        ObjectNode node = declared.addObject();
                        node.put("table", field.table());
                        node.put("column", field.column());
                        node.put("category", field.category().name());
                        node.put("purposeRu", field.purpose().ru());
                        node.put("purposeEn", field.purpose().en());
                        node.put("erasure", field.erasure().name());
                    }
                }
                return null;
            });
        });
        LOG.info("personal data of {} exported: {} tables", id, tables.size());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the export could not be written as JSON", e);
        }
    }

    /** The rows of a table to export: where a column holds the person's id, else those linked to her. */
    private Scope exportScope(List<Field> fields, String person) {
        Set<String> personColumns = new LinkedHashSet<>();
        fields.stream().filter(f -> f.link() == Link.PERSON).forEach(f -> personColumns.add(f.linkColumn()));
        if (!personColumns.isEmpty()) {
            List<String> sql = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            for (String column : personColumns) {
                sql.add(column + " = ?");
                params.add(person);
            }
            return new Scope("(" + String.join(" or ", sql) + ")", params);
        }
        return scope(fields.get(0).link(), fields.get(0).linkColumn(), person, Purpose.EXPORT);
    }

    private ArrayNode rows(Connection connection, String table, Scope scope) throws SQLException {
        ArrayNode result = JSON.createArrayNode();
        try (PreparedStatement select = prepare(connection, "select * from " + prefix + table + " where " + scope.sql(),
                scope.params().toArray()); ResultSet rows = select.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                ObjectNode row = result.addObject();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    Object value = rows.getObject(i);
                    if (value == null) {
                        row.putNull(column);
                    } else if (value instanceof Boolean b) {
                        row.put(column, b);
                    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                        row.put(column, ((Number) value).longValue());
                    } else if (value instanceof java.sql.Date date) {
                        row.put(column, date.toLocalDate().toString());
                    } else if (value instanceof java.sql.Timestamp timestamp) {
                        row.put(column, timestamp.toInstant().toString());
                    } else if (value instanceof OffsetDateTime time) {
                        row.put(column, time.toInstant().toString());
                    } else {
                        row.put(column, value.toString());
                    }
                }
            }
        }
        return result;
    }

    // ---- roadmaps: people named among the responsible parties of a plan ----

    /** Cuts her name out of the responsible parties of every plan that names her; the count of plans changed. */
    private int eraseFromPlans(Connection connection, String table, Field field, String person, Values values)
            throws SQLException {
        if (values.responsible.isEmpty()) {
            return 0;
        }
        ResponsibleNames names = values.responsible.get();
        Set<String> close = closeOrganizations(connection, person);
        int changed = 0;
        for (PlanRow row : plans(connection, table, field)) {
            Roadmap plan = row.read();
            Roadmap cut = names.cutFrom(plan, close.contains(row.owner()), ERASED_NAME);
            if (cut != plan) {
                changed += update(connection, "update " + prefix + table + " set " + field.column()
                        + " = ?, version = version + 1 where " + field.linkColumn() + " = ?", RoadmapJson.write(cut),
                        row.id());
            }
        }
        return changed;
    }

    /** For the export: one row per responsible party that names her, with its roadmap and activity. */
    private ArrayNode partiesNaming(Connection connection, String table, List<Field> fields, String person,
                                   Optional<ResponsibleNames> names) throws SQLException {
        ArrayNode result = JSON.createArrayNode();
        if (names.isEmpty()) {
            return result;
        }
        Set<String> close = closeOrganizations(connection, person);
        for (Field field : fields) {
            for (PlanRow row : plans(connection, table, field)) {
                boolean byInitials = close.contains(row.owner());
                for (Activity activity : row.read().activities()) {
                    for (ResponsibleParty party : activity.responsible()) {
                        if (names.get().names(party.name(), byInitials)) {
                            ObjectNode node = result.addObject();
                            node.put("roadmap_id", row.id());
                            node.put("owner_id", row.owner());
                            node.put("activity_number", activity.number());
                            node.put("activity_title", activity.title());
                            node.put("responsible", party.name());
                        }
                    }
                }
            }
        }
        return result;
    }

    private record PlanRow(String id, String owner, String json) {
        Roadmap read() {
            try {
                return RoadmapJson.read(json);
            } catch (RoadmapJsonException e) {
                throw new StorageException("the stored plan of roadmap " + id + " is not readable: " + e.getMessage(), e);
            }
        }
    }

    private List<PlanRow> plans(Connection connection, String table, Field field) throws SQLException {
        List<PlanRow> plans = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, "select " + field.linkColumn() + ", owner_id, "
                + field.column() + " from " + prefix + table + " order by " + field.linkColumn());
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                plans.add(new PlanRow(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return plans;
    }

    /** The organizations she has a role in, with every organization above and below them. */
    private Set<String> closeOrganizations(Connection connection, String person) throws SQLException {
        Set<String> own = new LinkedHashSet<>();
        try (PreparedStatement select = prepare(connection, "select organization_id from " + prefix
                + "person_role where person_id = ?", person); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                own.add(rows.getString(1));
            }
        }
        Map<String, String> parents = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        try (PreparedStatement select = prepare(connection, "select id, parent_id from " + prefix + "organization");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String parent = rows.getString(2);
                if (parent != null) {
                    parents.put(rows.getString(1), parent);
                    children.computeIfAbsent(parent, key -> new ArrayList<>()).add(rows.getString(1));
                }
            }
        }
        Set<String> close = new HashSet<>(own);
        for (String organization : own) {
            for (String up = parents.get(organization); up != null && close.add(up); up = parents.get(up)) {
                // every organization above
            }
            Deque<String> down = new ArrayDeque<>(children.getOrDefault(organization, List.of()));
            while (!down.isEmpty()) {
                String next = down.pop();
                if (close.add(next)) {
                    down.addAll(children.getOrDefault(next, List.of()));
                }
            }
        }
        return close;
    }

    private Optional<String> fullName(Connection connection, String person) throws SQLException {
        try (PreparedStatement select = prepare(connection, "select full_name from " + prefix
                + "person where id = ? and erased = ?", person, false); ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
        }
    }

    // ---- scopes and JDBC ----

    private enum Purpose { ERASE, EXPORT }

    private record Scope(String sql, List<Object> params) {
    }

    private Scope scope(Link link, String column, String person, Purpose purpose) {
        String mentorships = "select id from " + prefix + "mentorship where mentor_id = ? union select mentorship_id from "
                + prefix + "mentorship_membership where mentee_id = ?";
        String programs = "select id from " + prefix + "personalized_program where mentorship_id in (" + mentorships + ")";
        return switch (link) {
            case PERSON -> new Scope(column + " = ?", List.of(person));
            case MENTORSHIP -> new Scope(column + " in (" + mentorships + ")", List.of(person, person));
            case PERSONALIZED_PROGRAM -> new Scope(column + " in (" + programs + ")", List.of(person, person));
            case FEEDBACK -> new Scope(column + " in (select id from " + prefix
                    + "mentorship_feedback where respondent_id = ?)", List.of(person));
            case ROADMAP_PARTY -> throw new IllegalStateException("roadmap plans are walked by name, not by a scope");
            case AUDIT_EVENT -> purpose == Purpose.EXPORT
                    ? new Scope(column + " in (select id from " + prefix
                    + "audit_event where actor_id = ? or (subject = 'Person' and subject_id = ?))", List.of(person, person))
                    : new Scope(column + " in (select id from " + prefix + "audit_event where actor_id = ?"
                    + " or (subject = 'Person' and subject_id = ?)"
                    + " or (subject = 'Mentorship' and subject_id in (" + mentorships + "))"
                    + " or (subject = 'PersonalizedProgram' and subject_id in (" + programs + ")))",
                    List.of(person, person, person, person, person, person));
        };
    }

    private void requireStored(Connection connection, String person) throws SQLException {
        try (PreparedStatement select = prepare(connection, "select 1 from " + prefix + "person where id = ?", person);
             ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalArgumentException("unknown person " + person);
            }
        }
    }

    private interface Jdbc<T> {
        T run(Connection connection) throws SQLException;
    }

    private static <T> T jdbc(EntityManager em, Jdbc<T> work) {
        try {
            return em.unwrap(Session.class).doReturningWork(work::run);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IllegalArgumentException refusal) {
                throw refusal;
            }
            throw new StorageException("personal data could not be read or erased: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }

    private static int update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        }
    }
}
