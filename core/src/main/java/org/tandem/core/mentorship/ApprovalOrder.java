package org.tandem.core.mentorship;

import java.time.LocalDate;
import java.util.Objects;

import org.tandem.core.shared.DomainRuleException;

/** The head's order that fixes pairs and groups («приказ об утверждении наставнических пар/групп»). */
public record ApprovalOrder(String number, LocalDate date) {

    public ApprovalOrder {
        Objects.requireNonNull(date, "date");
        if (number == null || number.isBlank()) {
            throw new DomainRuleException("У приказа должен быть номер.", "an order needs its number");
        }
        number = number.strip();
    }

    public static ApprovalOrder of(String number, LocalDate date) {
        return new ApprovalOrder(number, date);
    }
}
