package org.tandem.core.shared;

/** Identity of an organization as a host sees it: any non-blank text, stable for the object's life. */
public record OrganizationId(String value) {

    public OrganizationId {
        value = Ids.require(value, "OrganizationId", "организации");
    }

    public static OrganizationId of(String value) {
        return new OrganizationId(value);
    }

    /** A new random identity. */
    public static OrganizationId fresh() {
        return new OrganizationId(Ids.fresh());
    }

    @Override
    public String toString() {
        return value;
    }
}
