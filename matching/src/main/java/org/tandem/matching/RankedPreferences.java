package org.tandem.matching;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.tandem.core.shared.PersonId;

/**
 * The ranked choices people named in the questionnaire after the group meeting (анкетирование на предмет
 * предпочитаемого наставника/наставляемого): for a mentee, mentors best first; for a mentor, mentees best first.
 * Anyone may name nobody. Names of people outside the bases of a problem are ignored there.
 */
public record RankedPreferences(Map<PersonId, List<PersonId>> ofMentees, Map<PersonId, List<PersonId>> ofMentors) {

    private static final RankedPreferences NONE = new RankedPreferences(Map.of(), Map.of());

    /**
     * @throws IllegalArgumentException if a list names the same person twice or names its owner
     */
    public RankedPreferences {
        ofMentees = copy(ofMentees, "mentee");
        ofMentors = copy(ofMentors, "mentor");
    }

    public static RankedPreferences none() {
        return NONE;
    }

    /** These preferences with the mentee's ranked mentors, best first, replacing any earlier list. */
    public RankedPreferences withMentee(PersonId mentee, PersonId... mentorsBestFirst) {
        Map<PersonId, List<PersonId>> copy = new LinkedHashMap<>(ofMentees);
        copy.put(mentee, List.of(mentorsBestFirst));
        return new RankedPreferences(copy, ofMentors);
    }

    /** These preferences with the mentor's ranked mentees, best first, replacing any earlier list. */
    public RankedPreferences withMentor(PersonId mentor, PersonId... menteesBestFirst) {
        Map<PersonId, List<PersonId>> copy = new LinkedHashMap<>(ofMentors);
        copy.put(mentor, List.of(menteesBestFirst));
        return new RankedPreferences(ofMentees, copy);
    }

    public boolean isEmpty() {
        return ofMentees.isEmpty() && ofMentors.isEmpty();
    }

    public List<PersonId> ofMentee(PersonId mentee) {
        return ofMentees.getOrDefault(mentee, List.of());
    }

    public List<PersonId> ofMentor(PersonId mentor) {
        return ofMentors.getOrDefault(mentor, List.of());
    }

    private static Map<PersonId, List<PersonId>> copy(Map<PersonId, List<PersonId>> lists, String side) {
        Objects.requireNonNull(lists, side + " preferences");
        Map<PersonId, List<PersonId>> copy = new LinkedHashMap<>();
        lists.forEach((owner, list) -> {
            Objects.requireNonNull(owner, side);
            List<PersonId> ranked = List.copyOf(list);
            Set<PersonId> seen = new HashSet<>();
            for (PersonId other : ranked) {
                if (!seen.add(other)) {
                    throw new IllegalArgumentException("the " + side + " " + owner + " names " + other + " twice");
                }
                if (other.equals(owner)) {
                    throw new IllegalArgumentException("the " + side + " " + owner + " names himself");
                }
            }
            copy.put(owner, ranked);
        });
        return Map.copyOf(copy);
    }
}
