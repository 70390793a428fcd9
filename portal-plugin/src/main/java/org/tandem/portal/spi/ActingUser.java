package org.tandem.portal.spi;

import java.util.Objects;

import org.tandem.core.access.Actor;
import org.tandem.core.shared.PersonId;

/**
 * The user a request acts for, as the host portal knows him.
 *
 * @param person        the identity of the person in Tandem (what core's {@link Actor} and access policy use); the
 *                      roles Tandem keeps for this person decide what he may do
 * @param displayName   how the portal names the user; for display only
 * @param administrator whether the user administers the portal: only administrators may create top-level
 *                      organizations and appoint the first staff of an organization directly, the steps core
 *                      leaves to the host
 */
public record ActingUser(PersonId person, String displayName, boolean administrator) {

    public ActingUser {
        Objects.requireNonNull(person, "person");
        displayName = displayName == null || displayName.isBlank() ? person.value() : displayName.strip();
    }

    /** A user who is not a portal administrator. */
    public static ActingUser of(PersonId person, String displayName) {
        return new ActingUser(person, displayName, false);
    }

    /** Core's actor for this user. */
    public Actor actor() {
        return Actor.of(person);
    }
}
