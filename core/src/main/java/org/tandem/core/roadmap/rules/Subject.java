package org.tandem.core.roadmap.rules;

import java.util.Comparator;
import java.util.Objects;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;

/**
 * What a {@link Finding} is about, so that a user interface can link it to the activity, pair, person or
 * organization concerned. Subjects order by kind (in the order the records are declared) and then by key,
 * activity numbers as a reader orders them.
 */
public sealed interface Subject extends Comparable<Subject> {

    /** The key within its kind: the activity number or the identity's value; empty for the whole roadmap. */
    String key();

    /** The whole roadmap, e.g. when a rule could not run. */
    static Subject roadmap() {
        return new WholeRoadmap();
    }

    /** An activity of the roadmap being evaluated. */
    static Subject activity(String number) {
        return new ActivityRef(number);
    }

    /** An activity of the parent (municipal) roadmap, e.g. one the school's roadmap lacks. */
    static Subject parentActivity(String number) {
        return new ParentActivityRef(number);
    }

    static Subject mentorship(MentorshipId id) {
        return new MentorshipRef(id);
    }

    static Subject person(PersonId id) {
        return new PersonRef(id);
    }

    static Subject organization(OrganizationId id) {
        return new OrganizationRef(id);
    }

    @Override
    default int compareTo(Subject other) {
        return ORDER.compare(this, other);
    }

    /** Kind first, then the key; activity keys by {@link ActivityNumberOrder}. */
    Comparator<Subject> ORDER = Comparator.<Subject>comparingInt(Subject::kindRank)
            .thenComparing((a, b) -> a instanceof ActivityRef || a instanceof ParentActivityRef
                    ? ActivityNumberOrder.INSTANCE.compare(a.key(), b.key())
                    : a.key().compareTo(b.key()));

    private static int kindRank(Subject subject) {
        if (subject instanceof WholeRoadmap) {
            return 0;
        } else if (subject instanceof ActivityRef) {
            return 1;
        } else if (subject instanceof ParentActivityRef) {
            return 2;
        } else if (subject instanceof OrganizationRef) {
            return 3;
        } else if (subject instanceof MentorshipRef) {
            return 4;
        }
        return 5;
    }

    /** The whole roadmap. */
    record WholeRoadmap() implements Subject {
        @Override
        public String key() {
            return "";
        }
    }

    /** An activity of the evaluated roadmap, by its number. */
    record ActivityRef(String number) implements Subject {
        public ActivityRef {
            requireKey(number, "activity number");
        }

        @Override
        public String key() {
            return number;
        }
    }

    /** An activity of the parent roadmap, by its number there. */
    record ParentActivityRef(String number) implements Subject {
        public ParentActivityRef {
            requireKey(number, "activity number");
        }

        @Override
        public String key() {
            return number;
        }
    }

    record OrganizationRef(OrganizationId id) implements Subject {
        public OrganizationRef {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String key() {
            return id.value();
        }
    }

    record MentorshipRef(MentorshipId id) implements Subject {
        public MentorshipRef {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String key() {
            return id.value();
        }
    }

    record PersonRef(PersonId id) implements Subject {
        public PersonRef {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String key() {
            return id.value();
        }
    }

    private static void requireKey(String key, String name) {
        if (key == null || key.isBlank()) {
            // rules name subjects by the keys of valid objects: a blank one is a bug of a rule
            throw new IllegalArgumentException("a subject needs a non-blank " + name);
        }
    }
}
