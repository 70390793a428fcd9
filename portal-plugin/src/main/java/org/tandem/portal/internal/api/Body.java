package org.tandem.portal.internal.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A JSON object of a request, read field by field: a missing or malformed field is a 400 naming the field (with
 * its path inside the body) in both languages. Absent and {@code null} fields are the same.
 */
final class Body {

    private final JsonNode node;
    private final String path;

    Body(JsonNode node, String path) {
        this.node = node == null || node.isNull() || node.isMissingNode() ? JsonNodeFactory.instance.objectNode() : node;
        this.path = path;
        if (!this.node.isObject()) {
            throw ApiException.of(400, "malformed-json", org.tandem.core.shared.LocalizedText.of(
                    "Ожидается JSON-объект" + where(), "A JSON object is expected" + whereEn()));
        }
    }

    static Body empty() {
        return new Body(null, "");
    }

    private String where() {
        return path.isEmpty() ? "" : " в «" + path + "»";
    }

    private String whereEn() {
        return path.isEmpty() ? "" : " at '" + path + "'";
    }

    private String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    boolean has(String field) {
        return value(field) != null;
    }

    ApiException bad(String field, String ru, String en) {
        return ApiException.badRequest("Поле «" + name(field) + "»: " + ru, "Field '" + name(field) + "': " + en)
                .with("field", name(field));
    }

    private ApiException required(String field) {
        return bad(field, "нужно значение", "a value is required");
    }

    Optional<String> optText(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw bad(field, "ожидается строка", "a string is expected");
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    String text(String field) {
        return optText(field).orElseThrow(() -> required(field));
    }

    Optional<LocalDate> optDate(String field) {
        return optText(field).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw bad(field, "не дата ГГГГ-ММ-ДД: «" + text + "»", "not a date yyyy-MM-dd: '" + text + "'");
            }
        });
    }

    LocalDate date(String field) {
        return optDate(field).orElseThrow(() -> required(field));
    }

    <E extends Enum<E>> Optional<E> optEnum(String field, Class<E> type) {
        return optText(field).map(text -> parseEnum(text, type, field));
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        return optEnum(field, type).orElseThrow(() -> required(field));
    }

    <E extends Enum<E>> E parseEnum(String text, Class<E> type, String field) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw bad(field, "«" + text + "» не из " + allowed, "'" + text + "' is not one of " + allowed);
        }
    }

    Optional<Integer> optInteger(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw bad(field, "ожидается целое число", "an integer is expected");
        }
        return Optional.of(value.intValue());
    }

    int integer(String field) {
        return optInteger(field).orElseThrow(() -> required(field));
    }

    Optional<Double> optNumber(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw bad(field, "ожидается число", "a number is expected");
        }
        return Optional.of(value.doubleValue());
    }

    boolean bool(String field, boolean fallback) {
        JsonNode value = value(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw bad(field, "ожидается true или false", "true or false is expected");
        }
        return value.booleanValue();
    }

    private JsonNode array(String field) {
        JsonNode value = value(field);
        if (value != null && !value.isArray()) {
            throw bad(field, "ожидается массив", "an array is expected");
        }
        return value;
    }

    /** The strings of an array field; empty when absent. */
    List<String> texts(String field) {
        JsonNode array = array(field);
        List<String> result = new ArrayList<>();
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item == null || !item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                    throw bad(field + "[" + i + "]", "ожидается непустая строка", "a non-blank string is expected");
                }
                result.add(item.asText().strip());
            }
        }
        return result;
    }

    /** The objects of an array field; empty when absent. */
    List<Body> objects(String field) {
        JsonNode array = array(field);
        List<Body> result = new ArrayList<>();
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                result.add(new Body(array.get(i), name(field) + "[" + i + "]"));
            }
        }
        return result;
    }

    Optional<Body> optObject(String field) {
        JsonNode value = value(field);
        return value == null ? Optional.empty() : Optional.of(new Body(value, name(field)));
    }

    /** An object field of strings, in the body's order; empty when absent. */
    Map<String, String> textMap(String field) {
        Map<String, String> result = new LinkedHashMap<>();
        Optional<Body> object = optObject(field);
        object.ifPresent(body -> body.node.fieldNames().forEachRemaining(key -> result.put(key, body.text(key))));
        return result;
    }

    /** An object field of numbers, in the body's order; empty when absent. */
    Map<String, Double> numberMap(String field) {
        Map<String, Double> result = new LinkedHashMap<>();
        optObject(field).ifPresent(body -> body.node.fieldNames().forEachRemaining(key ->
                result.put(key, body.optNumber(key).orElseThrow(() -> body.required(key)))));
        return result;
    }

    /** An object field of integers, in the body's order; empty when absent. */
    Map<String, Integer> integerMap(String field) {
        Map<String, Integer> result = new LinkedHashMap<>();
        optObject(field).ifPresent(body -> body.node.fieldNames().forEachRemaining(key ->
                result.put(key, body.integer(key))));
        return result;
    }
}
