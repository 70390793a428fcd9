package org.tandem.core.access;

import java.util.Objects;

import org.tandem.core.shared.PersonId;

/** The person on whose behalf a command runs; the host says who that is. */
public record Actor(PersonId person) {

    public Actor {
        Objects.requireNonNull(person, "person");
    }

    public static Actor of(PersonId person) {
        return new Actor(person);
    }
}
