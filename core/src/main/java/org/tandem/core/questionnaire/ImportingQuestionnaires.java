package org.tandem.core.questionnaire;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.tandem.core.access.AccessTarget;
import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.people.Competency;
import org.tandem.core.people.CompetencyCatalog;
import org.tandem.core.people.Consent;
import org.tandem.core.people.ConsentGiver;
import org.tandem.core.people.ConsentPurpose;
import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MenteeCategory;
import org.tandem.core.people.MenteeProfile;
import org.tandem.core.people.MentorCategory;
import org.tandem.core.people.MentorProfile;
import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.people.application.EnrollingParticipant;
import org.tandem.core.people.application.RecordingMenteeQuestionnaire;
import org.tandem.core.people.application.RecordingMentorQuestionnaire;
import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;
import org.tandem.core.validation.InvalidCommandException;
import org.tandem.core.validation.Violation;

/**
 * Imports a file of mentor or mentee questionnaires exported from an online form, all or nothing: every row is
 * parsed and checked first, and nothing is saved unless the whole file is clean. Then each new person is enrolled
 * with their consent ({@link EnrollingParticipant}) and their questionnaire recorded; for a person already in the
 * base the questionnaire is recorded again only when it changed, so importing the same file twice changes nothing.
 *
 * <p>The name, birth date and consent of a person already in the base are not changed by an import; a file that
 * gives another name or birth date for a known identity is reported as a problem.
 */
public final class ImportingQuestionnaires {

    /**
     * @param organization whose base
     * @param side         mentors or mentees
     * @param file         the export
     * @param mappingId    the id of a mapping saved for the organization, or null when {@code mapping} is given
     * @param mapping      a mapping given directly, or null when {@code mappingId} is given
     */
    public record Command(OrganizationId organization, QuestionnaireSide side, QuestionnaireFile file,
                          String mappingId, ColumnMapping mapping) {

        public Command {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(file, "file");
            if ((mappingId == null) == (mapping == null)) {
                throw new DomainRuleException("Укажите либо сохранённое сопоставление столбцов, либо сами столбцы.",
                        "name a saved mapping or give one, not both or neither");
            }
        }

        /** Imports with the mapping the organization saved under {@code mappingId}. */
        public static Command withSavedMapping(OrganizationId organization, QuestionnaireSide side,
                                               QuestionnaireFile file, String mappingId) {
            return new Command(organization, side, file, Objects.requireNonNull(mappingId, "mappingId"), null);
        }

        public static Command withMapping(OrganizationId organization, QuestionnaireSide side, QuestionnaireFile file,
                                          ColumnMapping mapping) {
            return new Command(organization, side, file, null, Objects.requireNonNull(mapping, "mapping"));
        }
    }

    private final CommandContext context;
    private final People people;
    private final CompetencyCatalog catalog;
    private final ColumnMappings mappings;
    private final EnrollingParticipant enrolling;
    private final RecordingMenteeQuestionnaire menteeQuestionnaires;
    private final RecordingMentorQuestionnaire mentorQuestionnaires;

    public ImportingQuestionnaires(CommandContext context, People people, CompetencyCatalog catalog,
                                   ColumnMappings mappings, EnrollingParticipant enrolling,
                                   RecordingMenteeQuestionnaire menteeQuestionnaires,
                                   RecordingMentorQuestionnaire mentorQuestionnaires) {
        this.context = Objects.requireNonNull(context, "context");
        this.people = Objects.requireNonNull(people, "people");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.enrolling = Objects.requireNonNull(enrolling, "enrolling");
        this.menteeQuestionnaires = Objects.requireNonNull(menteeQuestionnaires, "menteeQuestionnaires");
        this.mentorQuestionnaires = Objects.requireNonNull(mentorQuestionnaires, "mentorQuestionnaires");
    }

