package org.tandem.core.roadmap.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.shared.LocalizedText;
import org.tandem.core.roadmap.OrganizationLevel;
import org.tandem.core.roadmap.ResponsibleLevel;
import org.tandem.core.roadmap.ResponsibleParty;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.RoadmapSection;
import org.tandem.core.roadmap.TargetModelStage;
import org.tandem.core.roadmap.deadline.DeadlineParse;
import org.tandem.core.roadmap.deadline.DeadlineParser;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;
import org.tandem.core.roadmap.importing.ImportFinding.Kind;

/**
 * Imports a roadmap from the tab-separated export of its Word table (UTF-8, with or without a
 * BOM, CRLF or LF line ends).
 *
 * <p>What it understands:
 * <ul>
 *   <li>a preamble before the header: an approval block (УТВЕРЖДЕНО, СОГЛАСОВАНО, Приложение)
 *       that is skipped, and the title, from which the period ("2024-2025 учебный год",
 *       "на 2021-2024 гг.") and the municipality or organization are read;</li>
 *   <li>the header row, recognized by its column names in any order ({@link ColumnKind}), with
 *       an optional second header row under merged cells ("Исполнители: муниципальные | ОУ"),
 *       whose labels give the level of the responsible parties below them
 *       ({@link ResponsibleLevel#fromColumnHeader}; a single "Ответственные" column leaves the level to
 *       each party's name, {@link ResponsibleParty#inColumn});
 *       a blank header cell continues the column to its left;</li>
 *   <li>section rows: "Этап 1. ..." alone on a row, a single-level number with only a title
 *       ("1." + "Подготовка условий ..."), or a filled "Наименование этапа" column, which may
 *       carry the section's first activity on the same row;</li>
 *   <li>numbered activity rows ("1.1.", "3.10.");</li>
 *   <li>rows without a number. Right after a page break (an empty line or a rule line such as
 *       "--\t---") a row whose activity text continues the row above (the text above does not
 *       end a sentence and the fragment starts in lower case, or the text above ends with a
 *       comma, slash or dash) is joined to it cell by cell. Any other row without a number is a
 *       further activity of the same section: its own deadline and responsible, the activity
 *       title of the row above when its own is empty, and a number the importer assigns
 *       (below a numbered activity "1.6" → "1.6.1"; in a table whose activities have no numbers,
 *       the section number and the position: "5.2"). After a page break such a row may still
 *       finish single cells of the row above that end with a comma, slash or dash;</li>
 *   <li>HTML fragments in cells, reduced to plain text ({@link HtmlText}).</li>
 * </ul>
 * Every line that is not understood becomes an {@link ImportFinding} with its line number;
 * nothing is dropped silently. Quoted TSV fields with embedded tabs or line breaks are not
 * supported: Word exports do not produce them.
 *
 * <p>Stateless and thread-safe.
 */
