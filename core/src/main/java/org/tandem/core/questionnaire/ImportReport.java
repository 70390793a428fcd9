package org.tandem.core.questionnaire;

import java.util.List;

/**
 * The outcome of importing one file. A report with problems means nothing was saved: fix the file and import it
 * again.
 *
 * @param created   people enrolled with their consent and questionnaire
 * @param updated   people already in the base whose questionnaire changed
 * @param unchanged people already in the base whose questionnaire is the same
 * @param problems  every problem found, in the order of the file
 */
public record ImportReport(int created, int updated, int unchanged, List<RowProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    static ImportReport rejected(List<RowProblem> problems) {
        return new ImportReport(0, 0, 0, problems);
    }

    /** Whether the file was imported: no problems. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
