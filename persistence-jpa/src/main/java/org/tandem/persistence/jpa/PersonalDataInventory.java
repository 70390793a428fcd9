package org.tandem.persistence.jpa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.tandem.core.shared.LocalizedText;

/**
 * Which personal data Tandem stores, where, why, and what erasure does with it: the declaration Moodle's privacy
 * API asks of every plugin, and the map that {@link PersonalDataEraser} and {@link PersonalDataExport} walk.
 *
 * <p>Every column of every table the migrations make is either a {@link Field} here or a {@link NonPersonal}
 * declaration with its reason; a test reads the live schema and fails the build on a column that is neither. The
 * order of {@link #fields()} is the order erasure visits tables: rows of child tables before their parents.
 */
public final class PersonalDataInventory {

    /** The kind of personal data a column holds. */
    public enum Category {
        /** An identity that links rows to a person; not personal by itself, kept so that counts stay right. */
        IDENTITY,
        NAME,
        BIRTH_DATE,
        /** Roles in organizations. */
        ROLE,
        /** Consent to processing: who gave it, when, for what, the representative's name. */
        CONSENT_DETAILS,
        QUESTIONNAIRE_ANSWERS,
        /** Taking part in mentorships: dates, places. */
        PARTICIPATION,
        /** Free text that may name or describe a person: meeting summaries, comments, reasons. */
        FREE_TEXT,
        /** Ratings given in feedback questionnaires. */
        RATINGS,
        /** Values recorded in the audit log. */
        AUDIT_VALUES
    }

    /** What erasing a person's data does to a column. */
    public enum Erasure {
        /**
         * The value goes: in a table whose personal columns are all erased the person's rows are deleted; elsewhere
         * the column is set to null.
         */
        ERASE,
        /**
         * The value is made to tell nothing of the person: in the person's own rows (those whose identity column
         * holds her id; for the audit log, the events about her) it is replaced whole by a marker ({@code —} for
         * names, {@code [удалено]} for text); in other rows linked to the person, her name and her free-text answers are
         * cut out of the text.
         */
        ANONYMIZE,
        /** Kept: a pseudonymous identity that monitoring needs to count rows; it tells nothing once the rest is erased. */
        KEEP_AS_IDENTITY,
        /** Kept: counts, dates, ratings and roles that the monitoring and reports aggregate. */
        KEEP_AGGREGATE
    }

    /** How the rows holding a column are linked to a person. */
    public enum Link {
        /** {@link Field#linkColumn()} holds the person's id; the rows where it does are the person's own. */
        PERSON,
        /** {@link Field#linkColumn()} holds the id of a mentorship the person is the mentor or a mentee of. */
        MENTORSHIP,
        /** {@link Field#linkColumn()} holds the id of a personalized program of such a mentorship. */
        PERSONALIZED_PROGRAM,
        /** {@link Field#linkColumn()} holds the id of a feedback questionnaire the person filled in. */
        FEEDBACK,
        /**
         * {@link Field#linkColumn()} holds the id of an audit event about the person (her own rows), made by her,
         * or about her mentorships and their personalized programs.
         */
        AUDIT_EVENT,
        /**
         * {@link Field#linkColumn()} holds the id of a roadmap whose plan names the person among the parties
         * responsible for an activity. Plans name people as written ("Нетёсова Л.В."), not by id, so she is found by
         * name: her full name in any roadmap; her surname with her initials in the roadmaps of the organizations she
         * has a role in, of those above them and of those below them. Erasure replaces the name by {@code —} in the
         * party (a position around it stays: "методист —"); nothing else of the plan changes.
         */
        ROADMAP_PARTY
    }

    /**
     * A column that holds personal data.
     *
     * @param table      the table, in lower case
     * @param column     the column, in lower case
     * @param category   the kind of data
     * @param purpose    why Tandem stores it, in Russian and English
     * @param erasure    what erasure does with it
     * @param link       how its rows are linked to a person
     * @param linkColumn the column of the same table that makes the link
     */
    public record Field(String table, String column, Category category, LocalizedText purpose, Erasure erasure,
                        Link link, String linkColumn) {
        public Field {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(erasure, "erasure");
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(linkColumn, "linkColumn");
        }
    }

