package org.tandem.persistence.jpa.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.hibernate.Session;
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

    private static final int CHUNK = 1_000;

    private final UnitOfWork work;
    private final JpaPrivacy privacy;
    private final PeopleReader reader;

    /**
     * @param privacy erases the rest of a person's data in every table when a save erases the person
     * @param schema  the schema of Tandem's tables, if not the connection's default
     */
    public JpaPeople(UnitOfWork work, JpaPrivacy privacy, Optional<String> schema) {
        this.work = Objects.requireNonNull(work, "work");
        this.privacy = Objects.requireNonNull(privacy, "privacy");
        this.reader = new PeopleReader(Objects.requireNonNull(schema, "schema"));
    }

    /**
     * Inserts or updates the person; inside a host's transaction the rows are written at the next flush (in JDBC
     * batches), so a refusal of the database (an unknown organization) may surface at a later call or at commit.
     */
    @Override
    public void save(Person person) {
        Objects.requireNonNull(person, "person");
        work.call(em -> {
            PersonEntity entity = work.knownAbsent(PersonEntity.class, person.id().value()) ? null
                    : em.find(PersonEntity.class, person.id().value());
            // core erased the aggregate (consent withdrawn): erase the person everywhere else, in this transaction
            boolean erasing = person.isErased() && entity != null && !entity.erased;
            JpaPrivacy.Values before = erasing ? privacy.valuesBeforeErasure(em, person.id().value()) : null;
            if (entity == null) {
                entity = new PersonEntity(person.id().value());
                entity.update(person);
                em.persist(entity);
                work.absent(PersonEntity.class, entity.id, false);
            } else {
                entity.update(person);
            }
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
        return work.call(em -> {
            if (work.knownAbsent(PersonEntity.class, id.value())) {
                return Optional.empty();
            }
            PersonEntity entity = em.find(PersonEntity.class, id.value());
            if (entity == null) {
                work.absent(PersonEntity.class, id.value(), true);
                return Optional.empty();
            }
            return Optional.of(entity.toDomain());
        });
    }

    /**
     * Reads the people in queries of up to {@value #CHUNK} identities. Inside a transaction, an identity found absent
     * is remembered as such until the transaction saves it, so that the {@link #find} a use case makes next costs no
     * query.
     */
    @Override
    public Map<PersonId, Person> findAll(Collection<PersonId> ids) {
        Objects.requireNonNull(ids, "ids");
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(ids.stream().map(PersonId::value).toList()));
        return work.call(em -> {
            Map<String, Person> found = new HashMap<>();
            for (int from = 0; from < wanted.size(); from += CHUNK) {
                List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK)).stream()
                        .filter(id -> !work.knownAbsent(PersonEntity.class, id)).toList();
                if (chunk.isEmpty()) {
                    continue;
                }
                em.createQuery("select p from PersonEntity p where p.id in :ids", PersonEntity.class)
                        .setParameter("ids", chunk).getResultList()
                        .forEach(entity -> found.put(entity.id, entity.toDomain()));
                chunk.stream().filter(id -> !found.containsKey(id))
                        .forEach(id -> work.absent(PersonEntity.class, id, true));
            }
            Map<PersonId, Person> result = new LinkedHashMap<>();
            wanted.stream().filter(found::containsKey).forEach(id -> result.put(PersonId.of(id), found.get(id)));
            return result;
        });
    }

    /** Read with plain SQL, one query per table for all of them (see {@link PeopleReader}): a base at once. */
    @Override
    public List<Person> withRole(Role role, OrganizationId organization) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organization, "organization");
        return work.call(em -> {
            em.flush();
            return em.unwrap(Session.class).doReturningWork(connection -> reader.withRole(connection, role, organization));
        });
    }
}
