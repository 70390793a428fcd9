package org.tandem.core.shared;

/** Identity of a personalized mentoring program as a host sees it: any non-blank text, stable for the object's life. */
public record PersonalizedProgramId(String value) {

    public PersonalizedProgramId {
        value = Ids.require(value, "PersonalizedProgramId", "персонализированной программы");
    }

    public static PersonalizedProgramId of(String value) {
        return new PersonalizedProgramId(value);
    }

    /** A new random identity. */
    public static PersonalizedProgramId fresh() {
        return new PersonalizedProgramId(Ids.fresh());
    }

    @Override
    public String toString() {
        return value;
    }
}
