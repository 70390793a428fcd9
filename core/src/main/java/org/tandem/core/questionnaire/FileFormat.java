package org.tandem.core.questionnaire;

import java.util.Locale;

/** The formats questionnaires arrive in. */
public enum FileFormat {
    CSV, XLSX;

    /** From the file name's extension; an unknown extension is told by the content (a zip is XLSX). */
    static FileFormat detect(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return CSV;
        }
        return content.length > 1 && content[0] == 'P' && content[1] == 'K' ? XLSX : CSV;
    }
}
