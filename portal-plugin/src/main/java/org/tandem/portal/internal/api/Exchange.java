package org.tandem.portal.internal.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.tandem.core.access.Actor;
import org.tandem.core.shared.LocalizedText;
import org.tandem.portal.spi.ActingUser;

/**
 * One request as a resource sees it: who acts, in which language, the path's parameters, the query and the body.
 */
final class Exchange {

    private final HttpServletRequest request;
    private final Locale locale;
    private final Supplier<Optional<ActingUser>> users;
    private final ObjectMapper json;
    private ActingUser user;
    private Map<String, String> pathParameters = Map.of();

    Exchange(HttpServletRequest request, Locale locale, Supplier<Optional<ActingUser>> users, ObjectMapper json) {
        this.request = request;
        this.locale = locale;
        this.users = users;
        this.json = json;
    }

    void pathParameters(Map<String, String> parameters) {
        this.pathParameters = Map.copyOf(parameters);
    }

    Locale locale() {
        return locale;
    }

    /** The text in the user's language. */
    String text(LocalizedText text) {
        return text.in(locale);
    }

    /** Who acts, as the portal says; a 401 when the portal names nobody. */
    ActingUser user() {
        if (user == null) {
            user = users.get().orElseThrow(() -> ApiException.of(401, "unauthenticated", LocalizedText.of(
                    "Войдите в портал: запрос не от имени пользователя.",
                    "Sign in to the portal: the request acts for no user.")));
        }
        return user;
    }

    Actor actor() {
        return user().actor();
    }

    String method() {
        return request.getMethod();
    }

    /** A parameter of the path, e.g. {@code org} of {@code /organizations/{org}}. */
    String path(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalStateException("the route has no parameter " + name);
        }
        return value;
    }

    Optional<String> query(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    LocalDate queryDate(String name, LocalDate fallback) {
        return query(name).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("Параметр «" + name + "»: не дата ГГГГ-ММ-ДД: «" + text + "»",
                        "Parameter '" + name + "': not a date yyyy-MM-dd: '" + text + "'");
            }
        }).orElse(fallback);
    }

    int queryInt(String name, int fallback, int min, int max) {
        return query(name).map(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw ApiException.badRequest("Параметр «" + name + "»: целое число от " + min + " до " + max,
                    "Parameter '" + name + "': an integer from " + min + " to " + max);
        }).orElse(fallback);
    }

    /** The content type without parameters, in lower case; empty when not given. */
    String contentType() {
        String type = request.getContentType();
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    byte[] bytes() {
        try {
            return request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as a JSON object; an empty body is an empty object. */
    Body body() {
        byte[] bytes = bytes();
        if (bytes.length == 0) {
            return Body.empty();
        }
        return new Body(readTree(bytes), "");
    }

    JsonNode readTree(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw ApiException.of(400, "malformed-json", LocalizedText.of(
                    "Тело запроса не JSON: " + e.getOriginalMessage(),
                    "The request body is not JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isMultipart() {
        return contentType().startsWith("multipart/");
    }

    Collection<Part> parts() {
        try {
            return request.getParts();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException | IllegalStateException e) {
            throw ApiException.badRequest("Не удалось прочитать составной запрос: " + e.getMessage(),
                    "Cannot read the multipart request: " + e.getMessage());
        }
    }
}
