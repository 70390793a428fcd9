package org.tandem.portal.internal.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.Part;
import org.tandem.core.access.Action;
import org.tandem.core.organization.Organization;
import org.tandem.core.questionnaire.ColumnMapping;
import org.tandem.core.questionnaire.ImportReport;
import org.tandem.core.questionnaire.ImportingQuestionnaires;
import org.tandem.core.questionnaire.QuestionnaireField;
import org.tandem.core.questionnaire.QuestionnaireFile;
import org.tandem.core.questionnaire.QuestionnaireSide;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.LocalizedText;

/**
 * Questionnaire import, all or nothing per file: {@code /organizations/{org}/questionnaires/{side}} and the column
 * mappings saved per organization.
 */
final class ImportResource implements Resource {

    private static final Set<String> FILE_TYPES = Set.of("text/csv", "text/plain", "application/csv",
            "application/octet-stream", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String INLINE = "inline";

    private final Api api;

    ImportResource(Api api) {
        this.api = api;
    }

    @Override
    public void routes(Router router) {
        router.get("/organizations/{org}/column-mappings", this::mappings)
                .put("/organizations/{org}/column-mappings/{mapping}", this::saveMapping)
                .post("/organizations/{org}/questionnaires/{side}", this::importFile);
    }

    record MappingView(String id, Map<String, String> columns) {
        static MappingView of(ColumnMapping mapping) {
            Map<String, String> columns = new TreeMap<>();
            mapping.columns().forEach((field, header) -> columns.put(field.name(), header));
            return new MappingView(mapping.id(), columns);
        }
    }

    private Reply mappings(Exchange exchange) {
        Organization organization = api.organization(exchange.path("org"));
        api.allowIn(exchange, Action.MANAGE_BASE, organization.id());
        return Reply.ok(Map.of("mappings", api.tandem.columnMappings().of(organization.id()).stream()
                .map(MappingView::of).toList()));
    }

    private Reply saveMapping(Exchange exchange) {
        Organization organization = api.organization(exchange.path("org"));
        Body body = exchange.body();
        ColumnMapping mapping = mapping(exchange.path("mapping"), organization, body, "columns");
        api.allowIn(exchange, Action.MANAGE_BASE, organization.id());
        api.tandem.columnMappings().save(mapping);
        api.uses().context().publish(EventType.COLUMN_MAPPING_SAVED, exchange.actor(), "ColumnMapping",
                organization.id().value() + "/" + mapping.id(), Map.of("organization", organization.id().value(),
                        "fields", mapping.columns().keySet().stream().map(Enum::name).sorted()
                                .collect(java.util.stream.Collectors.joining(","))));
        return Reply.ok(MappingView.of(mapping));
    }

    private static ColumnMapping mapping(String id, Organization organization, Body body, String field) {
        if (!body.has(field)) {
            throw body.bad(field, "нужно сопоставление полей столбцам", "a mapping of fields to columns is required");
        }
        Map<QuestionnaireField, String> columns = new EnumMap<>(QuestionnaireField.class);
        body.textMap(field).forEach((name, header) ->
                columns.put(body.parseEnum(name, QuestionnaireField.class, field + "." + name), header));
        return new ColumnMapping(id, organization.id(), columns);
    }

    private Reply importFile(Exchange exchange) {
        Organization organization = api.organization(exchange.path("org"));
        QuestionnaireSide side = switch (exchange.path("side")) {
            case "mentors" -> QuestionnaireSide.MENTOR;
            case "mentees" -> QuestionnaireSide.MENTEE;
            default -> throw ApiException.notFound("Импорт бывает только в mentors или mentees.",
                    "Import goes only to mentors or mentees.");
        };
        QuestionnaireFile file;
        Optional<String> mappingId;
        ColumnMapping inline = null;
        if (exchange.isMultipart()) {
            Map<String, Part> parts = new TreeMap<>();
            exchange.parts().forEach(part -> parts.put(part.getName(), part));
            Part filePart = parts.get("file");
            if (filePart == null) {
                throw ApiException.badRequest("В составном запросе нет части «file».",
                        "The multipart request has no part 'file'.");
            }
            String name = Optional.ofNullable(filePart.getSubmittedFileName()).filter(n -> !n.isBlank())
                    .orElse("upload.csv");
            file = QuestionnaireFile.of(name, read(filePart));
            mappingId = Optional.ofNullable(parts.get("mapping")).map(p -> new String(read(p), StandardCharsets.UTF_8))
                    .map(String::strip).filter(s -> !s.isEmpty());
            if (parts.containsKey("columns")) {
                JsonNode columns = exchange.readTree(read(parts.get("columns")));
                Body wrapper = new Body(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .set("columns", columns), "");
                inline = mapping(INLINE, organization, wrapper, "columns");
            }
        } else {
            String type = exchange.contentType();
            if (!type.isEmpty() && !FILE_TYPES.contains(type)) {
                throw ApiException.of(415, "unsupported-media-type", LocalizedText.of(
                        "Файл анкет присылают как CSV или XLSX, а не " + type + ".",
                        "A questionnaire file comes as CSV or XLSX, not " + type + "."));
            }
            file = QuestionnaireFile.of(exchange.query("filename").orElse("upload.csv"), exchange.bytes());
            mappingId = exchange.query("mapping");
        }
        if (file.content().length == 0) {
            throw ApiException.badRequest("Файл пуст.", "The file is empty.");
        }
        if (mappingId.isPresent() == (inline != null)) {
            throw ApiException.badRequest(
                    "Укажите либо сохранённое сопоставление столбцов (mapping), либо сами столбцы (columns).",
                    "Name either a saved column mapping (mapping) or give the columns (columns), not both or neither.");
        }
        api.allowIn(exchange, Action.MANAGE_BASE, organization.id());
        ImportingQuestionnaires.Command command = inline != null
                ? ImportingQuestionnaires.Command.withMapping(organization.id(), side, file, inline)
                : ImportingQuestionnaires.Command.withSavedMapping(organization.id(), side, file, mappingId.get());
        ImportReport report;
        try {
            report = Api.value(api.uses().importing().importFile(exchange.actor(), command));
        } catch (NoClassDefFoundError e) {
            throw ApiException.of(415, "unsupported-media-type", LocalizedText.of(
                    "Этот портал не читает такие файлы: нет библиотеки " + e.getMessage() + ".",
                    "This portal cannot read such files: the library " + e.getMessage() + " is missing."));
        }
        if (!report.isClean()) {
            List<ProblemView> problems = report.problems().stream()
                    .map(p -> new ProblemView(p.line(), p.column(), p.reason().in(exchange.locale()))).toList();
            int n = problems.size();
            throw ApiException.of(422, "import-rejected", LocalizedText.of(
                            "Файл не импортирован: ошибок " + n + "; ничего не сохранено.",
                            "The file was not imported: " + n + (n == 1 ? " problem" : " problems")
                                    + "; nothing was saved."))
                    .with("problems", problems);
        }
        return Reply.ok(new ReportView(report.created(), report.updated(), report.unchanged()));
    }

    record ProblemView(int line, String column, String reason) {
    }

    record ReportView(int created, int updated, int unchanged) {
    }

    private static byte[] read(Part part) {
        try (var in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
