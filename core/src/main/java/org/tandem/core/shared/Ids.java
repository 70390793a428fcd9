package org.tandem.core.shared;

import java.util.UUID;

final class Ids {
    private Ids() {
    }

    /** The id without surrounding blanks; {@code ofWhat} is the Russian genitive: «организации», «человека». */
    static String require(String value, String kind, String ofWhat) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleException("Идентификатор " + ofWhat + " не может быть пустым.",
                    kind + " must not be blank");
        }
        return value.strip();
    }

    static String fresh() {
        return UUID.randomUUID().toString();
    }
}
