package org.tandem.persistence.jpa;

import org.tandem.core.shared.PersonId;

/**
 * Erases a person's personal data in every table, walking {@link PersonalDataInventory}: the questionnaires go,
 * the name and birth date go, a representative's name goes, free text the person wrote is replaced and her name is
 * cut out of the free text of her mentorships, personalized programs and audit events, and her name among the
 * responsible parties of roadmaps is replaced (see {@link PersonalDataInventory.Link#ROADMAP_PARTY}). Identities,
 * roles, consent dates, memberships, meetings' dates and ratings stay, so that monitoring still counts right.
 *
 * <p>Saving through {@link TandemPersistence#people()} a person whose {@code isErased()} became true (core's
 * {@code WithdrawingConsent}) runs this in the same transaction; hosts call it directly only for data stored
 * before this release or to erase without a withdrawal.
 */
public interface PersonalDataEraser {

    /** What replaces free text the person wrote, and her name or free-text answers cut out of others' text. */
    String ERASED_TEXT = "[удалено]";

    /** What replaces a name (hers, her representative's): core's marker of an erased person. */
    String ERASED_NAME = "—";

    /**
     * Erases the person's personal data; joins the caller's {@link TandemPersistence#inTransaction} if any.
     * Running it again changes nothing more.
     *
     * @throws IllegalArgumentException when no such person is stored
     */
    void erase(PersonId person);
}
