package org.tandem.persistence.jpa.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.tandem.core.organization.NetworkAgreement;
import org.tandem.core.organization.Organization;
import org.tandem.core.organization.Organizations;
import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.OrganizationId;

/** Organizations and their network agreements in the {@code organization} and {@code network_agreement} tables. */
public final class JpaOrganizations implements Organizations {

    private final UnitOfWork work;

    public JpaOrganizations(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    @Override
    public void save(Organization organization) {
        Objects.requireNonNull(organization, "organization");
        work.call(em -> {
            OrganizationEntity entity = em.find(OrganizationEntity.class, organization.id().value());
            if (entity == null) {
                entity = new OrganizationEntity(organization.id().value());
                entity.update(organization);
                em.persist(entity);
            } else {
                entity.update(organization);
            }
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        Objects.requireNonNull(id, "id");
        return work.call(em -> Optional.ofNullable(em.find(OrganizationEntity.class, id.value()))
                .map(OrganizationEntity::toDomain));
    }

    @Override
    public List<Organization> all() {
        return work.call(em -> em.createQuery("select o from OrganizationEntity o order by o.id", OrganizationEntity.class)
                .getResultList().stream().map(OrganizationEntity::toDomain).toList());
    }

    @Override
    public void save(NetworkAgreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        work.call(em -> {
            NetworkAgreementEntity entity = em.find(NetworkAgreementEntity.class, agreement.number(),
                    LockModeType.PESSIMISTIC_WRITE);
            if (entity != null && !entity.toDomain().sameParties(agreement)) {
                // a number names one agreement: never move it to other organizations (core refuses it too; this
                // holds when two requests race past that check)
                throw new DomainRuleException(entity.toDomain().numberTaken());
            }
            if (entity == null) {
                entity = new NetworkAgreementEntity(agreement.number());
                entity.update(agreement);
                em.persist(entity);
            } else {
                entity.update(agreement);
            }
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<NetworkAgreement> agreement(String number) {
        Objects.requireNonNull(number, "number");
        return work.call(em -> Optional.ofNullable(em.find(NetworkAgreementEntity.class, number))
                .map(NetworkAgreementEntity::toDomain));
    }

    @Override
    public List<NetworkAgreement> agreementsOf(OrganizationId organization) {
        Objects.requireNonNull(organization, "organization");
        return work.call(em -> em.createQuery("""
                        select a from NetworkAgreementEntity a
                        where a.firstOrgId = :organization or a.secondOrgId = :organization
                        order by a.number""", NetworkAgreementEntity.class)
                .setParameter("organization", organization.value())
                .getResultList().stream().map(NetworkAgreementEntity::toDomain).toList());
    }
}
