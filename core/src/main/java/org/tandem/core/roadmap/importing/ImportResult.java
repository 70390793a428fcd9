package org.tandem.core.roadmap.importing;

import java.util.List;
import java.util.Objects;
import org.tandem.core.roadmap.Roadmap;

/**
 * What an import produced: the roadmap as far as it was understood and everything that was
 * not, or was interpreted, with line numbers.
 *
 * @param roadmap  the imported roadmap
 * @param findings findings in source order
 */
public record ImportResult(Roadmap roadmap, List<ImportFinding> findings) {

    public ImportResult {
        Objects.requireNonNull(roadmap, "roadmap");
        findings = List.copyOf(findings);
    }

    /** Findings of one kind. */
    public List<ImportFinding> findings(ImportFinding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** Whether anything was lost or not understood. */
    public boolean hasProblems() {
        return findings.stream().anyMatch(ImportFinding::isProblem);
    }
}
