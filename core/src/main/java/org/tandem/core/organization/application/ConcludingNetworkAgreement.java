package org.tandem.core.organization.application;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;

import org.tandem.core.access.AccessTarget;
import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.organization.NetworkAgreement;
import org.tandem.core.organization.Organizations;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.Refusal;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

/**
 * Records a network-mentoring agreement; the head of either party or their coordinator may record it. Recording
 * again under the same number between the same two organizations replaces it (a changed term, say); a number
 * already used between other organizations is refused.
 */
public final class ConcludingNetworkAgreement {

    public record Command(@NotNull(message = "{tandem.required}") NetworkAgreement agreement) {
    }

    private final CommandContext context;
    private final Organizations organizations;

    public ConcludingNetworkAgreement(CommandContext context, Organizations organizations) {
        this.context = Objects.requireNonNull(context, "context");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    public Result<NetworkAgreement> conclude(Actor actor, Command command) {
        context.valid(command);
        NetworkAgreement agreement = command.agreement();
        organizations.require(agreement.first());
        organizations.require(agreement.second());
        var refusal = context.deny(actor, Action.MANAGE_ORGANIZATION, AccessTarget.organization(agreement.first()))
                .flatMap(first -> context.deny(actor, Action.MANAGE_ORGANIZATION,
                        AccessTarget.organization(agreement.second())));
        if (refusal.isPresent()) {
            return Result.refused(refusal.get());
        }
        Optional<NetworkAgreement> existing = organizations.agreement(agreement.number());
        if (existing.isPresent() && !existing.get().sameParties(agreement)) {
            return Result.refused(new Refusal(RefusalReason.WRONG_STATE, existing.get().numberTaken()));
        }
        organizations.save(agreement);
        context.publish(EventType.NETWORK_AGREEMENT_CONCLUDED, actor, "NetworkAgreement", agreement.number(), Map.of(
                "first", agreement.first().value(), "second", agreement.second().value(),
                "from", agreement.validity().start().toString(), "to", agreement.validity().end().toString(),
                "replaced", String.valueOf(existing.isPresent())));
        return Result.ok(agreement);
    }
}
