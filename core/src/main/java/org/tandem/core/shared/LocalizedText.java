package org.tandem.core.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A text a person reads, in Russian and in English.
 *
 * <p>Every refusal, finding and validation message of Tandem carries both, because the same
 * record is shown to a Russian-speaking curator and logged for an English-speaking vendor.
 */
public record LocalizedText(String ru, String en) {

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public LocalizedText {
        requireText(ru, "Russian");
        requireText(en, "English");
    }

    public static LocalizedText of(String ru, String en) {
        return new LocalizedText(ru, en);
    }

    /** A date as a Russian reader writes it, {@code dd.MM.yyyy}; English texts keep ISO dates. */
    public static String russian(LocalDate date) {
        return RUSSIAN_DATE.format(date);
    }

    /** The text in the given locale: Russian for {@code ru}, English for every other language. */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? ru : en;
    }

    private static void requireText(String text, String name) {
        if (text == null || text.isBlank()) {
            // texts are written by developers, not typed by users: a blank one is a bug (and DomainRuleException needs us)
            throw new IllegalArgumentException("localized text needs a non-blank " + name + " version");
        }
    }

    @Override
    public String toString() {
        return en + " / " + ru;
    }
}
