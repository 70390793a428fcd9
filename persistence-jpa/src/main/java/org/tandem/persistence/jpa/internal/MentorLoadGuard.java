package org.tandem.persistence.jpa.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.mentorship.ConcurrentChangeException;

/**
 * Keeps concurrent approvals within a mentor's capacity.
 *
 * <p>Core decides capacity from what it read: {@code PairingRules} sums the load of {@code Mentorships.ofMentor}
 * and refuses with {@code CAPACITY_REACHED} when there is no room. Two curators approving two different
 * mentorships of one mentor at once would both read the same free place; each mentorship's own version cannot see
 * the other. So every mentor has one {@code mentor_load} row: the places his approved and active mentorships take,
 * and a version. Whoever reads a mentor's mentorships notes that version (the first one read in the transaction,
 * and for each mentorship object the one current when it was read). A save that makes the mentor take more places
 * runs {@code update mentor_load set places_taken = places_taken + n, version = version + 1 where mentor_id = ?
 * and version = <noted>} before anything else of the mentorship is written. If another approval of the same
 * mentor committed in between, no row matches and the save fails with {@link ConcurrentChangeException}; the
 * transaction rolls back whole (the mentorship, its memberships and the audit event), and the loser reads again,
 * now seeing the place taken. On PostgreSQL the second update waits for the first transaction's row lock, so the
 * check cannot race. Saves that free places advance the version without a check: freeing never breaks capacity,
 * and a concurrent approval that read the old version will simply retry.
 *
 * <p>The guard checks that nothing changed between the read and the save; it does not check capacity itself,
 * which stays core's rule. A caller that reads in one transaction and saves in another is protected as long as it
 * saves the very object it read; a use case's reads and its save in one {@code inTransaction} are always.
 */
final class MentorLoadGuard {

    private static final Logger LOG = LoggerFactory.getLogger(MentorLoadGuard.class);

    private final UnitOfWork work;

    MentorLoadGuard(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** Notes the current load versions of these mentors; returns them, 0 for a mentor with no row yet. */
    Map<String, Long> noteRead(EntityManager em, List<String> mentorIds) {
        Map<String, Long> seen = work.loadVersions();
        List<String> unseen = mentorIds.stream().distinct().filter(id -> !seen.containsKey(id)).toList();
        if (!unseen.isEmpty()) {
            Map<String, Long> current = new java.util.HashMap<>();
            em.createQuery("select l.mentorId, l.version from MentorLoadEntity l where l.mentorId in :ids",
                            Object[].class)
                    .setParameter("ids", unseen)
                    .getResultList()
                    .forEach(row -> current.put((String) row[0], (Long) row[1]));
            unseen.forEach(id -> seen.put(id, current.getOrDefault(id, 0L)));
        }
        return seen;
    }

    /**
     * Takes {@code places} more places of {@code mentorId}, provided the load is still at the version this
     * transaction read, or else {@code readWith}; returns the new version.
     */
    long take(EntityManager em, String mentorId, int places, OptionalLong readWith) {
        Map<String, Long> seen = work.loadVersions();
        OptionalLong current = currentVersion(em, mentorId);
        long expected = seen.containsKey(mentorId) ? seen.get(mentorId)
                : readWith.orElse(current.orElse(0L));
        if (current.isEmpty()) {
            if (expected != 0L) {
                throw conflict(mentorId);
            }
            em.createNativeQuery("insert into {h-schema}mentor_load (mentor_id, places_taken, version) values (?1, 0, 0)")
                    .setParameter(1, mentorId)
                    .executeUpdate();
        }
        int updated = em.createQuery("""
                        update MentorLoadEntity l set l.placesTaken = l.placesTaken + :places, l.version = l.version + 1
                        where l.mentorId = :mentor and l.version = :expected""")
                .setParameter("places", places)
                .setParameter("mentor", mentorId)
                .setParameter("expected", expected)
                .executeUpdate();
        if (updated != 1) {
            throw conflict(mentorId);
        }
        seen.put(mentorId, expected + 1);
        return expected + 1;
    }

    /** Frees {@code places} places of {@code mentorId}; returns the new version. */
    long release(EntityManager em, String mentorId, int places) {
        int updated = em.createQuery("""
                        update MentorLoadEntity l set l.placesTaken = l.placesTaken - :places, l.version = l.version + 1
                        where l.mentorId = :mentor""")
                .setParameter("places", places)
                .setParameter("mentor", mentorId)
                .executeUpdate();
        if (updated != 1) {
            LOG.warn("mentor {} frees {} places but has no load row; the load was not stored by this module",
                    mentorId, places);
            return 0L;
        }
        long version = currentVersion(em, mentorId).orElseThrow();
        work.loadVersions().put(mentorId, version);
        return version;
    }

    private static OptionalLong currentVersion(EntityManager em, String mentorId) {
        List<Long> versions = em.createQuery("select l.version from MentorLoadEntity l where l.mentorId = :mentor",
                        Long.class)
                .setParameter("mentor", mentorId)
                .getResultList();
        return versions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(versions.get(0));
    }

    private static ConcurrentChangeException conflict(String mentorId) {
        return new ConcurrentChangeException("mentor " + mentorId
                + " took or freed places since his mentorships were read; read them again and retry");
    }
}
