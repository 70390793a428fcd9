package org.tandem.core.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.tandem.core.program.MentoringProgram;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.ProgramId;

/** Programs kept in memory, for tests and examples. */
public final class InMemoryPrograms implements Programs {

    private final Map<ProgramId, MentoringProgram> programs = new ConcurrentHashMap<>();

    @Override
    public void save(MentoringProgram program) {
        programs.put(program.id(), program);
    }

    @Override
    public Optional<MentoringProgram> find(ProgramId id) {
        return Optional.ofNullable(programs.get(id));
    }

    @Override
    public List<MentoringProgram> ofOrganization(OrganizationId organization) {
        return programs.values().stream().filter(p -> p.organization().equals(organization))
                .sorted(Comparator.comparing(p -> p.id().value())).toList();
    }
}
