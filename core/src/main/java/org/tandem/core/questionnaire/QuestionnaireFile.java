package org.tandem.core.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A file to import.
 *
 * @param name    the file name as uploaded; its extension tells CSV from XLSX
 * @param content the bytes
 * @param format  the format, when not to be told from the name
 * @param charset the encoding of a CSV file, when not to be detected (UTF-8 with or without BOM, else Windows-1251)
 */
public record QuestionnaireFile(String name, byte[] content, Optional<FileFormat> format, Optional<Charset> charset) {

    public QuestionnaireFile {
        Objects.requireNonNull(name, "name");
        content = Objects.requireNonNull(content, "content").clone();
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
    }

    public static QuestionnaireFile of(String name, byte[] content) {
        return new QuestionnaireFile(name, content, Optional.empty(), Optional.empty());
    }

    /** Reads the whole stream; the caller closes it. */
    public static QuestionnaireFile of(String name, InputStream content) {
        try {
            return of(name, content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    public QuestionnaireFile withCharset(Charset explicit) {
        return new QuestionnaireFile(name, content, format, Optional.of(explicit));
    }

    public QuestionnaireFile withFormat(FileFormat explicit) {
        return new QuestionnaireFile(name, content, Optional.of(explicit), charset);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    FileFormat resolvedFormat() {
        return format.orElseGet(() -> FileFormat.detect(name, content));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuestionnaireFile file && name.equals(file.name) && Arrays.equals(content, file.content)
                && format.equals(file.format) && charset.equals(file.charset);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(content), format, charset);
    }

    @Override
    public String toString() {
        return "QuestionnaireFile[" + name + ", " + content.length + " bytes]";
    }
}
