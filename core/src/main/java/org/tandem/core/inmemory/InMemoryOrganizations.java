package org.tandem.core.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.tandem.core.organization.NetworkAgreement;
import org.tandem.core.organization.Organization;
import org.tandem.core.organization.Organizations;
import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.OrganizationId;

/** Organizations and agreements kept in memory, for tests and examples. */
public final class InMemoryOrganizations implements Organizations {

    private final Map<OrganizationId, Organization> organizations = new ConcurrentHashMap<>();
    private final List<NetworkAgreement> agreements = new CopyOnWriteArrayList<>();

    @Override
    public void save(Organization organization) {
        organizations.put(organization.id(), organization);
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        return Optional.ofNullable(organizations.get(id));
    }

    @Override
    public List<Organization> all() {
        return organizations.values().stream().sorted(Comparator.comparing(o -> o.id().value())).toList();
    }

    @Override
    public synchronized void save(NetworkAgreement agreement) {
        for (NetworkAgreement existing : agreements) {
            if (existing.number().equals(agreement.number()) && !existing.sameParties(agreement)) {
                throw new DomainRuleException(existing.numberTaken());
            }
        }
        agreements.removeIf(existing -> existing.number().equals(agreement.number()));
        agreements.add(agreement);
    }

    @Override
    public List<NetworkAgreement> agreementsOf(OrganizationId organization) {
        return agreements.stream()
                .filter(a -> a.first().equals(organization) || a.second().equals(organization))
                .toList();
    }
}
