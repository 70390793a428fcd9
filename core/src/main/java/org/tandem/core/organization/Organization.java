package org.tandem.core.organization;

import java.util.Objects;
import java.util.Optional;

import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.OrganizationId;

/**
 * A region, municipality, educational or partner organization, with its mentoring policy.
 *
 * @param id          identity
 * @param name        official short name
 * @param type        level in the hierarchy
 * @param parent      the organization above it (a school's municipality, a municipality's region); none for a region
 * @param partnerKind the kind of partner, only for {@link OrganizationType#PARTNER}
 * @param policy      the limits this organization applies
 */
public record Organization(OrganizationId id, String name, OrganizationType type, Optional<OrganizationId> parent,
                           Optional<PartnerKind> partnerKind, MentoringPolicy policy) {

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(partnerKind, "partnerKind");
        Objects.requireNonNull(policy, "policy");
        if (name == null || name.isBlank()) {
            throw new DomainRuleException("У организации должно быть название.", "an organization needs a name");
        }
        if (type == OrganizationType.REGION && parent.isPresent()) {
            throw new DomainRuleException("Регион не может входить в другую организацию: «" + name + "».",
                    "a region has no parent organization: " + name);
        }
        if (type != OrganizationType.REGION && parent.isEmpty()) {
            throw new DomainRuleException("Для организации «" + name + "» нужно указать вышестоящую организацию.",
                    type + " " + name + " needs the organization above it");
        }
        if (parent.filter(id::equals).isPresent()) {
            throw new DomainRuleException("Организация «" + name + "» не может входить сама в себя.",
                    "organization " + name + " cannot be its own parent");
        }
        if (partnerKind.isPresent() != (type == OrganizationType.PARTNER)) {
            throw new DomainRuleException("Вид партнёра указывается для организаций-партнёров, и только для них: «"
                    + name + "».", "a partner kind is given for partner organizations and only for them: " + name);
        }
    }

    public static Organization region(OrganizationId id, String name) {
        return new Organization(id, name, OrganizationType.REGION, Optional.empty(), Optional.empty(),
                MentoringPolicy.defaults());
    }

    public static Organization municipality(OrganizationId id, String name, OrganizationId region) {
        return new Organization(id, name, OrganizationType.MUNICIPALITY, Optional.of(region), Optional.empty(),
                MentoringPolicy.defaults());
    }

    public static Organization school(OrganizationId id, String name, OrganizationId municipality) {
        return new Organization(id, name, OrganizationType.EDUCATIONAL, Optional.of(municipality), Optional.empty(),
                MentoringPolicy.defaults());
    }

    public static Organization partner(OrganizationId id, String name, PartnerKind kind, OrganizationId municipality) {
        return new Organization(id, name, OrganizationType.PARTNER, Optional.of(municipality), Optional.of(kind),
                MentoringPolicy.defaults());
    }

    /** The same organization under another policy. */
    public Organization withPolicy(MentoringPolicy newPolicy) {
        return new Organization(id, name, type, parent, partnerKind, newPolicy);
    }
}
