package org.tandem.core.shared;

/** Identity of a person as a host sees it: any non-blank text, stable for the object's life. */
public record PersonId(String value) {

    public PersonId {
        value = Ids.require(value, "PersonId", "человека");
    }

    public static PersonId of(String value) {
        return new PersonId(value);
    }

    /** A new random identity. */
    public static PersonId fresh() {
        return new PersonId(Ids.fresh());
    }

    @Override
    public String toString() {
        return value;
    }
}
