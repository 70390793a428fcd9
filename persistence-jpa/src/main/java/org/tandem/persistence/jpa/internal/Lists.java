package org.tandem.persistence.jpa.internal;

import java.util.List;

final class Lists {
    private Lists() {
    }

    /**
     * Makes {@code stored} equal {@code wanted} position by position, so that an ordered element collection
     * updates only the rows that changed instead of deleting and inserting them all.
     */
    static <T> void replace(List<T> stored, List<T> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            if (i < stored.size()) {
                if (!stored.get(i).equals(wanted.get(i))) {
                    stored.set(i, wanted.get(i));
                }
            } else {
                stored.add(wanted.get(i));
            }
        }
        while (stored.size() > wanted.size()) {
            stored.remove(stored.size() - 1);
        }
    }
}
