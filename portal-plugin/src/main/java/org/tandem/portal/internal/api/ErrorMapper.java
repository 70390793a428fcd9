package org.tandem.portal.internal.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.mentorship.ConcurrentChangeException;
import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.LocalizedText;
import org.tandem.core.validation.InvalidCommandException;

/**
 * Turns what a request threw into the JSON error the API answers: its status, {@code error} code, the message in
 * the user's language, and further fields. A {@link DomainRuleException} of core is the user's mistake, a 400 with
 * its text; any other {@link IllegalArgumentException} is a bug or an unvalidated path, so like every unexpected
 * failure a 500 whose details go only to the log.
 */
final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    static final LocalizedText INTERNAL = LocalizedText.of("Внутренняя ошибка сервера; подробности в журнале",
            "Internal server error; see the log for details");
    private static final LocalizedText CONCURRENT = LocalizedText.of(
            "Данные изменил кто-то другой, пока выполнялся запрос; ничего не сохранено. Обновите и повторите.",
            "Someone else changed the data meanwhile; nothing was saved. Reload and try again.");

    /** A JSON error: the status and the body. */
    record Error(int status, Map<String, Object> body) {
    }

    private ErrorMapper() {
    }

    static Error map(Throwable failure, Locale locale, String what) {
        if (failure instanceof ApiException api) {
            return error(api.status(), api.error(), api.text().in(locale), api.details());
        }
        if (failure instanceof InvalidCommandException invalid) {
            List<Map<String, String>> violations = invalid.violations().stream()
                    .map(v -> Map.of("property", v.property(), "message", v.message().in(locale))).toList();
            String first = violations.isEmpty() ? "" : ": " + violations.get(0).get("property") + " "
                    + violations.get(0).get("message");
            return error(400, "invalid", LocalizedText.of("Команда не прошла проверку" + first,
                    "The command is invalid" + first).in(locale), Map.of("violations", violations));
        }
        if (isConcurrentChange(failure)) {
            LOG.info("Concurrent change on {}: {}", what, failure.toString());
            return error(409, "concurrent-change", CONCURRENT.in(locale), Map.of());
        }
        if (failure instanceof NoSuchElementException missing) {
            // core's text is English: a Russian user reads a Russian sentence, the detail goes to the log
            LOG.debug("Not found on {}: {}", what, missing.getMessage());
            return error(404, "not-found", LocalizedText.of("Не найдено то, на что ссылается запрос.",
                    "Not found: " + missing.getMessage()).in(locale), Map.of());
        }
        if (failure instanceof DomainRuleException broken) {
            LOG.debug("Bad request {}: {}", what, broken.getMessage());
            return error(400, "bad-request", broken.text().in(locale), Map.of());
        }
        LOG.error("Tandem API failed on {}", what, failure);
        return error(500, "internal", INTERNAL.in(locale), Map.of());
    }

    /** Core's {@link ConcurrentChangeException}, or a storage's optimistic lock failure, anywhere in the causes. */
    static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrentChangeException || t.getClass().getSimpleName().contains("OptimisticLock")) {
                return true;
            }
        }
        return false;
    }

    static Error error(int status, String error, String message, Map<String, Object> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message", message);
        body.putAll(details);
        return new Error(status, body);
    }
}
