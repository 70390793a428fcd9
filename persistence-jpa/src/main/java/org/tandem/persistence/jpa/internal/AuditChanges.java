package org.tandem.persistence.jpa.internal;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The change of an audit event as it is stored in {@code audit_event.change_json}: a JSON object of the changed
 * values by name, names in order. Thread-safe.
 */
final class AuditChanges {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };

    private AuditChanges() {
    }

    static String encode(Map<String, String> change) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(change));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit change could not be written as JSON", e);
        }
    }

    static Map<String, String> decode(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_event.change_json is not a JSON object of texts: " + json, e);
        }
    }
}
