package org.tandem.persistence.jpa.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;

/** People with their roles, consents and questionnaires in {@code person} and its child tables. */
public final class JpaPeople implements People {

    private static final Logger LOG = LoggerFactory.getLogger(JpaPeople.class);

    private final UnitOfWork work;
    private final JpaPrivacy privacy;

    /**
     * @param privacy erases the rest of a person's data in every table when a save erases the person
     */
    public JpaPeople(UnitOfWork work, JpaPrivacy privacy) {
        this.work = Objects.requireNonNull(work, "work");
        this.privacy = Objects.requireNonNull(privacy, "privacy");
    }

    @Override
    public void save(Person person) {
        Objects.requireNonNull(person, "person");
        work.call(em -> {
            PersonEntity entity = em.find(PersonEntity.class, person.id().value());
            // core erased the aggregate (consent withdrawn): erase the person everywhere else, in this transaction
            boolean erasing = person.isErased() && entity != null && !entity.erased;
            JpaPrivacy.Values before = erasing ? privacy.valuesBeforeErasure(em, person.id().value()) : null;
            if (entity == null) {
                entity = new PersonEntity(person.id().value());
                entity.update(person);
                em.persist(entity);
            } else {
                entity.update(person);
            }
            em.flush();
            if (erasing) {
                LOG.debug("{} erased by its aggregate; erasing its data in every table", person.id());
                privacy.erase(em, person.id().value(), before);
            }
            return null;
        });
    }

    @Override
    public Optional<Person> find(PersonId id) {
        Objects.requireNonNull(id, "id");
        return work.call(em -> Optional.ofNullable(em.find(PersonEntity.class, id.value())).map(PersonEntity::toDomain));
    }

    @Override
    public List<Person> withRole(Role role, OrganizationId organization) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organization, "organization");
        return work.call(em -> em.createQuery("""
                        select distinct p from PersonEntity p join p.roles r
                        where r.role = :role and r.organizationId = :organization
                        order by p.id""", PersonEntity.class)
                .setParameter("role", role.name())
                .setParameter("organization", organization.value())
                .getResultList().stream().map(PersonEntity::toDomain).toList());
    }
}
