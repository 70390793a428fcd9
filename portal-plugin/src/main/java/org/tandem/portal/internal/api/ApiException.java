package org.tandem.portal.internal.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.tandem.core.shared.LocalizedText;
import org.tandem.core.shared.Refusal;
import org.tandem.core.shared.RefusalReason;

/**
 * An answer other than success, thrown from a resource: the status, the error code of the JSON body, the message in
 * both languages and any further fields of the body ({@code reason}, {@code violations}, {@code problems}). Thrown
 * inside a unit of work, it also undoes whatever the unit changed.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final transient LocalizedText text;
    private final transient Map<String, Object> details;

    ApiException(int status, String error, LocalizedText text, Map<String, Object> details) {
        super(status + " " + error + ": " + text.en());
        this.status = status;
        this.error = Objects.requireNonNull(error, "error");
        this.text = text;
        this.details = details;
    }

    static ApiException of(int status, String error, LocalizedText text) {
        return new ApiException(status, error, text, Map.of());
    }

    static ApiException badRequest(String ru, String en) {
        return of(400, "bad-request", LocalizedText.of(ru, en));
    }

    static ApiException notFound(String ru, String en) {
        return of(404, "not-found", LocalizedText.of(ru, en));
    }

    static ApiException conflict(String ru, String en) {
        return of(409, "conflict", LocalizedText.of(ru, en));
    }

    /** A refusal of core: 403 when the access policy denied, else 422 with core's reason. */
    static ApiException refused(Refusal refusal) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", refusal.reason().name());
        return refusal.reason() == RefusalReason.NOT_ALLOWED
                ? new ApiException(403, "forbidden", refusal.message(), details)
                : new ApiException(422, "refused", refusal.message(), details);
    }

    /** The same answer with one more field in its body. */
    ApiException with(String field, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(field, value);
        return new ApiException(status, error, text, more);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public LocalizedText text() {
        return text;
    }

    /** Further fields of the body, in order. */
    public Map<String, Object> details() {
        return details;
    }
}
