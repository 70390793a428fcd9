package org.tandem.persistence.jpa.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.mentorship.ConcurrentChangeException;
import org.tandem.persistence.jpa.StorageException;

/**
 * Runs work in a transaction: the one the calling thread already has, or a new one of its own. Repositories call
 * {@link #call} for every operation, so each runs in its own transaction unless a caller wrapped several in one.
 *
 * <p>Long transactions stay lean: when a repository call made directly inside a host's transaction returns and the
 * persistence context holds more than {@value #CONTEXT_LIMIT} entities, the context is flushed (in JDBC batches) and
 * cleared. Repositories hand out domain objects, never entities, so nothing a caller holds is detached by this.
 * New people and audit events bypass the persistence context altogether: they wait in the transaction's
 * {@link PendingWrites} and are inserted with plain JDBC batches when it is full, before any other work of the
 * transaction ({@link #call}) and before the commit.
 *
 * <p>Failures are translated: lost optimistic locks and the constraints that only a concurrent writer can break
 * become {@link ConcurrentChangeException}; every other failure of the database a {@link StorageException}.
 */
public final class UnitOfWork {

    private static final Logger LOG = LoggerFactory.getLogger(UnitOfWork.class);

    /** Constraints that the domain's rules check first, so that breaking one means another writer got there first. */
    private static final List<String> CONCURRENCY_CONSTRAINTS =
            List.of("uq_membership_active_program", "pk_mentor_load", "ck_mentor_load_places");

    /** Entities a transaction's persistence context may hold before it is flushed and cleared between calls. */
    static final int CONTEXT_LIMIT = 2_000;

