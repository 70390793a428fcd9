package org.tandem.core.questionnaire;

import java.util.Objects;

import org.tandem.core.shared.LocalizedText;

/**
 * What is wrong with one row of an imported file.
 *
 * @param line   the physical line where the row starts in a CSV file (a multi-line quoted answer counts all its
 *               lines), or the row number in an XLSX sheet; 1 is the header line
 * @param column the column header as the file spells it; empty for a problem of the whole row or file
 * @param reason what is wrong, in Russian and English
 */
public record RowProblem(int line, String column, LocalizedText reason) {

    public RowProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    static RowProblem of(int line, String column, String ru, String en) {
        return new RowProblem(line, column, LocalizedText.of(ru, en));
    }
}