    /** A column declared not to hold personal data, with the reason. */
    public record NonPersonal(String table, String column, String reason) {
        public NonPersonal {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Tables that are not Tandem's data: Flyway's bookkeeping. */
    public static final Set<String> IGNORED_TABLES = Set.of("flyway_schema_history");

    private static final List<Field> FIELDS = new ArrayList<>();
    private static final List<NonPersonal> NON_PERSONAL = new ArrayList<>();

    private static final LocalizedText LINK = LocalizedText.of(
            "связывает строки с человеком; после удаления данных остаётся только псевдонимный идентификатор",
            "links the rows to the person; after erasure only a pseudonymous identifier remains");
    private static final LocalizedText MENTEE_QUESTIONNAIRE = LocalizedText.of(
            "анкета наставляемого: подбор наставника и персонализированная программа",
            "mentee questionnaire: matching a mentor and drafting the personalized program");
    private static final LocalizedText MENTOR_QUESTIONNAIRE = LocalizedText.of(
            "анкета наставника: подбор наставляемых и реестр наставников",
            "mentor questionnaire: matching mentees and the register of mentors");

    static {
        // the person
        personal("person", "id", Category.IDENTITY, LINK, Erasure.KEEP_AS_IDENTITY, Link.PERSON, "id");
        personal("person", "full_name", Category.NAME, LocalizedText.of("ФИО участника в базах наставников и наставляемых",
                "the participant's name in the mentor and mentee bases"), Erasure.ANONYMIZE, Link.PERSON, "id");
        personal("person", "birth_date", Category.BIRTH_DATE, LocalizedText.of(
                        "возраст: молодой педагог, несовершеннолетний (согласие даёт представитель)",
                        "age: young teacher, minor (consent given by a representative)"),
                Erasure.ERASE, Link.PERSON, "id");
        notPersonal("person", "a flag of the erasure itself", "erased");
        notPersonal("person", "optimistic-lock version", "version");

        LocalizedText role = LocalizedText.of("роли в организациях: права доступа и отчёты о числе участников",
                "roles in organizations: access rights and reports counting participants");
        personal("person_role", "person_id", Category.IDENTITY, LINK, Erasure.KEEP_AS_IDENTITY, Link.PERSON, "person_id");
        personal("person_role", "organization_id", Category.ROLE, role, Erasure.KEEP_AGGREGATE, Link.PERSON, "person_id");
        personal("person_role", "role", Category.ROLE, role, Erasure.KEEP_AGGREGATE, Link.PERSON, "person_id");

        LocalizedText consent = LocalizedText.of("согласие на обработку персональных данных (152-ФЗ): доказательство согласия и его отзыва",
                "consent to processing personal data (152-FZ): proof of the consent and of its withdrawal");
        personal("person_consent", "person_id", Category.IDENTITY, LINK, Erasure.KEEP_AS_IDENTITY, Link.PERSON, "person_id");
        for (String column : List.of("purpose", "given_on", "given_by", "withdrawn_on")) {
            personal("person_consent", column, Category.CONSENT_DETAILS, consent, Erasure.KEEP_AGGREGATE, Link.PERSON,
                    "person_id");
        }
        personal("person_consent", "representative", Category.CONSENT_DETAILS, LocalizedText.of(
                        "ФИО родителя или законного представителя, давшего согласие за несовершеннолетнего",
                        "the name of the parent or legal representative who consented for a minor"),
                Erasure.ANONYMIZE, Link.PERSON, "person_id");
        notPersonal("person_consent", "order of the consents", "position");

        // the mentee questionnaire: children first, the profile last
        questionnaire("mentee_subject", MENTEE_QUESTIONNAIRE, "person_id", "subject");
        questionnaire("mentee_request", MENTEE_QUESTIONNAIRE, "person_id", "request");
        notPersonal("mentee_request", "order of the answers", "position");
        questionnaire("mentee_deficit", MENTEE_QUESTIONNAIRE, "person_id", "code", "name");
        questionnaire("mentee_day", MENTEE_QUESTIONNAIRE, "person_id", "week_day");
        questionnaire("mentee_observation", LocalizedText.of(
                        "наблюдения третьих лиц (руководитель, психолог) к анкете наставляемого",
                        "third parties' observations (head, psychologist) on the mentee questionnaire"),
                "person_id", "observation");
        notPersonal("mentee_observation", "order of the answers", "position");
        questionnaire("mentee_profile", MENTEE_QUESTIONNAIRE, "person_id", "category", "preferred_format", "teaching_start");

        // the mentor questionnaire
        questionnaire("mentor_competency", MENTOR_QUESTIONNAIRE, "person_id", "code", "name");
        questionnaire("mentor_subject", MENTOR_QUESTIONNAIRE, "person_id", "subject");
        questionnaire("mentor_day", MENTOR_QUESTIONNAIRE, "person_id", "week_day");
        questionnaire("mentor_achievement", MENTOR_QUESTIONNAIRE, "person_id", "achievement");
        notPersonal("mentor_achievement", "order of the answers", "position");
        questionnaire("mentor_profile", MENTOR_QUESTIONNAIRE, "person_id", "category", "career_start", "capacity",
                "training_completed", "willing_to_mentor_elsewhere", "preferred_format");

        LocalizedText load = LocalizedText.of("нагрузка наставника: не больше наставляемых, чем позволяет политика",
                "the mentor's load: no more mentees than the policy allows");
        personal("mentor_load", "mentor_id", Category.IDENTITY, LINK, Erasure.KEEP_AS_IDENTITY, Link.PERSON, "mentor_id");
        personal("mentor_load", "places_taken", Category.PARTICIPATION, load, Erasure.KEEP_AGGREGATE, Link.PERSON, "mentor_id");
        notPersonal("mentor_load", "optimistic-lock version", "version");

        // organizations and programs
        notPersonal("organization", "an organization's identity, name, place in the hierarchy and policy, no person's data",
                "id", "name", "type", "parent_id", "partner_kind", "young_teacher_max_age",
                "young_teacher_max_teaching_years", "min_mentor_experience_years", "max_mentees_per_mentor",
                "min_program_duration", "max_program_duration", "days_to_first_meeting",
                "days_to_personalized_program", "mentor_training_required", "version");
        notPersonal("network_agreement", "an agreement between organizations", "number", "first_org_id",
                "second_org_id", "valid_from", "valid_until", "version");
        personal("program", "curator_id", Category.IDENTITY, LINK, Erasure.KEEP_AS_IDENTITY, Link.PERSON, "curator_id");
        notPersonal("program", "a mentoring program of an organization", "id", "organization_id", "title", "form_code",
                "form_name_ru", "form_name_en", "period_start", "period_end", "version");
        notPersonal("program_kind", "a program's kinds", "program_id", "kind");
        notPersonal("program_participant", "organizations taking part in a program", "program_id", "organization_id");
        notPersonal("program_form_mentor_category", "categories a program's form admits", "program_id", "category");
        notPersonal("program_form_mentee_category", "categories a program's form admits", "program_id", "category");

        notPersonal("id_block", "the next free id of a kind of row, handed out in blocks", "name", "next_value");

        // questionnaire import settings
        notPersonal("column_mapping", "a column mapping an organization saved for its form exports, no person's data",
                "organization_id", "id");
        notPersonal("column_mapping_column", "which column header of a form export holds which questionnaire field",
                "organization_id", "mapping_id", "field", "header");

        // roadmaps: the plan is core's roadmap JSON; a responsible party may be a named person
        personal("roadmap", "plan", Category.NAME, LocalizedText.of(
                        "дорожная карта организации: ответственные за мероприятия, среди них люди по фамилии и инициалам",
                        "the organization's roadmap: those responsible for its activities, people among them by surname"
                                + " and initials"),
                Erasure.ANONYMIZE, Link.ROADMAP_PARTY, "id");
        notPersonal("roadmap", "the roadmap's identity, the organization keeping it and its optimistic-lock version",
                "id", "owner_id", "version");
        notPersonal("roadmap_execution", "which activity of a roadmap was carried out when, and the document or"
                        + " publication proving it", "roadmap_id", "position", "activity_number", "done_on",
                "document_number", "document_date", "link");

        // mentorships
        LocalizedText participation = LocalizedText.of("участие в паре или группе: мониторинг охвата и длительности",
                "taking part in a pair or group: monitoring coverage and duration");
        LocalizedText freeText = LocalizedText.of("ход работы пары или группы, записанный куратором или участниками",
                "the work of a pair or group as written down by the curator or the participants");
        personal("mentorship", "mentor_id", Category.IDENTITY, LINK, Erasure.KEEP_AS_IDENTITY, Link.PERSON, "mentor_id");
        personal("mentorship", "end_reason", Category.FREE_TEXT, freeText, Erasure.ANONYMIZE, Link.MENTORSHIP, "id");
        notPersonal("mentorship", "the pair's or group's identity, program, status, order and business dates",
                "id", "program_id", "proposed_on", "status", "order_number", "order_date", "activated_on", "ended_on",
                "outcome", "reassigned_from", "places_taken", "version");
        personal("mentorship_membership", "mentee_id", Category.IDENTITY, LINK, Erasure.KEEP_AS_IDENTITY, Link.PERSON,
                "mentee_id");
        personal("mentorship_membership", "joined_on", Category.PARTICIPATION, participation, Erasure.KEEP_AGGREGATE,
                Link.PERSON, "mentee_id");
        personal("mentorship_membership", "left_on", Category.PARTICIPATION, participation, Erasure.KEEP_AGGREGATE,
                Link.PERSON, "mentee_id");
        personal("mentorship_membership", "left_because", Category.FREE_TEXT, freeText, Erasure.ANONYMIZE,
                Link.MENTORSHIP, "mentorship_id");
        notPersonal("mentorship_membership", "keys and the uniqueness guard of current memberships", "mentorship_id",
                "position", "active_program_id");
        personal("mentorship_meeting", "summary", Category.FREE_TEXT, LocalizedText.of(
                        "краткое содержание встречи: отчёт о работе пары или группы",
                        "the summary of a meeting: reporting on the pair's or group's work"),
                Erasure.ANONYMIZE, Link.MENTORSHIP, "mentorship_id");
        notPersonal("mentorship_meeting", "the meeting's place in its mentorship, its type and date", "mentorship_id",
                "position", "type", "held_on");
        // ratings first: they hang below the feedback
        LocalizedText ratings = LocalizedText.of("оценки в анкете обратной связи: мониторинг удовлетворённости",
                "ratings in the feedback questionnaire: monitoring satisfaction");
        personal("mentorship_feedback_rating", "question", Category.RATINGS, ratings, Erasure.KEEP_AGGREGATE,
                Link.FEEDBACK, "feedback_id");
        personal("mentorship_feedback_rating", "rating", Category.RATINGS, ratings, Erasure.KEEP_AGGREGATE,
                Link.FEEDBACK, "feedback_id");
        notPersonal("mentorship_feedback_rating", "the feedback the rating belongs to", "feedback_id");
        personal("mentorship_feedback", "respondent_id", Category.IDENTITY, LINK, Erasure.KEEP_AS_IDENTITY, Link.PERSON,
                "respondent_id");
        personal("mentorship_feedback", "comment", Category.FREE_TEXT, LocalizedText.of(
                        "комментарий в анкете обратной связи: качество программы наставничества",
                        "the comment in a feedback questionnaire: the quality of the mentoring program"),
                Erasure.ANONYMIZE, Link.MENTORSHIP, "mentorship_id");
        notPersonal("mentorship_feedback", "keys, the respondent's role, the stage and the date of the questionnaire",
                "id", "mentorship_id", "position", "role", "stage", "given_on");

        // personalized programs
        LocalizedText plan = LocalizedText.of("персонализированная программа наставничества пары или группы",
                "the personalized mentoring program of a pair or group");
        notPersonal("personalized_program", "the program's identity, mentorship and dates", "id", "mentorship_id",
                "period_start", "period_end", "drafted_on", "version");
        personal("personalized_program_goal", "description", Category.FREE_TEXT, plan, Erasure.ANONYMIZE,
                Link.PERSONALIZED_PROGRAM, "program_id");
        notPersonal("personalized_program_goal", "the goal's number, the catalog deficit it addresses and its assessment",
                "program_id", "position", "number", "deficit_code", "deficit_name", "assessment");
        personal("personalized_program_task", "responsible_id", Category.IDENTITY, LINK, Erasure.KEEP_AS_IDENTITY,
                Link.PERSON, "responsible_id");
        personal("personalized_program_task", "title", Category.FREE_TEXT, plan, Erasure.ANONYMIZE,
                Link.PERSONALIZED_PROGRAM, "program_id");
        notPersonal("personalized_program_task", "the task's number and dates", "program_id", "position", "number",
                "deadline", "done_on");
        personal("personalized_program_result", "result", Category.FREE_TEXT, plan, Erasure.ANONYMIZE,
                Link.PERSONALIZED_PROGRAM, "program_id");
        notPersonal("personalized_program_result", "the result's place in its program", "program_id", "position");

        // the audit log
        LocalizedText audit = LocalizedText.of("журнал аудита: кто, когда и что изменил",
                "the audit log: who changed what and when");
        personal("audit_event_change", "change_value", Category.AUDIT_VALUES, audit, Erasure.ANONYMIZE,
                Link.AUDIT_EVENT, "event_id");
        // since version 5 the change of an event is a JSON object in its own row; erasure rewrites its values
        personal("audit_event", "change_json", Category.AUDIT_VALUES, audit, Erasure.ANONYMIZE, Link.AUDIT_EVENT, "id");
        notPersonal("audit_event_change", "the event and the name of the changed value", "event_id", "name");
        personal("audit_event", "actor_id", Category.IDENTITY, LINK, Erasure.KEEP_AS_IDENTITY, Link.AUDIT_EVENT, "id");
        personal("audit_event", "subject_id", Category.IDENTITY, LINK, Erasure.KEEP_AS_IDENTITY, Link.AUDIT_EVENT, "id");
        notPersonal("audit_event", "the event's identity, type, time and kind of subject", "id", "type", "occurred_at",
                "subject");
    }

    private PersonalDataInventory() {
    }

    private static void personal(String table, String column, Category category, LocalizedText purpose,
                                 Erasure erasure, Link link, String linkColumn) {
        FIELDS.add(new Field(table, column, category, purpose, erasure, link, linkColumn));
    }

    private static void questionnaire(String table, LocalizedText purpose, String... columns) {
        for (String column : columns) {
            personal(table, column, column.equals("person_id") ? Category.IDENTITY : Category.QUESTIONNAIRE_ANSWERS,
                    purpose, Erasure.ERASE, Link.PERSON, "person_id");
        }
    }

    private static void notPersonal(String table, String reason, String... columns) {
        for (String column : columns) {
            NON_PERSONAL.add(new NonPersonal(table, column, reason));
        }
    }

    /** The columns holding personal data, children's tables before their parents'. */
    public static List<Field> fields() {
        return List.copyOf(FIELDS);
    }

    /** The columns declared not to hold personal data. */
    public static List<NonPersonal> nonPersonal() {
        return List.copyOf(NON_PERSONAL);
    }

    /** The tables with personal data, in the order of {@link #fields()}. */
    public static List<String> tables() {
        Set<String> tables = new LinkedHashSet<>();
        FIELDS.forEach(field -> tables.add(field.table()));
        return List.copyOf(tables);
    }

    /** The personal-data fields of one table. */
    public static List<Field> fieldsOf(String table) {
        String name = table.toLowerCase(Locale.ROOT);
        return FIELDS.stream().filter(field -> field.table().equals(name)).toList();
    }

    /** The declaration of a column: a {@link Field}, a {@link NonPersonal}, or empty when it is undeclared. */
    public static Optional<Object> declarationOf(String table, String column) {
        String t = table.toLowerCase(Locale.ROOT);
        String c = column.toLowerCase(Locale.ROOT);
        Optional<Object> field = FIELDS.stream().filter(f -> f.table().equals(t) && f.column().equals(c))
                .map(Object.class::cast).findFirst();
        return field.isPresent() ? field : NON_PERSONAL.stream()
                .filter(n -> n.table().equals(t) && n.column().equals(c)).map(Object.class::cast).findFirst();
    }
}