public final class RoadmapTableImporter {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*\\.?\\)?");
    private static final Pattern SECTION_WORD = Pattern.compile(
            "(?iu)(этап|раздел|блок|модуль|направление)\\s*(\\d{1,3}|[IVXLC]{1,6})?\\s*[.:)]?\\s*(.*)");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("(\\d{1,3}|[IVXLC]{1,6})[.)]\\s+(\\S.*)");
    private static final Pattern RULE_CELL = Pattern.compile("[-=_\\s]*");
    private static final Pattern APPROVAL = Pattern.compile("(?iu)^\\s*(утвержд|согласован|принят|приложение)");
    private static final Pattern ENUMERATED = Pattern.compile("\\d{1,2}[.)]\\s.*", Pattern.DOTALL);
    private static final Pattern PERIOD_RANGE = Pattern.compile("(\\d{4})\\s*[-–—‒−/]\\s*(\\d{4})");
    private static final Pattern PERIOD_YEAR = Pattern.compile("(?iu)\\bна\\s+(\\d{4})\\s*(?:г\\.?|год)");
    private static final Pattern ORGANIZATION = Pattern.compile(
            "(?u)\\b(?:в|во|В|Во)\\s+((?:МБОУ|МАОУ|МКОУ|МОУ|ГБОУ|ГАОУ|КГАНОУ|КГБОУ|ГАНОУ|ГБПОУ|МБДОУ|МАДОУ|ЧОУ|АНО)\\s*«[^»]+»)");
    private static final Pattern MUNICIPALITY = Pattern.compile(
            "(?u)([А-ЯЁ][а-яё]+)(ого|его)\\s+(?:муниципального\\s+)?(района|округа)");
    private static final String CONTINUATION_MARKS = ",/-–—(«";
    private static final Set<ColumnKind> KEY_TEXT = EnumSet.of(ColumnKind.ACTIVITY, ColumnKind.CONTENT);
    private static final Set<ColumnKind> DETAIL = EnumSet.of(ColumnKind.DEADLINE, ColumnKind.RESPONSIBLE,
            ColumnKind.EXPECTED_RESULT, ColumnKind.CONTROL_RESULT, ColumnKind.DOCUMENT_TYPE, ColumnKind.INDICATOR);

    /** Reads and imports a file. */
    public ImportResult importFrom(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return importFrom(Files.readAllBytes(file));
    }

    /** Reads the stream to its end and imports it; the stream is not closed. */
    public ImportResult importFrom(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return importFrom(in.readAllBytes());
    }

    private ImportResult importFrom(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return importText(text);
    }

    /** Imports the text of an export; a leading BOM is ignored. */
    public ImportResult importText(String text) {
        Objects.requireNonNull(text, "text");
        return new Run().run(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** One physical line split into cells. */
    private record Row(int line, String raw, List<String> cells) {
        static Row of(int line, String raw) {
            List<String> cells = Arrays.stream(raw.split("\t", -1)).map(HtmlText::toPlain).toList();
            return new Row(line, raw, cells);
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }

        boolean isRule() {
            return cells.stream().allMatch(c -> RULE_CELL.matcher(c).matches()) && raw.contains("-");
        }

        long filled() {
            return cells.stream().filter(c -> !c.isBlank()).count();
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /** The table's columns as the header names them. */
    private record Columns(List<Optional<ColumnKind>> kinds, List<String> labels) {
        int size() {
            return kinds.size();
        }

        int first(ColumnKind kind) {
            return kinds.indexOf(Optional.of(kind));
        }

        boolean has(ColumnKind kind) {
            return first(kind) >= 0;
        }

        boolean is(int index, Set<ColumnKind> set) {
            return kinds.get(index).map(set::contains).orElse(false);
        }

        List<Integer> all(ColumnKind kind) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < kinds.size(); i++) {
                if (kinds.get(i).equals(Optional.of(kind))) {
                    indexes.add(i);
                }
            }
            return indexes;
        }
    }

    private static final class SectionDraft {
        final String number;
        final String title;
        final List<ActivityDraft> activities = new ArrayList<>();
        int assigned;

        SectionDraft(String number, String title) {
            this.number = number;
            this.title = title;
        }

        ActivityDraft lastPrinted() {
            for (int i = activities.size() - 1; i >= 0; i--) {
                if (!activities.get(i).numberAssigned) {
                    return activities.get(i);
                }
            }
            return null;
        }
    }

    private static final class ActivityDraft {
        final int line;
        final String number;
        final boolean numberAssigned;
        final String[] cells;
        final ActivityDraft titleFrom;
        int children;

        ActivityDraft(int line, String number, boolean numberAssigned, String[] cells, ActivityDraft titleFrom) {
            this.line = line;
            this.number = number;
            this.numberAssigned = numberAssigned;
            this.cells = cells;
            this.titleFrom = titleFrom;
        }
    }

    /** The state of one import. */
    private static final class Run {
        private final List<ImportFinding> findings = new ArrayList<>();
        private final List<SectionDraft> sections = new ArrayList<>();
        private final List<Row> preamble = new ArrayList<>();
        private Columns columns;
        private SectionDraft section;
        private ActivityDraft last;
        private boolean afterBreak;

        ImportResult run(String text) {
            String[] lines = text.split("\\r\\n|\\n|\\r", -1);
            for (int i = 0; i < lines.length; i++) {
                Row row = Row.of(i + 1, lines[i]);
                if (columns != null) {
                    tableRow(row);
                } else if (isHeader(row)) {
                    Optional<Row> subHeader = subHeader(lines, i + 1);
                    columns = columns(row, subHeader);
                    if (subHeader.isPresent()) {
                        i = subHeader.get().line() - 1;
                    }
                } else if (!row.isBlank()) {
                    preamble.add(row);
                }
            }
            if (columns == null) {
                Row first = preamble.isEmpty() ? new Row(0, "", List.of()) : preamble.get(0);
                findings.add(new ImportFinding(first.line(), first.raw(), Kind.NO_HEADER, LocalizedText.of(
                        "Не найдена строка заголовка таблицы (№, Мероприятия, Сроки, Ответственные ...); таблица не импортирована.",
                        "No header row naming the columns (№, Мероприятия, Сроки, Ответственные ...) was found; the table was not imported.")));
            }
            Roadmap roadmap = roadmap();
            findings.sort(Comparator.comparingInt(ImportFinding::line));
            return new ImportResult(roadmap, findings);
        }

        // ---- header ------------------------------------------------------------------------

        private static boolean isHeader(Row row) {
            Set<ColumnKind> kinds = row.cells().stream().map(ColumnKind::fromHeader).flatMap(Optional::stream)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ColumnKind.class)));
            boolean shortCells = row.cells().stream().allMatch(c -> c.length() <= 120);
            return shortCells && kinds.size() >= 2
                    && (kinds.contains(ColumnKind.ACTIVITY) || kinds.contains(ColumnKind.CONTENT)
                    || kinds.contains(ColumnKind.STAGE));
        }

        /** A second header row under merged header cells: no number, activity or deadline, only short labels. */
        private static Optional<Row> subHeader(String[] lines, int index) {
            if (index >= lines.length) {
                return Optional.empty();
            }
            Row row = Row.of(index + 1, lines[index]);
            boolean labelsOnly = row.filled() > 0 && row.filled() < row.cells().size()
                    && row.cells().stream().allMatch(c -> c.length() <= 40 && !NUMBER.matcher(c).matches())
                    && row.cell(0).isBlank() && row.cell(1).isBlank();
            return labelsOnly ? Optional.of(row) : Optional.empty();
        }

        private Columns columns(Row header, Optional<Row> subHeader) {
            List<Optional<ColumnKind>> kinds = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < header.cells().size(); i++) {
                String label = header.cell(i);
                Optional<ColumnKind> kind = ColumnKind.fromHeader(label);
                if (label.isBlank() && i > 0) {
                    // A blank header cell is the right part of a merged one ("Исполнители" over two columns).
                    kind = kinds.get(i - 1);
                    label = labels.get(i - 1);
                } else if (kind.isEmpty()) {
                    findings.add(new ImportFinding(header.line(), header.raw(), Kind.UNKNOWN_COLUMN, LocalizedText.of(
                            "Неизвестный столбец «" + label + "» (№ " + (i + 1) + "); его содержимое не импортировано.",
                            "Unknown column «" + label + "» (no. " + (i + 1) + "); its cells are not imported.")));
                }
                labels.add(label);
                kinds.add(kind);
            }
            if (subHeader.isPresent()) {
                for (int i = 0; i < labels.size(); i++) {
                    String sub = subHeader.get().cell(i);
                    if (!sub.isBlank()) {
                        labels.set(i, labels.get(i) + " / " + sub);
                    }
                }
            }
            return new Columns(List.copyOf(kinds), List.copyOf(labels));
        }

        // ---- table rows --------------------------------------------------------------------

        private void tableRow(Row row) {
            if (row.isBlank() || row.isRule()) {
                afterBreak = true;
                return;
            }
            try {
                classify(row);
            } finally {
                afterBreak = false;
            }
        }

        private void classify(Row row) {
            int numberColumn = columns.first(ColumnKind.NUMBER);
            String number = numberColumn >= 0 ? row.cell(numberColumn) : "";
            if (row.filled() == 1) {
                String only = row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElseThrow();
                int at = row.cells().indexOf(only);
                if (at >= columns.size() || !columns.is(at, KEY_TEXT)) {
                    Optional<String[]> head = sectionHead(only);
                    if (head.isPresent()) {
                        startSection(head.get()[0], head.get()[1]);
                    } else {
                        stray(row, "строка вне структуры таблицы", "a line outside the table structure");
                    }
                    return;
                }
            }
            int stageColumn = columns.first(ColumnKind.STAGE);
            if (stageColumn >= 0 && !row.cell(stageColumn).isBlank()) {
                startSection(normalizeNumber(number), row.cell(stageColumn).replace('\n', ' '));
                String[] cells = place(row, false);
                if (hasKeyText(cells)) {
                    addActivity(row, assignedNumber(), true, cells, null);
                }
                return;
            }
            if (!number.isBlank()) {
                numbered(row, number);
                return;
            }
            unnumbered(row);
        }

        private void numbered(Row row, String number) {
            if (!NUMBER.matcher(number).matches()) {
                Optional<String[]> head = sectionHead(number);
                if (head.isPresent() && row.filled() == 1) {
                    startSection(head.get()[0], head.get()[1]);
                } else {
                    stray(row, "в столбце номера стоит «" + number + "», а не номер", "the number column holds «"
                            + number + "», not a number");
                }
                return;
            }
            String normalized = normalizeNumber(number);
            String[] cells = place(row, true);
            boolean singleLevel = !normalized.contains(".");
            boolean noDetails = true;
            for (int i = 0; i < cells.length; i++) {
                if (columns.is(i, DETAIL) && !cells[i].isBlank()) {
                    noDetails = false;
                }
            }
            if (singleLevel && noDetails && !columns.has(ColumnKind.STAGE)) {
                startSection(normalized, keyText(cells));
                return;
            }
            if (!hasKeyText(cells)) {
                stray(row, "у пронумерованной строки нет мероприятия", "a numbered row without an activity");
                return;
            }
            stripRepeatedNumber(cells, normalized);
            addActivity(row, normalized, false, cells, null);
        }

        private void unnumbered(Row row) {
            String[] cells = place(row, false);
            if (last == null || !section.activities.contains(last)) {
                if (hasKeyText(cells)) {
                    addActivity(row, assignedNumber(), true, cells, null);
                } else {
                    findings.add(new ImportFinding(row.line(), row.raw(), Kind.ORPHAN_CONTINUATION, LocalizedText.of(
                            "Строка продолжает мероприятие, но выше нет мероприятия этого раздела; не импортирована.",
                            "The row continues an activity, but there is no activity of this section above it; not imported.")));
                }
                return;
            }
            if (!afterBreak) {
                addActivity(row, assignedNumber(), true, cells, last);
                return;
            }
            boolean newItem = false;
            for (int i = 0; i < cells.length; i++) {
                if (columns.is(i, KEY_TEXT) && !cells[i].isBlank() && !continues(last.cells[i], cells[i])) {
                    newItem = true;
                }
            }
            List<String> joined = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                if (!cells[i].isBlank() && (!newItem || strictlyContinues(last.cells[i], cells[i]))) {
                    last.cells[i] = join(last.cells[i], cells[i]);
                    joined.add(columns.labels().get(i));
                    cells[i] = "";
                }
            }
            if (!joined.isEmpty()) {
                findings.add(new ImportFinding(row.line(), row.raw(), Kind.PAGE_BREAK_JOINED, LocalizedText.of(
                        "После разрыва страницы текст присоединён к мероприятию " + last.number + " (строка " + last.line
                                + "), столбцы: " + String.join("; ", joined) + ".",
                        "After a page break the text was joined to activity " + last.number + " (line " + last.line
                                + "), columns: " + String.join("; ", joined) + ".")));
            }
            if (newItem) {
                addActivity(row, assignedNumber(), true, cells, last);
            }
        }

        /** Cells placed under the header's columns; a short numbered row keeps its last cell in the last column. */
        private String[] place(Row row, boolean numbered) {
            int size = columns.size();
            String[] cells = new String[size];
            Arrays.fill(cells, "");
            List<String> given = row.cells();
            if (given.size() > size && given.subList(size, given.size()).stream().anyMatch(c -> !c.isBlank())) {
                findings.add(new ImportFinding(row.line(), row.raw(), Kind.EXTRA_CELLS, LocalizedText.of(
                        "В строке " + given.size() + " ячеек, а в заголовке " + size + "; лишние ячейки не импортированы.",
                        "The row has " + given.size() + " cells but the header has " + size
                                + "; the surplus cells are not imported.")));
            }
            boolean shortRow = numbered && given.size() < size && given.size() >= 3
                    && columns.kinds().get(size - 1).equals(Optional.of(ColumnKind.RESPONSIBLE));
            if (shortRow) {
                for (int i = 0; i < given.size() - 1; i++) {
                    cells[i] = given.get(i);
                }
                cells[size - 1] = given.get(given.size() - 1);
                List<String> skipped = columns.labels().subList(given.size() - 1, size - 1);
                findings.add(new ImportFinding(row.line(), row.raw(), Kind.SHORT_ROW, LocalizedText.of(
                        "В строке " + given.size() + " ячеек, а в заголовке " + size
                                + "; последняя ячейка отнесена к столбцу «" + columns.labels().get(size - 1)
                                + "», пустыми оставлены: " + String.join("; ", skipped) + ".",
                        "The row has " + given.size() + " cells but the header has " + size
                                + "; the last cell was taken as «" + columns.labels().get(size - 1)
                                + "», left empty: " + String.join("; ", skipped) + ".")));
                return cells;
            }
            for (int i = 0; i < Math.min(size, given.size()); i++) {
                cells[i] = given.get(i);
            }
            return cells;
        }

        private void startSection(String number, String title) {
            section = new SectionDraft(number, title.strip());
            sections.add(section);
        }

        private String assignedNumber() {
            SectionDraft target = currentSection();
            ActivityDraft anchor = target.lastPrinted();
            if (anchor != null) {
                anchor.children++;
                return anchor.number + "." + anchor.children;
            }
            target.assigned++;
            return target.number.isEmpty() ? String.valueOf(target.assigned) : target.number + "." + target.assigned;
        }

        private void addActivity(Row row, String number, boolean assigned, String[] cells, ActivityDraft titleFrom) {
            ActivityDraft draft = new ActivityDraft(row.line(), number, assigned, cells, titleFrom);
            currentSection().activities.add(draft);
            last = draft;
        }

        private SectionDraft currentSection() {
            if (section == null) {
                // Activities before any section heading still need a home.
                startSection("", "");
            }
            return section;
        }

        private boolean hasKeyText(String[] cells) {
            return !keyText(cells).isBlank();
        }

        private String keyText(String[] cells) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                if (columns.is(i, KEY_TEXT) && !cells[i].isBlank()) {
                    parts.add(cells[i].replace('\n', ' '));
                }
            }
            return String.join(" ", parts);
        }

        private void stripRepeatedNumber(String[] cells, String number) {
            // Some exports repeat the number inside the text cell ("<p>4.4. Публикация ...").
            Pattern repeated = Pattern.compile("^" + Pattern.quote(number) + "\\.?\\s+");
            for (int i = 0; i < cells.length; i++) {
                if (columns.is(i, KEY_TEXT)) {
                    cells[i] = repeated.matcher(cells[i]).replaceFirst("");
                }
            }
        }

        private void stray(Row row, String whyRu, String whyEn) {
            findings.add(new ImportFinding(row.line(), row.raw(), Kind.STRAY_LINE, LocalizedText.of(
                    "Строка не распознана (" + whyRu + "); не импортирована.",
                    "Line not understood (" + whyEn + "); not imported.")));
        }

        // ---- result ------------------------------------------------------------------------

        private Roadmap roadmap() {
            String title = title();
            Optional<RoadmapPeriod> period = period(title);
            if (period.isEmpty() && columns != null) {
                findings.add(new ImportFinding(preamble.isEmpty() ? 0 : preamble.get(0).line(), title,
                        Kind.PERIOD_NOT_FOUND, LocalizedText.of(
                        "В заголовке не указан период дорожной карты (например, «2024-2025 учебный год»).",
                        "The title does not state the roadmap's period (e.g. «2024-2025 учебный год»).")));
            }
            List<RoadmapSection> built = new ArrayList<>();
            for (SectionDraft draft : sections) {
                Optional<TargetModelStage> stage = TargetModelStage.guessFromTitle(draft.title);
                List<Activity> activities = draft.activities.stream().map(a -> activity(a, stage)).toList();
                built.add(new RoadmapSection(draft.number, draft.title, stage, activities));
            }
            Optional<String[]> owner = owner(title);
            return new Roadmap(owner.map(o -> o[0]), owner.map(o -> OrganizationLevel.valueOf(o[1])), title, period, built);
        }

        private Activity activity(ActivityDraft draft, Optional<TargetModelStage> stage) {
            String deadlineText = text(draft, ColumnKind.DEADLINE);
            Optional<DeadlineParse> deadline = Optional.empty();
            if (!deadlineText.isBlank()) {
                DeadlineParse parse = DeadlineParser.parse(deadlineText);
                if (parse instanceof DeadlineParse.Unparsed unparsed) {
                    findings.add(new ImportFinding(draft.line, deadlineText, Kind.UNPARSED_DEADLINE, LocalizedText.of(
                            "Срок мероприятия " + draft.number + " не распознан: " + unparsed.reason().ru(),
                            "The deadline of activity " + draft.number + " was not understood: " + unparsed.reason().en())));
                }
                deadline = Optional.of(parse);
            }
            List<ResponsibleParty> responsible = new ArrayList<>();
            for (int i : columns.all(ColumnKind.RESPONSIBLE)) {
                ResponsibleLevel level = ResponsibleLevel.fromColumnHeader(columns.labels().get(i));
                responsible.addAll(ResponsibleParties.parse(draft.cells[i], level));
            }
            String content = String.join("\n", columns.all(ColumnKind.CONTENT).stream()
                    .map(i -> draft.cells[i]).filter(c -> !c.isBlank()).toList());
            return new Activity(draft.number, draft.numberAssigned, title(draft), content, deadlineText, deadline,
                    text(draft, ColumnKind.EXPECTED_RESULT), text(draft, ColumnKind.CONTROL_RESULT),
                    text(draft, ColumnKind.DOCUMENT_TYPE), text(draft, ColumnKind.INDICATOR),
                    responsible, stage, draft.line);
        }

        private String title(ActivityDraft draft) {
            String own = text(draft, ColumnKind.ACTIVITY);
            if (!own.isBlank() || draft.titleFrom == null) {
                return own;
            }
            return title(draft.titleFrom);
        }

        private String text(ActivityDraft draft, ColumnKind kind) {
            return columns.all(kind).stream().map(i -> draft.cells[i].replace('\n', ' '))
                    .filter(c -> !c.isBlank()).collect(Collectors.joining(" "));
        }

        private String title() {
            List<String> parts = new ArrayList<>();
            boolean inApproval = false;
            int previousLine = -1;
            for (Row row : preamble) {
                String text = String.join(" ", row.cells().stream().filter(c -> !c.isBlank()).toList());
                if (previousLine >= 0 && row.line() > previousLine + 1) {
                    inApproval = false;
                }
                previousLine = row.line();
                if (APPROVAL.matcher(text).find()) {
                    inApproval = true;
                }
                if (!inApproval) {
                    parts.add(text.replace("**", "").replace('\n', ' ').strip());
                }
            }
            return String.join(" ", parts).replaceAll("\\s+", " ").strip();
        }

        private static Optional<RoadmapPeriod> period(String title) {
            Matcher range = PERIOD_RANGE.matcher(title);
            while (range.find()) {
                int first = Integer.parseInt(range.group(1));
                int lastYear = Integer.parseInt(range.group(2));
                if (lastYear > first && lastYear - first <= 10) {
                    return Optional.of(RoadmapPeriod.academicYears(first, lastYear));
                }
            }
            Matcher single = PERIOD_YEAR.matcher(title);
            if (single.find()) {
                int year = Integer.parseInt(single.group(1));
                return Optional.of(RoadmapPeriod.between(java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31)));
            }
            return Optional.empty();
        }

        /** The organization or municipality named in the title: [name, level]. */
        private static Optional<String[]> owner(String title) {
            Matcher organization = ORGANIZATION.matcher(title);
            if (organization.find()) {
                return Optional.of(new String[] {organization.group(1), OrganizationLevel.ORGANIZATION.name()});
            }
            Matcher municipality = MUNICIPALITY.matcher(title);
            if (municipality.find()) {
                // Titles use the genitive ("Октябрьского района"); the name is kept in the nominative.
                String unit = municipality.group(3).equals("района") ? "район" : "округ";
                String adjective = municipality.group(1) + "ий";
                return Optional.of(new String[] {adjective + " " + unit, OrganizationLevel.MUNICIPALITY.name()});
            }
            return Optional.empty();
        }
    }

    // ---- text helpers ----------------------------------------------------------------------

    /** "Этап 1. Подготовка ..." or "1. Подготовка ...": [number, title]. */
    private static Optional<String[]> sectionHead(String text) {
        String t = text.replace('\n', ' ').strip();
        Matcher word = SECTION_WORD.matcher(t);
        if (word.matches()) {
            String number = word.group(2) == null ? "" : word.group(2).toUpperCase(java.util.Locale.ROOT);
            String title = word.group(3).isBlank() ? t : word.group(3);
            return Optional.of(new String[] {number, title});
        }
        Matcher numbered = NUMBERED_HEADING.matcher(t);
        if (numbered.matches()) {
            return Optional.of(new String[] {numbered.group(1), numbered.group(2)});
        }
        return Optional.empty();
    }

    private static String normalizeNumber(String number) {
        return number.strip().replaceAll("[.)]+$", "");
    }

    /** Whether {@code fragment}, found after a page break, continues {@code above}. */
    static boolean continues(String above, String fragment) {
        if (strictlyContinues(above, fragment)) {
            return true;
        }
        if (above.isBlank() || fragment.isBlank()) {
            return false;
        }
        char end = above.strip().charAt(above.strip().length() - 1);
        char start = fragment.charAt(0);
        boolean lowerOrDigit = Character.isLowerCase(start)
                || (Character.isDigit(start) && !ENUMERATED.matcher(fragment).matches());
        return Character.isLetterOrDigit(end) && lowerOrDigit;
    }

    /** Whether {@code above} visibly breaks off (comma, slash, dash) so that {@code fragment} must finish it. */
    static boolean strictlyContinues(String above, String fragment) {
        if (above.isBlank() || fragment.isBlank()) {
            return false;
        }
        String a = above.strip();
        return CONTINUATION_MARKS.indexOf(a.charAt(a.length() - 1)) >= 0;
    }

    static String join(String above, String fragment) {
        if (above.isBlank()) {
            return fragment;
        }
        String a = above.strip();
        char end = a.charAt(a.length() - 1);
        boolean wordHyphen = end == '-' && a.length() > 1 && Character.isLetter(a.charAt(a.length() - 2));
        return end == '/' || wordHyphen ? a + fragment : a + " " + fragment;
    }
}