    /**
     * Imports the file. Refused when the actor may not manage the organization's base or the saved mapping is
     * unknown; otherwise a report, which either lists problems (and nothing was saved) or counts the people created,
     * updated and left unchanged.
     */
    public Result<ImportReport> importFile(Actor actor, Command command) {
        Objects.requireNonNull(command, "command");
        var refusal = context.deny(actor, Action.MANAGE_BASE, AccessTarget.organization(command.organization()));
        if (refusal.isPresent()) {
            return Result.refused(refusal.get());
        }
        ColumnMapping mapping;
        if (command.mapping() != null) {
            mapping = command.mapping();
        } else {
            Optional<ColumnMapping> saved = mappings.find(command.organization(), command.mappingId());
            if (saved.isEmpty()) {
                return Result.refused(RefusalReason.NOT_FOUND,
                        "У организации нет сопоставления столбцов «" + command.mappingId() + "».",
                        "The organization has no column mapping '" + command.mappingId() + "'.");
            }
            mapping = saved.get();
        }
        if (!mapping.organization().equals(command.organization())) {
            // a saved mapping is looked up in the organization: only a host that builds one for another errs here
            throw new IllegalArgumentException("mapping " + mapping.id() + " belongs to " + mapping.organization()
                    + ", not to " + command.organization());
        }
        SourceTable table;
        try {
            table = command.file().resolvedFormat() == FileFormat.XLSX
                    ? XlsxTables.read(command.file().content())
                    : CsvTables.read(command.file().content(), command.file().charset());
        } catch (UnreadableFileException e) {
            return Result.ok(ImportReport.rejected(List.of(e.problem())));
        }
        Check check = new Check(command, mapping, table);
        List<Entry> entries = check.run();
        if (!check.problems.isEmpty()) {
            return Result.ok(ImportReport.rejected(check.problems));
        }
        return Result.ok(apply(actor, command, entries, check));
    }

