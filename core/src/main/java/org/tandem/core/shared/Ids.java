package org.tandem.core.shared;

import java.util.UUID;

final class Ids {
    private Ids() {
    }

    static String require(String value, String kind) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(kind + " must not be blank");
        }
        return value.strip();
    }

    static String fresh() {
        return UUID.randomUUID().toString();
    }
}
