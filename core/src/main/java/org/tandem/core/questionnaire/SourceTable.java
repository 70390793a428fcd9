package org.tandem.core.questionnaire;

import java.util.List;

/** A file read into rows of text cells, before any meaning is given to them. */
record SourceTable(int headerLine, List<String> headers, List<Row> rows) {

    SourceTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One data row and the line (CSV) or row number (XLSX) where it starts. */
    record Row(int line, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }

        String cell(int index) {
            return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }
}
