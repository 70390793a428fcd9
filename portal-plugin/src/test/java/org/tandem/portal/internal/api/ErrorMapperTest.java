package org.tandem.portal.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.tandem.core.mentorship.ConcurrentChangeException;
import org.tandem.core.shared.LocalizedText;
import org.tandem.core.shared.Refusal;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.validation.InvalidCommandException;
import org.tandem.core.validation.Violation;

class ErrorMapperTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void refusals_are_403_for_access_and_422_for_rules() {
        ErrorMapper.Error denied = ErrorMapper.map(ApiException.refused(Refusal.of(RefusalReason.NOT_ALLOWED,
                "Нельзя.", "No.")), RU, "test");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.body()).containsEntry("error", "forbidden").containsEntry("message", "Нельзя.")
                .containsEntry("reason", "NOT_ALLOWED");
        ErrorMapper.Error rule = ErrorMapper.map(ApiException.refused(Refusal.of(RefusalReason.CAPACITY_REACHED,
                "Мест нет.", "Full.")), Locale.ENGLISH, "test");
        assertThat(rule.status()).isEqualTo(422);
        assertThat(rule.body()).containsEntry("error", "refused").containsEntry("message", "Full.");
    }

    @Test
    void validation_concurrency_and_bad_arguments() {
        ErrorMapper.Error invalid = ErrorMapper.map(new InvalidCommandException("Command",
                List.of(new Violation("ratings", LocalizedText.of("не больше 5", "at most 5")))), RU, "test");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).containsEntry("error", "invalid");
        assertThat(invalid.body().get("message").toString()).contains("ratings не больше 5");

        ErrorMapper.Error concurrent = ErrorMapper.map(new IllegalStateException("tx",
                new ConcurrentChangeException("stale")), Locale.ENGLISH, "test");
        assertThat(concurrent.status()).isEqualTo(409);
        assertThat(concurrent.body()).containsEntry("error", "concurrent-change");

        assertThat(ErrorMapper.map(new IllegalArgumentException("unknown person x"), Locale.ENGLISH, "test")
                .body()).containsEntry("status", 400).containsEntry("message", "Bad request: unknown person x");
        assertThat(ErrorMapper.map(new IllegalStateException("bug"), RU, "test").status()).isEqualTo(500);
    }
}
