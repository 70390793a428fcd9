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
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    public UnitOfWork(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    private static final class Transaction {
        final EntityManager entityManager;
        final List<Runnable> afterCommit = new ArrayList<>();
        final Map<String, Long> loadVersions = new HashMap<>();
        final Map<Class<?>, Set<Object>> absent = new HashMap<>();
        int depth;

        Transaction(EntityManager entityManager) {
            this.entityManager = entityManager;
        }
    }

    /** Runs {@code work} in the thread's transaction, or in a new one committed when {@code work} returns. */
    public <T> T call(Function<EntityManager, T> work) {
        Transaction joined = current.get();
        if (joined != null) {
            joined.depth++;
            try {
                T result = work.apply(joined.entityManager);
                if (joined.depth == 1) {
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
        Transaction transaction = new Transaction(entityManager);
        current.set(transaction);
        EntityTransaction jpa = entityManager.getTransaction();
        try {
            jpa.begin();
            T result = work.apply(entityManager);
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
