package org.tandem.core.roadmap;

/** Which level of the mentoring hierarchy a roadmap belongs to. */
public enum OrganizationLevel {
    /** A regional roadmap (регион, РЦН). */
    REGION,
    /** A municipal roadmap (район, городской округ, управление образования). */
    MUNICIPALITY,
    /** The roadmap of one educational organization (school, college, center). */
    ORGANIZATION
}
