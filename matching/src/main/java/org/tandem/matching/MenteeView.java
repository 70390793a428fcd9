package org.tandem.matching;

import java.time.DayOfWeek;
import java.util.Set;

import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MenteeProfile;
import org.tandem.core.people.Person;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;

/**
 * A mentee as a matching problem sees her on its date: the person and questionnaire, plus precomputed facts
 * (teaching years, interned deficits and subjects, meeting days as a bit mask) that criteria read without
 * allocating. Immutable.
 */
public final class MenteeView {

    private final int index;
    private final Person person;
    private final MenteeProfile profile;
    private final Set<OrganizationId> organizations;
    private final int teachingYears;
    private final CodeSet deficits;
    private final CodeSet subjects;
    private final int dayMask;

    MenteeView(int index, Person person, MenteeProfile profile, Set<OrganizationId> organizations, int teachingYears,
               CodeSet deficits, CodeSet subjects, int dayMask) {
        this.index = index;
        this.person = person;
        this.profile = profile;
        this.organizations = organizations;
        this.teachingYears = teachingYears;
        this.deficits = deficits;
        this.subjects = subjects;
        this.dayMask = dayMask;
    }

    /** The mentee's position in the problem's mentee base, {@code 0..menteeCount-1}. */
    public int index() {
        return index;
    }

    public PersonId id() {
        return person.id();
    }

    public Person person() {
        return person;
    }

    /** Whether the mentee filled in the questionnaire; always true for a pair a criterion is asked about. */
    public boolean hasProfile() {
        return profile != null;
    }

    /**
     * The mentee's questionnaire.
     *
     * @throws IllegalStateException if there is none; criteria never see such a mentee
     */
    public MenteeProfile profile() {
        if (profile == null) {
            throw new IllegalStateException("mentee " + person.id() + " has no questionnaire");
        }
        return profile;
    }

    /** The organizations of the program where the person is a mentee. */
    public Set<OrganizationId> organizations() {
        return organizations;
    }

    /** Full years of teaching on the problem's date; 0 for someone who does not teach. */
    public int teachingYears() {
        return teachingYears;
    }

    /** Her professional deficits, interned with the mentors' competencies. */
    public CodeSet deficits() {
        return deficits;
    }

    /** Her subjects, interned case-insensitively with the mentors' subjects. */
    public CodeSet subjects() {
        return subjects;
    }

    /** Her meeting days as a bit mask, bit {@code d.ordinal()} for each {@link DayOfWeek} d. */
    public int dayMask() {
        return dayMask;
    }

    /** Her preferred format; {@code MIXED} without a questionnaire. */
    public MeetingFormat format() {
        return profile == null ? MeetingFormat.MIXED : profile.preferredFormat();
    }

    @Override
    public String toString() {
        return "MenteeView[" + index + ": " + person.id() + "]";
    }
}
