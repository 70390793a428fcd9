package org.tandem.persistence.jpa.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.WeakHashMap;

import jakarta.persistence.EntityManager;

import org.tandem.core.mentorship.ConcurrentChangeException;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;

/**
 * Mentorships with their memberships, meetings and feedback.
 *
 * <p>Optimistic locking: a save succeeds only if the row still has the version the saved object was read with
 * (or, for an object this repository saved before, the version that save left); otherwise
 * {@link ConcurrentChangeException}. Core's {@link Mentorship} cannot learn its new version, so the repository
 * remembers it per object, weakly. A save that makes the mentor take more places also passes the
 * {@link MentorLoadGuard}, which keeps concurrent approvals of one mentor within his capacity.
 */
public final class JpaMentorships implements Mentorships {

    /** What a mentorship object was read or last saved with. */
    private record Seen(long version, long loadVersion) {
    }

    private final UnitOfWork work;
    private final MentorLoadGuard guard;
    private final Map<Mentorship, Seen> seen = Collections.synchronizedMap(new WeakHashMap<>());

    public JpaMentorships(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
        this.guard = new MentorLoadGuard(work);
    }

    @Override
    public void save(Mentorship mentorship) {
        Objects.requireNonNull(mentorship, "mentorship");
        work.call(em -> {
            Seen before = seen.get(mentorship);
            long expected = before != null ? before.version() : mentorship.version();
            String id = mentorship.id().value();
            MentorshipEntity entity = em.find(MentorshipEntity.class, id);
            int placesBefore;
            long version;
            if (entity == null) {
                placesBefore = 0;
                version = 0;
            } else {
                if (!entity.mentorId.equals(mentorship.mentor().value())
                        || !entity.programId.equals(mentorship.program().value())) {
                    throw new IllegalArgumentException("mentorship " + id + " is stored with another mentor or program");
                }
                int updated = em.createQuery("""
                                update MentorshipEntity m set m.version = m.version + 1
                                where m.id = :id and m.version = :expected""")
                        .setParameter("id", id)
                        .setParameter("expected", expected)
                        .executeUpdate();
                if (updated != 1) {
                    throw new ConcurrentChangeException("mentorship " + id + " was changed by someone else since version "
                            + expected + "; read it again");
                }
                placesBefore = entity.placesTaken;
                version = expected + 1;
                entity.version = version;
            }
            String mentor = mentorship.mentor().value();
            int change = mentorship.load() - placesBefore;
            long loadVersion;
            if (change > 0) {
                loadVersion = guard.take(em, mentor, change,
                        before == null ? OptionalLong.empty() : OptionalLong.of(before.loadVersion()));
            } else if (change < 0) {
                loadVersion = guard.release(em, mentor, -change);
            } else {
                loadVersion = before != null ? before.loadVersion() : guard.noteRead(em, List.of(mentor)).get(mentor);
            }
            if (entity == null) {
                entity = new MentorshipEntity(id);
                entity.version = 0;
                entity.update(mentorship);
                em.persist(entity);
            } else {
                entity.update(mentorship);
            }
            em.flush();
            Seen after = new Seen(version, loadVersion);
            work.afterCommit(() -> seen.put(mentorship, after));
            return null;
        });
    }

    @Override
    public Optional<Mentorship> find(MentorshipId id) {
        Objects.requireNonNull(id, "id");
        return work.call(em -> Optional.ofNullable(em.find(MentorshipEntity.class, id.value()))
                .map(entity -> materialize(em, List.of(entity)).get(0)));
    }

    @Override
    public List<Mentorship> ofProgram(ProgramId program) {
        Objects.requireNonNull(program, "program");
        return work.call(em -> materialize(em, em.createQuery(
                        "select m from MentorshipEntity m where m.programId = :program order by m.id",
                        MentorshipEntity.class)
                .setParameter("program", program.value())
                .getResultList()));
    }

    @Override
    public List<Mentorship> ofMentor(PersonId mentor) {
        Objects.requireNonNull(mentor, "mentor");
        return work.call(em -> {
            guard.noteRead(em, List.of(mentor.value()));
            return materialize(em, em.createQuery(
                            "select m from MentorshipEntity m where m.mentorId = :mentor order by m.id",
                            MentorshipEntity.class)
                    .setParameter("mentor", mentor.value())
                    .getResultList());
        });
    }

    @Override
    public List<Mentorship> ofMentee(PersonId mentee) {
        Objects.requireNonNull(mentee, "mentee");
        return work.call(em -> materialize(em, em.createQuery("""
                        select m from MentorshipEntity m
                        where exists (select 1 from MentorshipEntity o join o.memberships ms
                                      where o = m and ms.menteeId = :mentee)
                        order by m.id""", MentorshipEntity.class)
                .setParameter("mentee", mentee.value())
                .getResultList()));
    }

    /**
     * Rebuilds the mentorships and notes their mentors' load versions. {@link #ofMentor}, the read capacity rests
     * on, notes the version before it reads the mentorships, so that a version can only be older than what the
     * decision saw and a change in between is never missed.
     */
    private List<Mentorship> materialize(EntityManager em, List<MentorshipEntity> entities) {
        Map<String, Long> loadVersions = guard.noteRead(em, entities.stream().map(e -> e.mentorId).toList());
        return entities.stream().map(entity -> {
            Mentorship mentorship = entity.toDomain();
            seen.put(mentorship, new Seen(entity.version, loadVersions.get(entity.mentorId)));
            return mentorship;
        }).toList();
    }
}
