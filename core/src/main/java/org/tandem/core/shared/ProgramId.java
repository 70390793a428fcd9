package org.tandem.core.shared;

/** Identity of a mentoring program as a host sees it: any non-blank text, stable for the object's life. */
public record ProgramId(String value) {

    public ProgramId {
        value = Ids.require(value, "ProgramId", "программы наставничества");
    }

    public static ProgramId of(String value) {
        return new ProgramId(value);
    }

    /** A new random identity. */
    public static ProgramId fresh() {
        return new ProgramId(Ids.fresh());
    }

    @Override
    public String toString() {
        return value;
    }
}
