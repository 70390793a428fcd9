package org.tandem.core.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.tandem.core.access.AccessPolicy;
import org.tandem.core.access.AccessTarget;
import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.shared.DomainEvent;
import org.tandem.core.shared.DomainEvents;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.Refusal;
import org.tandem.core.validation.CommandValidator;

/**
 * What every use case needs besides its repositories: the time, the access policy, the validator and where
 * events go. One per application, shared by all use cases; thread-safe when its parts are.
 */
public final class CommandContext {

    private static final OrganizationId NOWHERE = OrganizationId.of("tandem:no-organization");

    private final Clock clock;
    private final AccessPolicy access;
    private final CommandValidator validator;
    private final DomainEvents events;

    public CommandContext(Clock clock, AccessPolicy access, CommandValidator validator, DomainEvents events) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = Objects.requireNonNull(access, "access");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** The command, once valid; see {@link CommandValidator#validate}. */
    public <T> T valid(T command) {
        return validator.validate(command);
    }

    /** Empty when the actor may; otherwise the refusal. */
    public Optional<Refusal> deny(Actor actor, Action action, AccessTarget target) {
        Objects.requireNonNull(actor, "actor");
        return access.check(actor, action, target);
    }

    /** Empty when the actor may act in at least one of {@code organizations}; otherwise the refusal. */
    public Optional<Refusal> denyInAll(Actor actor, Action action, Collection<OrganizationId> organizations) {
        Optional<Refusal> refusal = Optional.empty();
        for (OrganizationId organization : organizations) {
            refusal = deny(actor, action, AccessTarget.organization(organization));
            if (refusal.isEmpty()) {
                return refusal;
            }
        }
        return refusal.isPresent() ? refusal : deny(actor, action, AccessTarget.organization(NOWHERE));
    }

    /** The clock the use cases read the time from; its zone decides which day {@link #today()} is. */
    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Records a change by {@code actor} on {@code subject} now. */
    public void publish(EventType type, Actor actor, String subject, Object subjectId, Map<String, String> change) {
        events.publish(new DomainEvent(type, actor.person(), clock.instant(), subject, subjectId.toString(), change));
    }
}
