package org.tandem.persistence.jpa.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.tandem.core.program.MentoringProgram;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.ProgramId;

/** Mentoring programs in {@code program} and its child tables. */
public final class JpaPrograms implements Programs {

    private final UnitOfWork work;

    public JpaPrograms(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    @Override
    public void save(MentoringProgram program) {
        Objects.requireNonNull(program, "program");
        work.call(em -> {
            ProgramEntity entity = em.find(ProgramEntity.class, program.id().value());
            if (entity == null) {
                entity = new ProgramEntity(program.id().value());
                entity.update(program);
                em.persist(entity);
            } else {
                entity.update(program);
            }
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<MentoringProgram> find(ProgramId id) {
        Objects.requireNonNull(id, "id");
        return work.call(em -> Optional.ofNullable(em.find(ProgramEntity.class, id.value())).map(ProgramEntity::toDomain));
    }

    @Override
    public List<MentoringProgram> ofOrganization(OrganizationId organization) {
        Objects.requireNonNull(organization, "organization");
        return work.call(em -> em.createQuery(
                        "select p from ProgramEntity p where p.organizationId = :organization order by p.id",
                        ProgramEntity.class)
                .setParameter("organization", organization.value())
                .getResultList().stream().map(ProgramEntity::toDomain).toList());
    }
}
