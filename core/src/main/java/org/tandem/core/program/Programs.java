package org.tandem.core.program;

import java.util.List;
import java.util.Optional;

import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.ProgramId;

/** The mentoring programs of all organizations. */
public interface Programs {

    void save(MentoringProgram program);

    Optional<MentoringProgram> find(ProgramId id);

    /** The program, or a {@link DomainRuleException} naming the unknown identity. */
    default MentoringProgram require(ProgramId id) {
        return find(id).orElseThrow(() -> new DomainRuleException("Программа наставничества «" + id
                + "» не найдена.", "unknown mentoring program " + id));
    }

    List<MentoringProgram> ofOrganization(OrganizationId organization);
}