    private final EntityManagerFactory factory;
    private final String prefix;
    private final IdBlocks eventIds;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    /**
     * @param prefix   the schema of Tandem's tables with a dot, or empty
     * @param eventIds where audit events written by {@link PendingWrites} take their ids
     */
    public UnitOfWork(EntityManagerFactory factory, String prefix, IdBlocks eventIds) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.eventIds = Objects.requireNonNull(eventIds, "eventIds");
    }

    private static final class Transaction {
        final EntityManager entityManager;
        final List<Runnable> afterCommit = new ArrayList<>();
        final Map<String, Long> loadVersions = new HashMap<>();
        final Map<Class<?>, Set<Object>> absent = new HashMap<>();
        final PendingWrites pending;
        int depth;

        Transaction(EntityManager entityManager, PendingWrites pending) {
            this.entityManager = entityManager;
            this.pending = pending;
        }
    }

    /**
     * Runs {@code work} in the thread's transaction, or in a new one committed when {@code work} returns. What the
     * transaction holds in {@link #pending()} is written first, so that {@code work} finds the database as the
     * transaction left it.
     */
    public <T> T call(Function<EntityManager, T> work) {
        return call(work, true);
    }

    /**
     * {@link #call} for work that only adds to {@link #pending()} or reads what it holds, or reads rows it cannot
     * hold: what is pending stays pending (until it is {@link PendingWrites#isFull() full}).
     */
    <T> T callBeside(Function<EntityManager, T> work) {
        return call(work, false);
    }

    private <T> T call(Function<EntityManager, T> work, boolean writePendingFirst) {
        Transaction joined = current.get();
        if (joined != null) {
            joined.depth++;
            try {
                if (writePendingFirst) {
                    writePending(joined);
                }
                T result = work.apply(joined.entityManager);
                if (joined.depth == 1) {
                    if (joined.pending.isFull()) {
                        writePending(joined);
                    }
                    keepLean(joined.entityManager);
                }
                return result;
            } catch (RuntimeException e) {
                throw translate(e);
            } finally {
                joined.depth--;
            }
        }
        EntityManager entityManager = factory.createEntityManager();
        Transaction transaction = new Transaction(entityManager, new PendingWrites(prefix, eventIds));
        current.set(transaction);
        EntityTransaction jpa = entityManager.getTransaction();
        try {
            jpa.begin();
            T result = work.apply(entityManager);
            writePending(transaction);
            jpa.commit();
            transaction.afterCommit.forEach(Runnable::run);
            return result;
        } catch (RuntimeException e) {
            rollback(jpa);
            throw translate(e);
        } catch (Error e) {
            rollback(jpa);
            throw e;
        } finally {
            current.remove();
            entityManager.close();
        }
    }

    /** The writes the thread's transaction holds back. Only valid inside {@link #call}. */
    PendingWrites pending() {
        Transaction transaction = current.get();
        if (transaction == null) {
            throw new IllegalStateException("no transaction");
        }
        return transaction.pending;
    }

    /** Writes what the thread's transaction holds back, now. Only valid inside {@link #call}. */
    void writePending() {
        Transaction transaction = current.get();
        if (transaction == null) {
            throw new IllegalStateException("no transaction");
        }
        writePending(transaction);
    }

    private static void writePending(Transaction transaction) {
        if (!transaction.pending.isEmpty()) {
            try {
                transaction.entityManager.unwrap(Session.class).doWork(transaction.pending::write);
            } catch (RuntimeException e) {
                // the queue is gone with the failed batch: the transaction must not commit without it
                EntityTransaction jpa = transaction.entityManager.getTransaction();
                if (jpa.isActive()) {
                    jpa.setRollbackOnly();
                }
                throw e;
            }
        }
    }

    /**
     * Writes the inserts Hibernate has queued, so that rows added to {@link #pending()} after them are written after
     * them too (a person's role refers to an organization saved just before). Only valid inside {@link #call}.
     */
    void writeQueuedInserts(EntityManager entityManager) {
        if (entityManager.unwrap(SessionImplementor.class).getActionQueue().hasAnyQueuedActions()) {
            entityManager.flush();
        }
    }

    private static void keepLean(EntityManager entityManager) {
        if (entityManager.unwrap(Session.class).getStatistics().getEntityCount() > CONTEXT_LIMIT) {
            entityManager.flush();
            entityManager.clear();
        }
    }

    /**
     * Whether the thread's transaction already looked for this row and found none, and has not stored it since: a
     * second look would find nothing either, but for a row another transaction committed meanwhile, which this
     * transaction then does not see (as under repeatable read). Always false outside a transaction.
     */
    boolean knownAbsent(Class<?> type, Object id) {
        Transaction transaction = current.get();
        return transaction != null && transaction.absent.getOrDefault(type, Set.of()).contains(id);
    }

    /** Notes, for the thread's transaction, that a row was looked for and not found, or that it was stored. */
    void absent(Class<?> type, Object id, boolean absent) {
        Transaction transaction = current.get();
        if (transaction == null) {
            return;
        }
        if (absent) {
            transaction.absent.computeIfAbsent(type, key -> new HashSet<>()).add(id);
        } else {
            transaction.absent.getOrDefault(type, new HashSet<>()).remove(id);
        }
    }

    /** Runs {@code action} once the thread's transaction commits; at once when there is none. */
    public void afterCommit(Runnable action) {
        Transaction transaction = current.get();
        if (transaction == null) {
            action.run();
        } else {
            transaction.afterCommit.add(action);
        }
    }

    /**
     * The mentor-load versions this transaction relies on, by mentor: the first one it read, or the one its own
     * last write left. Only valid inside {@link #call}.
     */
    Map<String, Long> loadVersions() {
        Transaction transaction = current.get();
        if (transaction == null) {
            throw new IllegalStateException("no transaction");
        }
        return transaction.loadVersions;
    }

    public boolean inTransaction() {
        return current.get() != null;
    }

    private static void rollback(EntityTransaction transaction) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException e) {
            LOG.warn("rollback failed", e);
        }
    }

    static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof ConcurrentChangeException || failure instanceof StorageException
                || failure instanceof IllegalArgumentException) {
            return failure;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return new ConcurrentChangeException("the object was changed by someone else meanwhile; read it again",
                        failure);
            }
            if (cause instanceof ConcurrentChangeException concurrent) {
                return concurrent;
            }
            if (cause instanceof ConstraintViolationException violation && isConcurrency(violation)) {
                return new ConcurrentChangeException("another change got there first (constraint "
                        + violation.getConstraintName() + "); read again and retry", failure);
            }
        }
        if (failure instanceof PersistenceException || failure instanceof org.hibernate.HibernateException
                || hasSqlCause(failure)) {
            return new StorageException("the database refused the change: " + rootMessage(failure), failure);
        }
        return failure;
    }

    private static boolean isConcurrency(ConstraintViolationException violation) {
        String text = (violation.getConstraintName() + " " + violation.getMessage()).toLowerCase(Locale.ROOT);
        return CONCURRENCY_CONSTRAINTS.stream().anyMatch(text::contains);
    }

    private static boolean hasSqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
