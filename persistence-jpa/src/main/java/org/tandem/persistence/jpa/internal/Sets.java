package org.tandem.persistence.jpa.internal;

import java.util.Set;

final class Sets {
    private Sets() {
    }

    /** Makes {@code stored} equal {@code wanted}, touching only the elements that differ. */
    static <T> void replace(Set<T> stored, Set<T> wanted) {
        stored.retainAll(wanted);
        stored.addAll(wanted);
    }
}