    private ImportReport apply(Actor actor, Command command, List<Entry> entries, Check check) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Entry entry : entries) {
            Optional<Person> known = check.known(entry.enrollment().person());
            if (known.isEmpty()) {
                require(enrolling.enroll(actor, entry.enrollment()), entry);
                record(actor, entry);
                created++;
            } else if (sameProfile(known.get(), entry)) {
                unchanged++;
            } else {
                record(actor, entry);
                updated++;
            }
        }
        return new ImportReport(created, updated, unchanged, List.of());
    }

    private static boolean sameProfile(Person person, Entry entry) {
        return entry.menteeProfile() != null ? person.menteeProfile().filter(entry.menteeProfile()::equals).isPresent()
                : person.mentorProfile().filter(entry.mentorProfile()::equals).isPresent();
    }

    private void record(Actor actor, Entry entry) {
        if (entry.mentee() != null) {
            require(menteeQuestionnaires.record(actor, entry.mentee()), entry);
        } else {
            require(mentorQuestionnaires.record(actor, entry.mentor()), entry);
        }
    }

    /** Every refusal was checked for before saving; one here means the base changed while importing. */
    private static void require(Result<?> result, Entry entry) {
        if (!result.isOk()) {
            throw new IllegalStateException("line " + entry.line() + " was refused after the file was checked: "
                    + result.refusal().message().en());
        }
    }

    /** A checked row, ready to save. */
    private record Entry(int line, EnrollingParticipant.Command enrollment,
                         RecordingMenteeQuestionnaire.Questionnaire mentee, MenteeProfile menteeProfile,
                         RecordingMentorQuestionnaire.Questionnaire mentor, MentorProfile mentorProfile) {
    }

    /** The checks of one file; collects every problem. */
    private final class Check {
        private final Command command;
        private final ColumnMapping mapping;
        private final SourceTable table;
        private final List<RowProblem> problems = new ArrayList<>();
        private final Map<QuestionnaireField, Integer> index = new HashMap<>();
        private final LocalDate today = context.today();
        /** The catalog's entries in its order with their normalized names, made once per file; null until needed. */
        private Map<Competency, String> catalogNames;

        Map<Competency, String> catalogNames() {
            if (catalogNames == null) {
                catalogNames = new java.util.LinkedHashMap<>();
                catalog.entries().forEach(c -> catalogNames.putIfAbsent(c, Answers.normalize(c.name())));
            }
            return catalogNames;
        }

        /** The people of the file's identities already in the base, read in one batch; null until looked up. */
        private Map<PersonId, Person> known;
        private final Set<PersonId> looked = new java.util.HashSet<>();

        Check(Command command, ColumnMapping mapping, SourceTable table) {
            this.command = command;
            this.mapping = mapping;
            this.table = table;
        }

        List<Entry> run() {
            if (!resolveColumns()) {
                return List.of();
            }
            List<Entry> entries = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (SourceTable.Row row : table.rows()) {
                String id = value(row, QuestionnaireField.PERSON_ID);
                if (!id.isBlank()) {
                    looked.add(PersonId.of(id));
                }
            }
            known = people.findAll(looked);
            for (SourceTable.Row row : table.rows()) {
                String id = value(row, QuestionnaireField.PERSON_ID);
                Integer first = id.isEmpty() ? null : seen.putIfAbsent(id, row.line());
                if (first != null) {
                    problem(row, QuestionnaireField.PERSON_ID,
                            "Человек «" + id + "» уже встречается в строке " + first + " этого файла.",
                            "Person '" + id + "' already appears on line " + first + " of this file.");
                    continue;
                }
                new RowCheck(row).run().ifPresent(entries::add);
            }
            return entries;
        }

        /** The person stored under the identity, from the batch read before the rows were checked. */
        Optional<Person> known(PersonId id) {
            return looked.contains(id) ? Optional.ofNullable(known.get(id)) : people.find(id);
        }

        /** Finds the column of every mapped field; reports mapped columns the file lacks. */
        private boolean resolveColumns() {
            Map<String, Integer> headers = new HashMap<>();
            for (int i = 0; i < table.headers().size(); i++) {
                headers.putIfAbsent(table.headers().get(i).toLowerCase(Locale.ROOT), i);
            }
            for (QuestionnaireField field : QuestionnaireField.requiredFor(command.side())) {
                if (mapping.column(field).isEmpty()) {
                    problems.add(RowProblem.of(table.headerLine(), "",
                            "В сопоставлении «" + mapping.id() + "» нет столбца для поля «" + field.label().ru() + "».",
                            "Mapping '" + mapping.id() + "' has no column for field '" + field.label().en() + "'."));
                }
            }
            mapping.columns().forEach((field, header) -> {
                Integer column = headers.get(header.toLowerCase(Locale.ROOT));
                if (column == null) {
                    problems.add(RowProblem.of(table.headerLine(), header,
                            "В файле нет столбца «" + header + "» (поле «" + field.label().ru() + "»); есть: "
                                    + String.join(" | ", table.headers()) + ".",
                            "The file has no column '" + header + "' (field '" + field.label().en() + "'); it has: "
                                    + String.join(" | ", table.headers()) + "."));
                } else {
                    index.put(field, column);
                }
            });
            problems.sort(java.util.Comparator.comparing(RowProblem::column));
            return problems.isEmpty();
        }

        private String value(SourceTable.Row row, QuestionnaireField field) {
            Integer column = index.get(field);
            return column == null ? "" : row.cell(column);
        }

        private String column(QuestionnaireField field) {
            return mapping.column(field).orElse("");
        }

        private void problem(SourceTable.Row row, QuestionnaireField field, String ru, String en) {
            problems.add(RowProblem.of(row.line(), column(field), ru, en));
        }

        /** The checks of one row. */
        private final class RowCheck {
            private final SourceTable.Row row;
            private final int before = problems.size();

            RowCheck(SourceTable.Row row) {
                this.row = row;
            }

            private String value(QuestionnaireField field) {
                return Check.this.value(row, field);
            }

            private boolean clean() {
                return problems.size() == before;
            }

            private void problem(QuestionnaireField field, String ru, String en) {
                Check.this.problem(row, field, ru, en);
            }

            private Optional<String> required(QuestionnaireField field) {
                String text = value(field);
                if (text.isEmpty()) {
                    problem(field, "Не заполнено обязательное поле «" + field.label().ru() + "».",
                            "The required field '" + field.label().en() + "' is empty.");
                    return Optional.empty();
                }
                return Optional.of(text);
            }

            private <E> Optional<E> named(QuestionnaireField field, Map<String, E> names, boolean required) {
                Optional<String> text = required ? required(field) : Optional.of(value(field)).filter(s -> !s.isEmpty());
                return text.flatMap(t -> {
                    Optional<E> found = Answers.lookup(names, t);
                    if (found.isEmpty()) {
                        problem(field, "Неизвестное значение «" + t + "» в поле «" + field.label().ru() + "».",
                                "Unknown value '" + t + "' in field '" + field.label().en() + "'.");
                    }
                    return found;
                });
            }

            private Optional<LocalDate> date(QuestionnaireField field, boolean required) {
                Optional<String> text = required ? required(field) : Optional.of(value(field)).filter(s -> !s.isEmpty());
                return text.flatMap(t -> {
                    Optional<LocalDate> day = Answers.date(t);
                    if (day.isEmpty()) {
                        problem(field, "«" + t + "» — не дата; пишите ДД.ММ.ГГГГ.",
                                "'" + t + "' is not a date; write dd.MM.yyyy.");
                    } else if (day.get().isAfter(today)) {
                        problem(field, "Дата " + t + " ещё не наступила.", "The date " + t + " is in the future.");
                        return Optional.empty();
                    }
                    return day;
                });
            }

            private boolean yesNo(QuestionnaireField field) {
                String text = value(field);
                if (text.isEmpty()) {
                    return false;
                }
                Optional<Boolean> answer = Answers.yesNo(text);
                if (answer.isEmpty()) {
                    problem(field, "Ожидается «да» или «нет», а не «" + text + "».",
                            "Expected 'да' (yes) or 'нет' (no), not '" + text + "'.");
                }
                return answer.orElse(false);
            }

            Optional<Entry> run() {
                Optional<String> id = required(QuestionnaireField.PERSON_ID);
                Optional<String> name = required(QuestionnaireField.FULL_NAME);
                Optional<LocalDate> birth = date(QuestionnaireField.BIRTH_DATE, true);
                named(QuestionnaireField.ROLE_SIDE, Answers.SIDES, false)
                        .filter(side -> side != command.side())
                        .ifPresent(side -> problem(QuestionnaireField.ROLE_SIDE,
                                "Строка для базы " + (side == QuestionnaireSide.MENTOR ? "наставников" : "наставляемых")
                                        + ", а импортируется база " + (command.side() == QuestionnaireSide.MENTOR
                                        ? "наставников" : "наставляемых") + ".",
                                "The row is for the " + side.name().toLowerCase(Locale.ROOT) + " base, but the "
                                        + command.side().name().toLowerCase(Locale.ROOT) + " base is imported."));
                Optional<Consent> consent = consent(birth);
                Set<Competency> competencies = competencies();
                Optional<MeetingFormat> format = named(QuestionnaireField.PREFERRED_FORMAT, Answers.FORMATS, true);
                Set<DayOfWeek> days = days();
                Set<String> subjects = new LinkedHashSet<>(Answers.items(value(QuestionnaireField.SUBJECTS)));
                Optional<Person> known = id.flatMap(i -> Check.this.known(PersonId.of(i)));
                known.ifPresent(person -> checkKnown(person, name, birth));

                Entry entry = command.side() == QuestionnaireSide.MENTEE
                        ? mentee(id, name, birth, consent, competencies, format, days, subjects)
                        : mentor(id, name, birth, consent, competencies, format, days, subjects);
                if (!clean() || entry == null) {
                    return Optional.empty();
                }
                if (known.isEmpty()) {
                    validate(entry.enrollment());
                }
                validate(entry.mentee() != null ? entry.mentee() : entry.mentor());
                return clean() ? Optional.of(entry) : Optional.empty();
            }

            private Optional<Consent> consent(Optional<LocalDate> birth) {
                Optional<LocalDate> givenOn = Optional.empty();
                if (value(QuestionnaireField.CONSENT_GIVEN_ON).isEmpty()) {
                    problem(QuestionnaireField.CONSENT_GIVEN_ON,
                            "Нет согласия на обработку персональных данных: без него человек не войдёт в базу.",
                            "No consent to personal-data processing: without it nobody enters the base.");
                } else {
                    givenOn = date(QuestionnaireField.CONSENT_GIVEN_ON, true);
                }
                ConsentGiver giver = named(QuestionnaireField.CONSENT_GIVEN_BY, Answers.GIVERS, false)
                        .orElse(ConsentGiver.SELF);
                String representative = value(QuestionnaireField.REPRESENTATIVE);
                if (giver != ConsentGiver.SELF && representative.isEmpty()) {
                    problem(QuestionnaireField.REPRESENTATIVE,
                            "Согласие дал представитель, но его ФИО не указано.",
                            "The consent was given by a representative whose name is missing.");
                    return Optional.empty();
                }
                if (givenOn.isPresent() && birth.isPresent() && giver == ConsentGiver.SELF
                        && birth.get().plusYears(18).isAfter(givenOn.get())) {
                    problem(QuestionnaireField.CONSENT_GIVEN_BY,
                            "За несовершеннолетнего согласие даёт родитель или законный представитель.",
                            "For a minor, consent is given by a parent or legal representative.");
                    return Optional.empty();
                }
                return givenOn.map(day -> new Consent(ConsentPurpose.MENTORING, day, giver,
                        giver == ConsentGiver.SELF ? Optional.empty() : Optional.of(representative), Optional.empty()));
            }

            private Set<Competency> competencies() {
                Set<Competency> found = new LinkedHashSet<>();
                required(QuestionnaireField.COMPETENCIES).ifPresent(text -> {
                    for (String item : Answers.items(text)) {
                        String normalized = Answers.normalize(item);
                        Optional<Competency> competency = Optional.empty();
                        for (Map.Entry<Competency, String> entry : catalogNames().entrySet()) {
                            if (entry.getKey().code().equalsIgnoreCase(item) || entry.getValue().equals(normalized)) {
                                competency = Optional.of(entry.getKey());
                                break;
                            }
                        }
                        if (competency.isPresent()) {
                            found.add(competency.get());
                        } else {
                            problem(QuestionnaireField.COMPETENCIES,
                                    "В каталоге нет компетенции или дефицита «" + item + "» (ни кода, ни названия).",
                                    "The catalog has no competency or deficit '" + item + "' (by code or name).");
                        }
                    }
                });
                return found;
            }

            private Set<DayOfWeek> days() {
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (String item : Answers.items(value(QuestionnaireField.AVAILABLE_DAYS))) {
                    Answers.day(item).ifPresentOrElse(days::add, () -> problem(QuestionnaireField.AVAILABLE_DAYS,
                            "«" + item + "» — не день недели.", "'" + item + "' is not a day of the week."));
                }
                return days;
            }

            private void checkKnown(Person person, Optional<String> name, Optional<LocalDate> birth) {
                QuestionnaireSide side = command.side();
                if (person.isErased()) {
                    problem(QuestionnaireField.PERSON_ID,
                            "Данные этого человека удалены после отзыва согласия; заведите его заново.",
                            "This person's data was erased after consent was withdrawn; register them anew.");
                } else if (person.hasRole(side.other().role(), command.organization())) {
                    problem(QuestionnaireField.PERSON_ID, "Человек уже в базе "
                                    + (side == QuestionnaireSide.MENTOR ? "наставляемых" : "наставников")
                                    + " этой организации; анкета другой стороны не принимается.",
                            "The person is already in the " + side.other().name().toLowerCase(Locale.ROOT)
                                    + " base of this organization; a questionnaire of the other side is refused.");
                } else if (!person.hasRole(side.role(), command.organization())) {
                    problem(QuestionnaireField.PERSON_ID,
                            "Человек уже известен, но не состоит в этой базе организации; включите его вручную.",
                            "The person is already known but not in this base of the organization; enroll them by hand.");
                } else {
                    if (name.filter(n -> !n.equals(person.fullName())).isPresent()) {
                        problem(QuestionnaireField.FULL_NAME, "В базе у этого человека другое ФИО: «"
                                        + person.fullName() + "».",
                                "The base has another full name for this person: '" + person.fullName() + "'.");
                    }
                    if (birth.isPresent() && !person.birthDate().equals(birth)) {
                        problem(QuestionnaireField.BIRTH_DATE, "В базе у этого человека другая дата рождения.",
                                "The base has another birth date for this person.");
                    }
                    if (!person.hasValidConsent(today)) {
                        problem(QuestionnaireField.CONSENT_GIVEN_ON, "У человека нет действующего согласия.",
                                "The person has no consent in force.");
                    }
                }
            }

            private Entry mentee(Optional<String> id, Optional<String> name, Optional<LocalDate> birth,
                                 Optional<Consent> consent, Set<Competency> deficits, Optional<MeetingFormat> format,
                                 Set<DayOfWeek> days, Set<String> subjects) {
                Optional<MenteeCategory> category = named(QuestionnaireField.CATEGORY, Answers.MENTEE_CATEGORIES, true);
                Optional<LocalDate> teachingStart = date(QuestionnaireField.CAREER_START, false);
                if (category.filter(c -> c == MenteeCategory.YOUNG_TEACHER || c == MenteeCategory.TEACHER_NEW_TO_POST)
                        .isPresent() && value(QuestionnaireField.CAREER_START).isEmpty()) {
                    problem(QuestionnaireField.CAREER_START, "Для педагога укажите дату начала педагогической деятельности.",
                            "A teacher's questionnaire gives the date teaching began.");
                }
                List<String> requests = Answers.lines(value(QuestionnaireField.REQUESTS));
                List<String> observations = Answers.lines(value(QuestionnaireField.OBSERVATIONS));
                if (!clean()) {
                    return null;
                }
                PersonId person = PersonId.of(id.orElseThrow());
                var questionnaire = new RecordingMenteeQuestionnaire.Questionnaire(person, category.orElseThrow(),
                        subjects, requests, codes(deficits), format.orElseThrow(), days, teachingStart.orElse(null),
                        observations);
                var profile = new MenteeProfile(category.orElseThrow(), subjects, requests, deficits,
                        format.orElseThrow(), days, teachingStart, observations);
                return new Entry(row.line(), enrollment(person, name, birth, consent), questionnaire, profile, null, null);
            }

            private Entry mentor(Optional<String> id, Optional<String> name, Optional<LocalDate> birth,
                                 Optional<Consent> consent, Set<Competency> competencies, Optional<MeetingFormat> format,
                                 Set<DayOfWeek> days, Set<String> subjects) {
                Optional<MentorCategory> category = named(QuestionnaireField.CATEGORY, Answers.MENTOR_CATEGORIES, true);
                Optional<LocalDate> careerStart = date(QuestionnaireField.CAREER_START, true);
                if (careerStart.isPresent() && birth.isPresent() && careerStart.get().isBefore(birth.get())) {
                    problem(QuestionnaireField.CAREER_START, "Деятельность не может начаться до рождения.",
                            "A career cannot start before the person was born.");
                }
                Integer capacity = null;
                Optional<String> capacityText = required(QuestionnaireField.CAPACITY);
                if (capacityText.isPresent()) {
                    try {
                        capacity = Integer.valueOf(capacityText.get());
                    } catch (NumberFormatException e) {
                        problem(QuestionnaireField.CAPACITY, "«" + capacityText.get() + "» — не целое число.",
                                "'" + capacityText.get() + "' is not a whole number.");
                    }
                }
                boolean training = yesNo(QuestionnaireField.TRAINING);
                boolean elsewhere = yesNo(QuestionnaireField.WILLING_ELSEWHERE);
                List<String> achievements = Answers.lines(value(QuestionnaireField.ACHIEVEMENTS));
                if (!clean()) {
                    return null;
                }
                PersonId person = PersonId.of(id.orElseThrow());
                var questionnaire = new RecordingMentorQuestionnaire.Questionnaire(person, category.orElseThrow(),
                        codes(competencies), subjects, careerStart.orElseThrow(), capacity, training, elsewhere,
                        format.orElseThrow(), days, achievements);
                MentorProfile profile = capacity < 0 ? null : new MentorProfile(category.orElseThrow(), competencies,
                        subjects, careerStart.orElseThrow(), capacity, training, elsewhere, format.orElseThrow(), days,
                        achievements);
                return new Entry(row.line(), enrollment(person, name, birth, consent), null, null, questionnaire, profile);
            }

            private EnrollingParticipant.Command enrollment(PersonId person, Optional<String> name,
                                                            Optional<LocalDate> birth, Optional<Consent> consent) {
                return new EnrollingParticipant.Command(person, name.orElseThrow(), birth.orElseThrow(),
                        command.organization(), command.side().role(), consent.orElseThrow());
            }

            private Set<String> codes(Set<Competency> competencies) {
                Set<String> codes = new LinkedHashSet<>();
                competencies.forEach(c -> codes.add(c.code()));
                return codes;
            }

            /** Runs core's Bean Validation and reports each violation on the column of its property. */
            private void validate(Object commandOrQuestionnaire) {
                try {
                    context.valid(commandOrQuestionnaire);
                } catch (InvalidCommandException e) {
                    for (Violation violation : e.violations()) {
                        QuestionnaireField field = fieldOf(violation.property());
                        problems.add(new RowProblem(row.line(), field == null ? "" : column(field),
                                violation.message()));
                    }
                }
            }
        }
    }

    private static QuestionnaireField fieldOf(String property) {
        String name = property.split("[.\\[]", 2)[0];
        return switch (name) {
            case "person" -> QuestionnaireField.PERSON_ID;
            case "fullName" -> QuestionnaireField.FULL_NAME;
            case "birthDate" -> QuestionnaireField.BIRTH_DATE;
            case "consent" -> QuestionnaireField.CONSENT_GIVEN_ON;
            case "category" -> QuestionnaireField.CATEGORY;
            case "subjects" -> QuestionnaireField.SUBJECTS;
            case "requests" -> QuestionnaireField.REQUESTS;
            case "deficitCodes", "competencyCodes" -> QuestionnaireField.COMPETENCIES;
            case "preferredFormat" -> QuestionnaireField.PREFERRED_FORMAT;
            case "availableDays" -> QuestionnaireField.AVAILABLE_DAYS;
            case "teachingStart", "careerStart" -> QuestionnaireField.CAREER_START;
            case "capacity" -> QuestionnaireField.CAPACITY;
            case "observations" -> QuestionnaireField.OBSERVATIONS;
            case "achievements" -> QuestionnaireField.ACHIEVEMENTS;
            default -> null;
        };
    }
}
