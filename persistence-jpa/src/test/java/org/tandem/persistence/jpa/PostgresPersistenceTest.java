package org.tandem.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.tandem.core.mentorship.ConcurrentChangeException;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

/**
 * The contract on PostgreSQL at {@value #URL}, in a schema of its own dropped afterwards, plus the concurrency of
 * approvals, which needs a database that runs transactions in parallel. Without PostgreSQL the class is skipped,
 * except under CI ({@code CI=true}), where it fails.
 */
class PostgresPersistenceTest extends PersistenceContract {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    /** A curator retries an approval that lost to a concurrent one; more than the threads, so everyone finishes. */
    private static final int MAX_ATTEMPTS = 20;

    private final String schema = "tandem_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    private boolean created;

    private static PGSimpleDataSource dataSource(String currentSchema) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("postgres");
        dataSource.setConnectTimeout(5);
        if (currentSchema != null) {
            dataSource.setCurrentSchema(currentSchema);
        }
        return dataSource;
    }

    @Override
    TandemPersistence open() {
        requireReachable();
        created = true;
        return TandemPersistence.builder().dataSource(dataSource(null)).schema(schema).build();
    }

    private static void requireReachable() {
        try (Connection ignored = dataSource(null).getConnection()) {
            // reachable
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + URL + " as postgres (" + e.getMessage()
                    + "); start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message, e);
            }
            Assumptions.abort(message);
        }
    }

    @Override
    Connection jdbc() throws SQLException {
        return dataSource(schema).getConnection();
    }

    @Override
    void dropDatabase() throws SQLException {
        if (created) {
            try (Connection connection = dataSource(null).getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    @Test
    void upgradingADatabaseWithStoredEventsHandsOutNewEventIdsAfterThem() throws SQLException {
        requireReachable();
        String old = schema + "_v3";
        try {
            org.flywaydb.core.Flyway.configure(getClass().getClassLoader()).dataSource(dataSource(null))
                    .locations("classpath:org/tandem/persistence/jpa/migration").schemas(old).defaultSchema(old)
                    .createSchemas(true).target("3").load().migrate();
            try (Connection connection = dataSource(old).getConnection(); Statement statement = connection.createStatement()) {
                for (int i = 0; i < 3; i++) {
                    statement.executeUpdate("insert into audit_event (type, actor_id, occurred_at, subject, subject_id)"
                            + " values ('PERSON_REGISTERED', 'curator', current_timestamp, 'Person', 'p-1')");
                }
            }
            try (TandemPersistence upgraded = TandemPersistence.builder().dataSource(dataSource(null)).schema(old).build()) {
                for (int i = 0; i < 2; i++) {
                    upgraded.auditLog().publish(new org.tandem.core.shared.DomainEvent(
                            org.tandem.core.shared.EventType.QUESTIONNAIRE_RECORDED, PersonId.of("curator"),
                            java.time.Instant.parse("2024-10-01T10:00:00Z"), "Person", "p-1", java.util.Map.of()));
                }
                assertThat(upgraded.auditLog().of("Person", "p-1")).hasSize(5);
            }
            try (Connection connection = dataSource(old).getConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select count(distinct id), min(id), max(id) from audit_event")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(5);
                assertThat(rows.getLong(2)).isEqualTo(1);
                assertThat(rows.getLong(3)).isGreaterThan(3);
            }
        } finally {
            try (Connection connection = dataSource(null).getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + old + " cascade");
            }
        }
    }

    @Test
    void concurrentApprovalsNeverExceedTheMentorsCapacityAndEveryLoserLearnsWhy() {
        int rounds = 12;
        int threads = 6;
        int capacity = 2;
        World world = new World(persistence, prefix());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
                int approvedTotal = 0;
                int refusedTotal = 0;
                int conflictsTotal = 0;
                for (int round = 0; round < rounds; round++) {
                    PersonId mentor = world.mentor(capacity);
                    List<MentorshipId> proposals = new ArrayList<>();
                    for (int i = 0; i < threads; i++) {
                        proposals.add(World.ok(world.propose(mentor, world.mentee())).id());
                    }
                    ConcurrentHashMap<String, Integer> outcomes = new ConcurrentHashMap<>();
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<?>> done = new ArrayList<>();
                    for (MentorshipId proposal : proposals) {
                        done.add(pool.submit(() -> {
                            start.await();
                            for (int attempt = 1; ; attempt++) {
                                try {
                                    Result<Mentorship> result = persistence.inTransaction(() -> world.approve(proposal));
                                    outcomes.merge(result.isOk() ? "approved" : result.refusal().reason().name(), 1,
                                            Integer::sum);
                                    return null;
                                } catch (ConcurrentChangeException e) {
                                    outcomes.merge("conflict", 1, Integer::sum);
                                    if (attempt == MAX_ATTEMPTS) {
                                        outcomes.merge("gave up", 1, Integer::sum);
                                        return null;
                                    }
                                }
                            }
                        }));
                    }
                    start.countDown();
                    for (Future<?> future : done) {
                        future.get(60, TimeUnit.SECONDS);
                    }

                    int approved = outcomes.getOrDefault("approved", 0);
                    int refused = outcomes.getOrDefault(RefusalReason.CAPACITY_REACHED.name(), 0);
                    int conflicts = outcomes.getOrDefault("conflict", 0);
                    assertThat(outcomes.keySet()).as("round %d: only approvals, capacity refusals and conflicts", round)
                            .isSubsetOf("approved", RefusalReason.CAPACITY_REACHED.name(), "conflict");
                    assertThat(approved).as("round %d: %s", round, outcomes).isEqualTo(capacity);
                    assertThat(refused).as("round %d: %s", round, outcomes).isEqualTo(threads - capacity);
                    assertThat(approvedInDatabase(mentor)).as("approved memberships in the tables").isEqualTo(capacity);
                    assertThat(placesTaken(mentor)).as("places on the mentor's load row").isEqualTo(capacity);
                    approvedTotal += approved;
                    refusedTotal += refused;
                    conflictsTotal += conflicts;
                }
                org.slf4j.LoggerFactory.getLogger(PostgresPersistenceTest.class).info(
                        "{} proposals: {} approved, {} refused for capacity, {} concurrent changes retried",
                        rounds * threads, approvedTotal, refusedTotal, conflictsTotal);
            });
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoInstancesOnOneDatabaseWritingEventsAtOnceNeverShareAnIdAcrossTheirBlocks() throws Exception {
        requireReachable();
        // two portal nodes on one database, each past its first block of ids (blocks hold at least 10,000)
        int perTransaction = 4_000;
        int transactions = 4;
        String subject = "IdBlocksRace";
        try (TandemPersistence other = TandemPersistence.builder().dataSource(dataSource(null)).schema(schema).build()) {
            ExecutorService threads = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (TandemPersistence node : List.of(persistence, other)) {
                writers.add(threads.submit(() -> {
                    start.await();
                    for (int t = 0; t < transactions; t++) {
                        int round = t;
                        node.inTransaction(() -> {
                            for (int k = 0; k < perTransaction; k++) {
                                node.auditLog().publish(new org.tandem.core.shared.DomainEvent(
                                        org.tandem.core.shared.EventType.QUESTIONNAIRE_RECORDED, PersonId.of("curator"),
                                        java.time.Instant.parse("2024-10-01T10:00:00Z"), subject,
                                        "node-" + System.identityHashCode(node) + "-" + round,
                                        java.util.Map.of("k", String.valueOf(k))));
                            }
                        });
                        // and one outside a transaction between them
                        node.auditLog().publish(new org.tandem.core.shared.DomainEvent(
                                org.tandem.core.shared.EventType.QUESTIONNAIRE_RECORDED, PersonId.of("curator"),
                                java.time.Instant.parse("2024-10-01T10:00:00Z"), subject, "single", java.util.Map.of()));
                    }
                    return null;
                }));
            }
            try {
                start.countDown();
                assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                    for (Future<?> writer : writers) {
                        writer.get();
                    }
                });
            } finally {
                threads.shutdownNow();
            }
        }
        try (Connection connection = jdbc(); PreparedStatement select = connection.prepareStatement(
                "select count(*), count(distinct id) from audit_event where subject = ?")) {
            select.setString(1, subject);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                int expected = 2 * transactions * (perTransaction + 1);
                assertThat(rows.getInt(1)).as("events stored").isEqualTo(expected);
                assertThat(rows.getInt(2)).as("distinct ids").isEqualTo(expected);
            }
        }
    }

    @Test
    void bulkReadsShareTheirThreadsAndClosingTheStorageEndsThem() throws Exception {
        requireReachable();
        java.util.function.Supplier<java.util.Set<Thread>> readers = () -> Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("tandem-people-reader-"))
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<Thread> before = readers.get();
        TandemPersistence other = TandemPersistence.builder().dataSource(dataSource(null)).schema(schema).build();
        java.util.Set<Thread> seen = new java.util.HashSet<>();
        try {
            Setting s = setting(prefix());
            for (int i = 0; i < 5; i++) {
                java.util.Map<org.tandem.core.shared.OrganizationId, List<org.tandem.core.people.Person>> bases =
                        other.people().withRole(org.tandem.core.people.Role.MENTEE, List.of(s.school(), s.partner()));
                assertThat(bases.get(s.school())).extracting(org.tandem.core.people.Person::id)
                        .containsExactly(s.mentee(), s.otherMentee());
                java.util.Set<Thread> now = readers.get();
                now.removeAll(before);
                seen.addAll(now);
            }
        } finally {
            other.close();
        }
        assertThat(seen).as("the reads' threads, all calls together").isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThatThrownBy(() -> other.people().withRole(org.tandem.core.people.Role.MENTEE,
                List.of(org.tandem.core.shared.OrganizationId.of("x")))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("storage is closed");
        for (Thread thread : seen) {
            thread.join(5_000);
            assertThat(thread.isAlive()).as(thread.getName() + " after close").isFalse();
        }
    }

    @Test
    void anApprovalThatReadTheMentorsLoadBeforeAnotherCommittedLosesWithAConcurrentChange() throws Exception {
        World world = new World(persistence, prefix());
        PersonId mentor = world.mentor(1);
        MentorshipId first = World.ok(world.propose(mentor, world.mentee())).id();
        MentorshipId second = World.ok(world.propose(mentor, world.mentee())).id();
        CountDownLatch firstSaved = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Result<Mentorship>> winner = pool.submit(() -> persistence.inTransaction(() -> {
                Result<Mentorship> result = world.approve(first);
                firstSaved.countDown();
                await(commitFirst);
                return result;
            }));
            assertThat(firstSaved.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Result<Mentorship>> loser = pool.submit(() -> persistence.inTransaction(() -> world.approve(second)));
            awaitABackendWaitingForALock();
            commitFirst.countDown();

            assertThat(winner.get(30, TimeUnit.SECONDS).isOk()).isTrue();
            assertThatThrownBy(() -> loser.get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ConcurrentChangeException.class);
            assertThat(approvedInDatabase(mentor)).isEqualTo(1);
            assertThat(placesTaken(mentor)).isEqualTo(1);
            assertThat(persistence.auditLog().of("Mentorship", second.value())).extracting(e -> e.type().name())
                    .containsExactly("MENTORSHIP_PROPOSED");

            Result<Mentorship> retried = persistence.inTransaction(() -> world.approve(second));
            assertThat(retried.isOk()).isFalse();
            assertThat(retried.refusal().reason()).isEqualTo(RefusalReason.CAPACITY_REACHED);
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls PostgreSQL until the second approval is blocked on the first one's row lock of the mentor's load. */
    private void awaitABackendWaitingForALock() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection connection = jdbc(); PreparedStatement statement = connection.prepareStatement(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%mentor_load%'")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the second approval never waited for the first one's lock");
    }

    /** Approved or active memberships of the mentor's mentorships, counted in the tables themselves. */
    private int approvedInDatabase(PersonId mentor) throws SQLException {
        try (Connection connection = jdbc();
             PreparedStatement statement = connection.prepareStatement("""
                     select count(*) from mentorship m join mentorship_membership ms on ms.mentorship_id = m.id
                     where m.mentor_id = ? and m.status in ('APPROVED', 'ACTIVE') and ms.left_on is null""")) {
            statement.setString(1, mentor.value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
