package org.tandem.core.organization;

/** Where an organization stands in the hierarchy of the target mentoring model. */
public enum OrganizationType {
    /** A region and its regional mentoring center; receives monitoring. */
    REGION,
    /** A municipality and its education authority; approves school roadmaps. */
    MUNICIPALITY,
    /** A school, kindergarten or college where pairs live. */
    EDUCATIONAL,
    /** A university, college, enterprise, culture or sport organization that sends mentors. */
    PARTNER
}
