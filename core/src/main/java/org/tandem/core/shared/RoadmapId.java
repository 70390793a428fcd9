package org.tandem.core.shared;

/** Identity of a stored roadmap as a host sees it: any non-blank text, stable for the roadmap's life. */
public record RoadmapId(String value) {

    public RoadmapId {
        value = Ids.require(value, "RoadmapId", "дорожной карты");
    }

    public static RoadmapId of(String value) {
        return new RoadmapId(value);
    }

    /** A new random identity. */
    public static RoadmapId fresh() {
        return new RoadmapId(Ids.fresh());
    }

    @Override
    public String toString() {
        return value;
    }
}
