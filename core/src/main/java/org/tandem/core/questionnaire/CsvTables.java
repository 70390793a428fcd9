package org.tandem.core.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tandem.core.shared.LocalizedText;

/**
 * Reads CSV exports of online forms: UTF-8 with or without BOM or Windows-1251 (detected, or as told), {@code ;}
 * or {@code ,} (whichever the header line uses outside quotes), quoted answers over several lines.
 */
final class CsvTables {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final char BOM = '\uFEFF';

    private CsvTables() {
    }

    static SourceTable read(byte[] content, Optional<Charset> charset) throws UnreadableFileException {
        String text = decode(content, charset);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false)
                .get();
        Lines lines = new Lines(text);
        List<String> headers = null;
        int headerLine = 1;
        List<SourceTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                int line = lines.lineAt((int) record.getCharacterPosition());
                List<String> cells = record.toList();
                if (headers == null) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    headers = cells.stream().map(h -> h.replace(String.valueOf(BOM), "").strip()).toList();
                    headerLine = line;
                } else {
                    SourceTable.Row row = new SourceTable.Row(line, cells);
                    if (!row.isBlank()) {
                        rows.add(row);
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException(lines.lineAt(text.length()), LocalizedText.of(
                    "Файл CSV не читается (незакрытые кавычки?): " + e.getMessage(),
                    "The CSV file cannot be read (an unclosed quote?): " + e.getMessage()), e);
        }
        if (headers == null) {
            throw new UnreadableFileException(1, LocalizedText.of("В файле нет строки заголовков.",
                    "The file has no header line."), null);
        }
        return new SourceTable(headerLine, headers, rows);
    }

    /** The explicit charset, else UTF-8 when the bytes decode as UTF-8, else Windows-1251. */
    static String decode(byte[] content, Optional<Charset> charset) {
        if (charset.isPresent()) {
            return new String(content, charset.get());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1251);
        }
    }

    /** {@code ;}, {@code ,} or tab: whichever occurs most often outside quotes in the first line; {@code ,} by default. */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Physical line numbers of character positions, counting CR LF, LF and a lone CR as one line end each. */
    private static final class Lines {
        private final String text;
        private int position;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        /** The line of the first character at or after {@code start} that is not a line end; positions only grow. */
        int lineAt(int start) {
            int target = start;
            while (target < text.length() && (text.charAt(target) == '\n' || text.charAt(target) == '\r')) {
                target++;
            }
            if (target < position) {
                position = 0;
                line = 1;
            }
            for (; position < target && position < text.length(); position++) {
                char c = text.charAt(position);
                if (c == '\n' || (c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n'))) {
                    line++;
                }
            }
            return line;
        }
    }
}
