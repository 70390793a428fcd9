package org.tandem.core.organization;

/** What kind of partner a {@link OrganizationType#PARTNER partner organization} is. */
public enum PartnerKind {
    UNIVERSITY,
    COLLEGE,
    ENTERPRISE,
    CULTURE,
    SPORT,
    OTHER
}
