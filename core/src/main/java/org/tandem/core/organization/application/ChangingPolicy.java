package org.tandem.core.organization.application;

import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;

import org.tandem.core.access.AccessTarget;
import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.organization.Organization;
import org.tandem.core.organization.Organizations;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.Result;

/** Sets the limits an organization applies to its mentoring (its local regulation). */
public final class ChangingPolicy {

    public record Command(@NotNull(message = "{tandem.required}") OrganizationId organization,
                          @NotNull(message = "{tandem.required}") MentoringPolicy policy) {
    }

    private final CommandContext context;
    private final Organizations organizations;

    public ChangingPolicy(CommandContext context, Organizations organizations) {
        this.context = Objects.requireNonNull(context, "context");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    public Result<Organization> change(Actor actor, Command command) {
        context.valid(command);
        var refusal = context.deny(actor, Action.MANAGE_ORGANIZATION, AccessTarget.organization(command.organization()));
        if (refusal.isPresent()) {
            return Result.refused(refusal.get());
        }
        Organization changed = organizations.require(command.organization()).withPolicy(command.policy());
        organizations.save(changed);
        MentoringPolicy policy = command.policy();
        context.publish(EventType.POLICY_CHANGED, actor, "Organization", changed.id(), Map.of(
                "maxMenteesPerMentor", Integer.toString(policy.maxMenteesPerMentor()),
                "minMentorExperienceYears", Integer.toString(policy.minMentorExperienceYears()),
                "youngTeacherMaxAge", Integer.toString(policy.youngTeacherMaxAge()),
                "mentorTrainingRequired", Boolean.toString(policy.mentorTrainingRequired())));
        return Result.ok(changed);
    }
}
