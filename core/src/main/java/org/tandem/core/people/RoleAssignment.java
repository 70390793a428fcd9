package org.tandem.core.people;

import java.util.Objects;

import org.tandem.core.shared.OrganizationId;

/** A person's role in one organization. */
public record RoleAssignment(OrganizationId organization, Role role) {

    public RoleAssignment {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(role, "role");
    }

    public static RoleAssignment of(Role role, OrganizationId organization) {
        return new RoleAssignment(organization, role);
    }
}
