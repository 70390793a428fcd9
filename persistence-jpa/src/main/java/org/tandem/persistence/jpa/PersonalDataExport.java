package org.tandem.persistence.jpa;

import org.tandem.core.shared.PersonId;

/**
 * A subject access request: everything Tandem stores about one person, as JSON, walking
 * {@link PersonalDataInventory}. The document has the person's id, the time of the export, the inventory's
 * declarations of the columns exported (category, purpose in Russian and English, erasure) and, by table, the
 * person's rows with all their columns:
 *
 * <pre>{@code
 * {"person":"p-1","exportedAt":"2024-10-01T09:00:00Z",
 *  "fields":[{"table":"person","column":"full_name","category":"NAME","purposeRu":"…","purposeEn":"…","erasure":"ANONYMIZE"},…],
 *  "tables":{"person":[{"id":"p-1","full_name":"…",…}],"person_role":[…],"mentorship_meeting":[…],…}}
 * }</pre>
 *
 * <p>Rows of a table with a column holding the person's id are those where it does (her roles, consents,
 * questionnaires, memberships, feedback); other tables give the rows of her mentorships (meetings), her feedback
 * (ratings), her mentorships' personalized programs, and the audit events about her or made by her.
 */
public interface PersonalDataExport {

    /**
     * The JSON document of everything stored about {@code person}.
     *
     * @throws IllegalArgumentException when no such person is stored
     */
    String of(PersonId person);
}
