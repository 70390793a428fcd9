package org.tandem.core.roadmap.rules;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.tandem.core.shared.DomainRuleException;

/**
 * What proves an activity was carried out: the document it produced (order, protocol, report) and/or where it
 * is published. At least a document number or a link is required, because a bare "done" cannot be checked.
 *
 * @param documentNumber the document's number as registered, e.g. "45-од"
 * @param documentDate   the document's date
 * @param link           where the document or the report is published
 */
public record Evidence(Optional<String> documentNumber, Optional<LocalDate> documentDate, Optional<URI> link) {

    public Evidence {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(link, "link");
        documentNumber = documentNumber.map(String::strip).filter(n -> !n.isEmpty());
        if (documentNumber.isEmpty() && link.isEmpty()) {
            throw new DomainRuleException("Подтверждением служит номер документа или ссылка: нужно указать одно из"
                    + " них.", "evidence needs a document number or a link");
        }
        if (documentDate.isPresent() && documentNumber.isEmpty()) {
            throw new DomainRuleException("Дата документа указывается вместе с его номером.",
                    "a document date is given with the document's number");
        }
    }

    /** A registered document: order, protocol, report. */
    public static Evidence document(String number, LocalDate date) {
        return new Evidence(Optional.of(Objects.requireNonNull(number, "number")),
                Optional.of(Objects.requireNonNull(date, "date")), Optional.empty());
    }

    /** A publication only, e.g. a news item on the school's site. */
    public static Evidence link(URI link) {
        return new Evidence(Optional.empty(), Optional.empty(), Optional.of(Objects.requireNonNull(link, "link")));
    }

    /** The same evidence with the place it is published. */
    public Evidence withLink(URI newLink) {
        return new Evidence(documentNumber, documentDate, Optional.of(Objects.requireNonNull(newLink, "link")));
    }
}
