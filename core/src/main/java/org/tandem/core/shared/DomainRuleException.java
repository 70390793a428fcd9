package org.tandem.core.shared;

import java.util.Objects;

/**
 * A domain rule that a value or a step breaks: a region placed under another organization, a negative policy value, a
 * date range that ends before it starts, a blank id. Thrown by constructors and use cases when what a curator typed or
 * imported cannot make a valid object; the {@link #text() text} tells the person what is wrong, in both languages.
 *
 * <p>It is an {@link IllegalArgumentException}, so callers that catch or declare that keep working, and
 * {@link #getMessage()} is the English text. A host shows {@code text().in(userLocale)} to the user (an HTTP API
 * answers it as a 400). A plain {@code IllegalArgumentException} from Tandem, by contrast, is a broken programming
 * contract, not a user's mistake: a host should treat it as a bug.
 *
 * <p>Unlike a {@link Refusal}, which a use case returns as an expected outcome, this is thrown: the input never
 * formed a valid value to decide on.
 */
public final class DomainRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String ru;

    /** The rule broken, as the text a person reads. */
    public DomainRuleException(LocalizedText text) {
        super(Objects.requireNonNull(text, "text").en());
        this.ru = text.ru();
    }

    /** The rule broken, in Russian and in English. */
    public DomainRuleException(String ru, String en) {
        this(LocalizedText.of(ru, en));
    }

    /** What is wrong, in both languages; {@link #getMessage()} is its English text. */
    public LocalizedText text() {
        return LocalizedText.of(ru, getMessage());
    }
}
