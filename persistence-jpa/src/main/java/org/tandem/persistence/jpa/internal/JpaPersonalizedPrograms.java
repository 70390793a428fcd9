package org.tandem.persistence.jpa.internal;

import java.util.Objects;
import java.util.Optional;

import org.tandem.core.mentorship.PersonalizedProgram;
import org.tandem.core.mentorship.PersonalizedPrograms;
import org.tandem.core.shared.MentorshipId;

/**
 * Personalized programs with their goals, tasks and expected results. At most one per mentorship, as the unique
 * constraint on {@code mentorship_id} insists: a second program for a mentorship is a
 * {@link org.tandem.persistence.jpa.StorageException}.
 */
public final class JpaPersonalizedPrograms implements PersonalizedPrograms {

    private final UnitOfWork work;

    public JpaPersonalizedPrograms(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    @Override
    public void save(PersonalizedProgram program) {
        Objects.requireNonNull(program, "program");
        work.call(em -> {
            PersonalizedProgramEntity entity = em.find(PersonalizedProgramEntity.class, program.id().value());
            if (entity == null) {
                entity = new PersonalizedProgramEntity(program.id().value());
                entity.update(program);
                em.persist(entity);
            } else {
                if (!entity.mentorshipId.equals(program.mentorship().value())) {
                    throw new IllegalArgumentException("personalized program " + program.id()
                            + " belongs to mentorship " + entity.mentorshipId + ", not " + program.mentorship());
                }
                entity.update(program);
            }
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<PersonalizedProgram> ofMentorship(MentorshipId mentorship) {
        Objects.requireNonNull(mentorship, "mentorship");
        return work.call(em -> em.createQuery(
                        "select p from PersonalizedProgramEntity p where p.mentorshipId = :mentorship",
                        PersonalizedProgramEntity.class)
                .setParameter("mentorship", mentorship.value())
                .getResultStream().findFirst().map(PersonalizedProgramEntity::toDomain));
    }
}
