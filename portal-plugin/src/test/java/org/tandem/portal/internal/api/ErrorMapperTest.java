package org.tandem.portal.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.tandem.core.mentorship.ConcurrentChangeException;
import org.tandem.core.shared.DomainRuleException;
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
    void validation_and_concurrency() {
        ErrorMapper.Error invalid = ErrorMapper.map(new InvalidCommandException("Command",
                List.of(new Violation("ratings", LocalizedText.of("не больше 5", "at most 5")))), RU, "test");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).containsEntry("error", "invalid");
        assertThat(invalid.body().get("message").toString()).contains("ratings не больше 5");

        ErrorMapper.Error concurrent = ErrorMapper.map(new IllegalStateException("tx",
                new ConcurrentChangeException("stale")), Locale.ENGLISH, "test");
        assertThat(concurrent.status()).isEqualTo(409);
        assertThat(concurrent.body()).containsEntry("error", "concurrent-change");
    }

    @Test
    void a_broken_domain_rule_is_a_bad_request_in_the_users_language() {
        DomainRuleException broken = new DomainRuleException("Регион не может входить в другую организацию.",
                "a region has no parent organization");

        ErrorMapper.Error ru = ErrorMapper.map(broken, RU, "test");
        assertThat(ru.status()).isEqualTo(400);
        assertThat(ru.body()).containsEntry("status", 400).containsEntry("error", "bad-request")
                .containsEntry("message", "Регион не может входить в другую организацию.");

        ErrorMapper.Error en = ErrorMapper.map(broken, Locale.ENGLISH, "test");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.body()).containsEntry("error", "bad-request")
                .containsEntry("message", "a region has no parent organization");
    }

    @Test
    void a_plain_illegal_argument_is_a_bug_answered_as_an_internal_error_without_details() {
        ErrorMapper.Error en = ErrorMapper.map(new IllegalArgumentException("secret detail of a bug"), Locale.ENGLISH,
                "test");
        assertThat(en.status()).isEqualTo(500);
        assertThat(en.body()).containsOnlyKeys("status", "error", "message").containsEntry("error", "internal")
                .containsEntry("message", ErrorMapper.INTERNAL.en());
        assertThat(en.body().toString()).doesNotContain("secret");

        ErrorMapper.Error ru = ErrorMapper.map(new IllegalArgumentException("secret detail of a bug"), RU, "test");
        assertThat(ru.status()).isEqualTo(500);
        assertThat(ru.body()).containsEntry("message", ErrorMapper.INTERNAL.ru());
        assertThat(ru.body().toString()).doesNotContain("secret");

        assertThat(ErrorMapper.map(new IllegalStateException("bug"), RU, "test").status()).isEqualTo(500);
    }

    @Test
    void something_core_does_not_find_is_404_with_a_russian_sentence_and_the_english_detail() {
        ErrorMapper.Error ru = ErrorMapper.map(new java.util.NoSuchElementException("no roadmap rm-1"), RU, "test");
        assertThat(ru.status()).isEqualTo(404);
        assertThat(ru.body()).containsEntry("error", "not-found")
                .containsEntry("message", "Не найдено то, на что ссылается запрос.");
        assertThat(ErrorMapper.map(new java.util.NoSuchElementException("no roadmap rm-1"), Locale.ENGLISH, "test")
                .body()).containsEntry("message", "Not found: no roadmap rm-1");
    }
}
