package org.tandem.core.roadmap.json;

/**
 * A JSON text that is not a valid roadmap document. The message names the place ({@link #path()}, e.g.
 * {@code sections[1].activities[0].deadline.parsed.month}) and what is wrong there.
 */
public final class RoadmapJsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;

    RoadmapJsonException(String path, String problem, Throwable cause) {
        super("Invalid roadmap JSON" + (path.isEmpty() ? "" : " at " + path) + ": " + problem, cause);
        this.path = path;
    }

    RoadmapJsonException(String path, String problem) {
        this(path, problem, null);
    }

    /** Where in the document the problem is, as {@code field[index].field}; empty for the document as a whole. */
    public String path() {
        return path;
    }
}
