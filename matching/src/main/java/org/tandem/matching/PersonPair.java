package org.tandem.matching;

import java.util.Objects;

import org.tandem.core.shared.PersonId;

/**
 * A mentor and a mentee named by identity, as a curator names them when excluding or pinning a pair.
 *
 * @param mentor the mentor
 * @param mentee the mentee
 */
public record PersonPair(PersonId mentor, PersonId mentee) {

    public PersonPair {
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(mentee, "mentee");
    }

    public static PersonPair of(PersonId mentor, PersonId mentee) {
        return new PersonPair(mentor, mentee);
    }
}
