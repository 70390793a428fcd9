package org.tandem.core.shared;

/** Identity of a mentorship as a host sees it: any non-blank text, stable for the object's life. */
public record MentorshipId(String value) {

    public MentorshipId {
        value = Ids.require(value, "MentorshipId", "пары или группы");
    }

    public static MentorshipId of(String value) {
        return new MentorshipId(value);
    }

    /** A new random identity. */
    public static MentorshipId fresh() {
        return new MentorshipId(Ids.fresh());
    }

    @Override
    public String toString() {
        return value;
    }
}
