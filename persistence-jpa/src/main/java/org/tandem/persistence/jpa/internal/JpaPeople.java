package org.tandem.persistence.jpa.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.persistence.jpa.StorageException;

/** People with their roles, consents and questionnaires in {@code person} and its child tables. */
public final class JpaPeople implements People, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JpaPeople.class);

    private static final int CHUNK = 1_000;
    /** Queries a bulk read outside a transaction runs at once. */
    private static final int READERS = 3;
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final UnitOfWork work;
    private final JpaPrivacy privacy;
    private final PeopleReader reader;
    private final DataSource dataSource;
    /**
     * The threads of bulk reads outside a transaction, shared by every call so that none starts threads of its
     * own; idle ones end after a while, so a repository never closed leaves none behind.
     */
    private final ThreadPoolExecutor readers;

    /**
     * @param privacy    erases the rest of a person's data in every table when a save erases the person
     * @param schema     the schema of Tandem's tables, if not the connection's default
     * @param dataSource where bulk reads outside a transaction take connections of their own
     */
    public JpaPeople(UnitOfWork work, JpaPrivacy privacy, Optional<String> schema, DataSource dataSource) {
        this.work = Objects.requireNonNull(work, "work");
        this.privacy = Objects.requireNonNull(privacy, "privacy");
        this.reader = new PeopleReader(Objects.requireNonNull(schema, "schema"));
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        int instance = INSTANCES.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        this.readers = new ThreadPoolExecutor(READERS, READERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "tandem-people-reader-" + instance + "-"
                            + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        readers.allowCoreThreadTimeOut(true);
    }

    /** Ends the threads of bulk reads; a bulk read outside a transaction started after this fails. */
    @Override
    public void close() {
        readers.shutdown();
    }

    /**
     * Inserts or updates the person; inside a host's transaction the rows are written later (in JDBC batches), so a
     * refusal of the database (an unknown organization) may surface at a later call or at commit. A person this
     * transaction looked up and found absent waits in its {@link PendingWrites} and is inserted with plain JDBC;
     * any other goes through her entity.
     */
    @Override
    public void save(Person person) {
        Objects.requireNonNull(person, "person");
        work.callBeside(em -> {
            String id = person.id().value();
            PendingWrites pending = work.pending();
            if (!person.isErased() && (pending.holds(id) || work.knownAbsent(PersonEntity.class, id))) {
                if (!pending.holds(id)) {
                    work.writeQueuedInserts(em);
                    work.absent(PersonEntity.class, id, false);
                }
                pending.put(person);
                return null;
            }
            work.writePending();
            PersonEntity entity = work.knownAbsent(PersonEntity.class, id) ? null : em.find(PersonEntity.class, id);
            // core erased the aggregate (consent withdrawn): erase the person everywhere else, in this transaction
            boolean erasing = person.isErased() && entity != null && !entity.erased;
            JpaPrivacy.Values before = erasing ? privacy.valuesBeforeErasure(em, id) : null;
            if (entity == null) {
                entity = new PersonEntity(id);
                entity.update(person);
                em.persist(entity);
                work.absent(PersonEntity.class, entity.id, false);
            } else {
                entity.update(person);
            }
            if (erasing) {
                LOG.debug("{} erased by its aggregate; erasing its data in every table", person.id());
                privacy.erase(em, id, before);
            }
            return null;
        });
    }

    @Override
    public Optional<Person> find(PersonId id) {
        Objects.requireNonNull(id, "id");
        return work.callBeside(em -> {
            Optional<Person> pending = work.pending().find(id.value());
            if (pending.isPresent()) {
                return pending;
            }
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
        return work.callBeside(em -> {
            Map<String, Person> found = new HashMap<>();
            PendingWrites pending = work.pending();
            for (String id : wanted) {
                pending.find(id).ifPresent(person -> found.put(id, person));
            }
            for (int from = 0; from < wanted.size(); from += CHUNK) {
                List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK)).stream()
                        .filter(id -> !found.containsKey(id) && !work.knownAbsent(PersonEntity.class, id)).toList();
                if (chunk.isEmpty()) {
                    continue;
                }
                // which are stored first: a file of new people then loads no entities at all
                List<String> stored = em.createQuery("select p.id from PersonEntity p where p.id in :ids", String.class)
                        .setParameter("ids", chunk).getResultList();
                if (!stored.isEmpty()) {
                    em.createQuery("select p from PersonEntity p where p.id in :ids", PersonEntity.class)
                            .setParameter("ids", stored).getResultList()
                            .forEach(entity -> found.put(entity.id, entity.toDomain()));
                }
                chunk.stream().filter(id -> !found.containsKey(id))
                        .forEach(id -> work.absent(PersonEntity.class, id, true));
            }
            Map<PersonId, Person> result = new LinkedHashMap<>();
            wanted.stream().filter(found::containsKey).forEach(id -> result.put(PersonId.of(id), found.get(id)));
            return result;
        });
    }

    /**
     * Read with plain SQL, one query per table for the people of all the organizations together (see
     * {@link PeopleReader}): each table is read once, not once per organization. Outside a transaction the queries
     * of the child tables run {@value #READERS} at a time, each on a connection of its own from the
     * {@code DataSource}, on threads that all such reads of this storage share: several reads at once take turns on
     * them, first come first served. A person holding the role in two of them is one object in both lists.
     */
    @Override
    public Map<OrganizationId, List<Person>> withRole(Role role, Collection<OrganizationId> organizations) {
        Objects.requireNonNull(role, "role");
        List<OrganizationId> wanted = List.copyOf(new LinkedHashSet<>(organizations));
        if (!work.inTransaction()) {
            // nothing uncommitted to see: the tables are read at once, each on a connection of its own
            if (readers.isShutdown()) {
                throw new IllegalStateException("the people cannot be read: Tandem's storage is closed");
            }
            try {
                return reader.withRole(PeopleReader.parallel(dataSource, readers), role, wanted);
            } catch (SQLException e) {
                throw new StorageException("the people could not be read: " + e.getMessage(), e);
            }
        }
        return work.call(em -> {
            em.flush();
            return em.unwrap(Session.class).doReturningWork(connection ->
                    reader.withRole(PeopleReader.serial(connection), role, wanted));
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
