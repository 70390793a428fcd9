package org.tandem.matching;

import java.time.DayOfWeek;
import java.util.Set;

import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MentorProfile;
import org.tandem.core.people.Person;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;

/**
 * A mentor as a matching problem sees him on its date: the person and questionnaire, plus precomputed facts
 * (experience, capacity left, interned competencies and subjects, meeting days as a bit mask) that criteria read
 * in the hot loop without allocating. Immutable.
 */
public final class MentorView {

    private final int index;
    private final Person person;
    private final MentorProfile profile;
    private final Set<OrganizationId> organizations;
    private final int capacity;
    private final int currentLoad;
    private final int capacityLeft;
    private final int experienceYears;
    private final CodeSet competencies;
    private final CodeSet subjects;
    private final int dayMask;

    MentorView(int index, Person person, MentorProfile profile, Set<OrganizationId> organizations, int capacity,
               int currentLoad, int capacityLeft, int experienceYears, CodeSet competencies, CodeSet subjects,
               int dayMask) {
        this.index = index;
        this.person = person;
        this.profile = profile;
        this.organizations = organizations;
        this.capacity = capacity;
        this.currentLoad = currentLoad;
        this.capacityLeft = capacityLeft;
        this.experienceYears = experienceYears;
        this.competencies = competencies;
        this.subjects = subjects;
        this.dayMask = dayMask;
    }

    /** The mentor's position in the problem's mentor base, {@code 0..mentorCount-1}. */
    public int index() {
        return index;
    }

    public PersonId id() {
        return person.id();
    }

    public Person person() {
        return person;
    }

    /** Whether the mentor filled in the questionnaire; always true for a pair a criterion is asked about. */
    public boolean hasProfile() {
        return profile != null;
    }

    /**
     * The mentor's questionnaire.
     *
     * @throws IllegalStateException if there is none; criteria never see such a mentor
     */
    public MentorProfile profile() {
        if (profile == null) {
            throw new IllegalStateException("mentor " + person.id() + " has no questionnaire");
        }
        return profile;
    }

    /** The organizations where the person is a mentor. */
    public Set<OrganizationId> organizations() {
        return organizations;
    }

    /** Capacity as given: the questionnaire's unless the caller set another. */
    public int capacity() {
        return capacity;
    }

    /** Mentees he already has in approved or active mentorships outside this problem's pinned pairs. */
    public int currentLoad() {
        return currentLoad;
    }

    /** The smaller of his capacity and the policy's maximum, minus the current load; never negative. */
    public int capacityLeft() {
        return capacityLeft;
    }

    /** Full years of experience on the problem's date; 0 without a questionnaire. */
    public int experienceYears() {
        return experienceYears;
    }

    /** His competencies, interned. */
    public CodeSet competencies() {
        return competencies;
    }

    /** His subjects, interned case-insensitively. */
    public CodeSet subjects() {
        return subjects;
    }

    /** His meeting days as a bit mask, bit {@code d.ordinal()} for each {@link DayOfWeek} d. */
    public int dayMask() {
        return dayMask;
    }

    /** His preferred format; {@code MIXED} without a questionnaire. */
    public MeetingFormat format() {
        return profile == null ? MeetingFormat.MIXED : profile.preferredFormat();
    }

    @Override
    public String toString() {
        return "MentorView[" + index + ": " + person.id() + "]";
    }
}
