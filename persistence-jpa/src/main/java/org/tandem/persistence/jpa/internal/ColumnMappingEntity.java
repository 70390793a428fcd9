package org.tandem.persistence.jpa.internal;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.tandem.core.questionnaire.ColumnMapping;
import org.tandem.core.questionnaire.QuestionnaireField;
import org.tandem.core.shared.OrganizationId;

/** A saved column mapping in {@code column_mapping}, its field-to-header pairs in {@code column_mapping_column}. */
@Entity
@Table(name = "column_mapping")
public class ColumnMappingEntity {

    /** An organization and the mapping's id within it. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "organization_id")
        String organizationId;
        @Column(name = "id")
        String id;

        protected Key() {
        }

        Key(String organizationId, String id) {
            this.organizationId = organizationId;
            this.id = id;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.organizationId.equals(organizationId) && key.id.equals(id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, id);
        }
    }

    @EmbeddedId
    Key key;

    @ElementCollection
    @CollectionTable(name = "column_mapping_column", joinColumns = {
            @JoinColumn(name = "organization_id", referencedColumnName = "organization_id"),
            @JoinColumn(name = "mapping_id", referencedColumnName = "id")})
    @MapKeyColumn(name = "field")
    @Column(name = "header")
    Map<String, String> columns = new LinkedHashMap<>();

    protected ColumnMappingEntity() {
    }

    ColumnMappingEntity(Key key) {
        this.key = key;
    }

    void update(ColumnMapping mapping) {
        Map<String, String> wanted = new LinkedHashMap<>();
        mapping.columns().forEach((field, header) -> wanted.put(field.name(), header));
        columns.keySet().retainAll(wanted.keySet());
        columns.putAll(wanted);
    }

    ColumnMapping toDomain() {
        Map<QuestionnaireField, String> fields = new EnumMap<>(QuestionnaireField.class);
        columns.forEach((field, header) -> fields.put(QuestionnaireField.valueOf(field), header));
        return new ColumnMapping(key.id, OrganizationId.of(key.organizationId), fields);
    }
}
