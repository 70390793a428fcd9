package org.tandem.core.program;

import java.util.List;
import java.util.Optional;

import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.ProgramId;

/** The mentoring programs of all organizations. */
public interface Programs {

    void save(MentoringProgram program);

    Optional<MentoringProgram> find(ProgramId id);

    /** The program, or an {@link IllegalArgumentException} naming the unknown identity. */
    default MentoringProgram require(ProgramId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown mentoring program " + id));
    }

    List<MentoringProgram> ofOrganization(OrganizationId organization);
}
