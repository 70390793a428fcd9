package org.tandem.portal.spi;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Resolves an HTTP request of Tandem's JSON API to the user acting in it: the host portal implements it (from its
 * session, token or headers set by its authentication) and registers it as an OSGi service with a
 * {@code service.ranking} higher than the plug-in's demo implementation (-1000). The API uses the service with the
 * highest ranking in effect.
 *
 * <p>Contract: thread-safe; fast (called once per request); returns empty when nobody is signed in (the API then
 * answers 401), never throws for an anonymous request.
 */
@FunctionalInterface
public interface ActingUsers {

    Optional<ActingUser> actingUser(HttpServletRequest request);
}
