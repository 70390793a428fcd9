package org.tandem.core.questionnaire;

import org.tandem.core.shared.LocalizedText;

/** The file cannot be read at all; becomes a problem of the whole file. */
final class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final transient LocalizedText reason;

    UnreadableFileException(int line, LocalizedText reason, Throwable cause) {
        super(reason.en(), cause);
        this.line = line;
        this.reason = reason;
    }

    RowProblem problem() {
        return new RowProblem(line, "", reason);
    }
}
