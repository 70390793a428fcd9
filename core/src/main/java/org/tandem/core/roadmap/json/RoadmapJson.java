package org.tandem.core.roadmap.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.tandem.core.roadmap.Roadmap;

/**
 * Writes a {@link Roadmap} as JSON and reads it back without loss: {@code read(write(r)).equals(r)}. Deadlines
 * are stored both as written ({@code deadlineText}) and as understood ({@code deadline.parsed}, one object per
 * kind, or {@code deadline.unparsed} with the reason), so a reader needs no parser and a roadmap built by hand
 * survives the trip even where its deadline is not what the parser would make of the text.
 *
 * <p>The document starts with {@code "format": "tandem-roadmap", "version": 2}; documents of
 * version 1 are still read (their responsible parties are plain names, typed on reading as the importer types a
 * single responsible column). Unknown fields are refused
 * rather than ignored, so that a misspelt field is noticed. Every problem is a {@link RoadmapJsonException}
 * naming the path and what is wrong. Stateless and thread-safe.
 */
public final class RoadmapJson {

    /** The value of the document's {@code format} field. */
    public static final String FORMAT = "tandem-roadmap";
    /**
     * The document version this class writes. Version 2 types each responsible party
     * ({@code {"level": "ORGANIZATION", "kind": "ROLE", "name": "Руководители ОУ"}}); version 1 gave names only.
     */
    public static final int VERSION = 2;
    /** The oldest document version this class still reads: version 1, whose parties are plain names. */
    public static final int OLDEST_READABLE_VERSION = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Empty kinds ("on-demand") are written as just their "kind".
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // The caller opened the stream, the caller closes it.
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();
    private static final ObjectWriter WRITER = MAPPER.writerFor(Dto.RoadmapDoc.class);
    private static final ObjectReader READER = MAPPER.readerFor(Dto.RoadmapDoc.class);

    private RoadmapJson() {
    }

    /** The roadmap as a JSON document. */
    public static String write(Roadmap roadmap) {
        Objects.requireNonNull(roadmap, "roadmap");
        try {
            return WRITER.writeValueAsString(ToDto.roadmap(roadmap));
        } catch (JsonProcessingException e) {
            // Only our own records are serialized; failing here is a bug in this package, not bad input.
            throw new IllegalStateException("could not write roadmap as JSON", e);
        }
    }

    /** Writes the roadmap as UTF-8 JSON to {@code out}, which stays open. */
    public static void write(Roadmap roadmap, OutputStream out) throws IOException {
        Objects.requireNonNull(roadmap, "roadmap");
        Objects.requireNonNull(out, "out");
        WRITER.writeValue(out, ToDto.roadmap(roadmap));
    }

    /**
     * The roadmap a JSON document describes.
     *
     * @throws RoadmapJsonException if the text is not JSON or not a valid roadmap document
     */
    public static Roadmap read(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return FromDto.roadmap(READER.readValue(json));
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
    }

    /**
     * The roadmap a UTF-8 JSON document in {@code in} describes; the stream stays open.
     *
     * @throws RoadmapJsonException if the content is not JSON or not a valid roadmap document
     * @throws IOException          if reading fails
     */
    public static Roadmap read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        try {
            return FromDto.roadmap(READER.readValue(in));
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
    }

    private static RoadmapJsonException translate(JsonProcessingException e) {
        String location = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        String problem = e.getOriginalMessage() + location;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new RoadmapJsonException(path(mapping), problem, e);
        }
        return new RoadmapJsonException("", problem, e);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
