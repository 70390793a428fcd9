package org.tandem.core.roadmap.importing;

import java.util.Objects;
import org.tandem.core.shared.LocalizedText;

/**
 * Something the importer could not take in as it stands, or had to interpret.
 *
 * @param line     1-based line of the source; 0 when the finding concerns the whole file
 * @param rawText  the source text concerned, as it was in the file (or the cell concerned)
 * @param kind     what happened
 * @param reason   the explanation for users
 */
public record ImportFinding(int line, String rawText, Kind kind, LocalizedText reason) {

    public ImportFinding {
        if (line < 0) {
            // the importer numbers the lines it reads: a negative one is its bug
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether something was lost or not understood, as opposed to a notice about an interpretation. */
    public boolean isProblem() {
        return kind.problem;
    }

    /** What a finding is about. */
    public enum Kind {
        /** No row names the table's columns; nothing was imported. */
        NO_HEADER(true),
        /** A header names a column the importer does not know; its cells are not imported. */
        UNKNOWN_COLUMN(true),
        /** A line that is neither a section, an activity nor a continuation; not imported. */
        STRAY_LINE(true),
        /** A continuation row with no activity before it to continue; not imported. */
        ORPHAN_CONTINUATION(true),
        /** A deadline cell that could not be read. */
        UNPARSED_DEADLINE(true),
        /** A row with more cells than the header; the surplus is not imported. */
        EXTRA_CELLS(true),
        /** A row with fewer cells than the header; its last cell was taken as the header's last column. */
        SHORT_ROW(false),
        /** A row split by a page break was joined to the row above. */
        PAGE_BREAK_JOINED(false),
        /** The roadmap's period is not stated in the title. */
        PERIOD_NOT_FOUND(false);

        private final boolean problem;

        Kind(boolean problem) {
            this.problem = problem;
        }
    }
}
