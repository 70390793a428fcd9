package org.tandem.core.access;

import java.util.Optional;

import org.tandem.core.shared.Refusal;

/**
 * Decides whether an actor may do an action on a target. Every state-changing use case asks it first.
 *
 * <p>Contract: stateless from the caller's view and safe to call from several threads; returns a refusal with
 * reason {@link org.tandem.core.shared.RefusalReason#NOT_ALLOWED} to deny, empty to allow; never throws for an
 * unknown actor (that is a denial).
 */
public interface AccessPolicy {

    Optional<Refusal> check(Actor actor, Action action, AccessTarget target);
}
