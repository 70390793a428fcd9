package org.tandem.core.questionnaire;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.OrganizationId;

/**
 * Which column header of a form export holds which {@link QuestionnaireField}; saved per organization in
 * {@link ColumnMappings}. Headers are matched ignoring case and surrounding spaces.
 *
 * @param id           the mapping's name within its organization, e.g. {@code "google-form-mentees-2024"}
 * @param organization whose mapping
 * @param columns      the column header of each mapped field
 */
public record ColumnMapping(String id, OrganizationId organization, Map<QuestionnaireField, String> columns) {

    public ColumnMapping {
        if (id == null || id.isBlank()) {
            throw new DomainRuleException("У сопоставления столбцов должно быть название.",
                    "a column mapping needs an id");
        }
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(columns, "columns");
        EnumMap<QuestionnaireField, String> copy = new EnumMap<>(QuestionnaireField.class);
        columns.forEach((field, header) -> {
            if (header == null || header.isBlank()) {
                throw new DomainRuleException("Полю «" + field.label().ru() + "» сопоставлен столбец без заголовка.",
                        "field " + field + " is mapped to a blank column header");
            }
            copy.put(field, header.strip());
        });
        id = id.strip();
        columns = Map.copyOf(copy);
    }

    /** The header mapped to {@code field}, if any. */
    public Optional<String> column(QuestionnaireField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public static Builder builder(String id, OrganizationId organization) {
        return new Builder(id, organization);
    }

    /** Collects field-to-header pairs. */
    public static final class Builder {
        private final String id;
        private final OrganizationId organization;
        private final Map<QuestionnaireField, String> columns = new EnumMap<>(QuestionnaireField.class);

        private Builder(String id, OrganizationId organization) {
            this.id = id;
            this.organization = organization;
        }

        public Builder map(QuestionnaireField field, String header) {
            columns.put(Objects.requireNonNull(field, "field"), header);
            return this;
        }

        public ColumnMapping build() {
            return new ColumnMapping(id, organization, columns);
        }
    }
}
