package org.tandem.core.roadmap.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.people.MentorProfile;
import org.tandem.core.people.Person;
import org.tandem.core.shared.PersonId;

/**
 * A mentor of the organization's pairs who has more mentees than he may: the sum of {@link Mentorship#load()}
 * over all his mentorships (in any program, as pairing counts them) exceeds the smaller of the capacity in his
 * questionnaire and the policies' {@code maxMenteesPerMentor}. Pairing refuses this, so it appears when a policy
 * or a questionnaire changed after the pairs were approved. Where the mentor's mentorships belong to programs of
 * several organizations, the strictest of their policies applies. Silent without live state.
 */
public final class MentorOverCapacityRule implements RoadmapRule {

    public static final String ID = "mentor.over-capacity";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        if (context.liveState().isEmpty()) {
            return List.of();
        }
        LiveState state = context.liveState().get();
        Set<PersonId> mentors = new LinkedHashSet<>();
        state.mentorshipsInScope().stream().filter(m -> m.status().holdsCapacity()).forEach(m -> mentors.add(m.mentor()));
        List<Finding> findings = new ArrayList<>();
        for (PersonId mentor : mentors) {
            List<Mentorship> held = state.mentorships().ofMentor(mentor).stream()
                    .filter(m -> m.status().holdsCapacity()).toList();
            int load = held.stream().mapToInt(Mentorship::load).sum();
            int policyMax = held.stream().mapToInt(m -> state.policyOf(m).maxMenteesPerMentor()).min().orElseThrow();
            Optional<Person> person = state.people().find(mentor);
            Optional<Integer> own = person.flatMap(Person::mentorProfile).map(MentorProfile::capacity);
            int capacity = own.map(c -> Math.min(c, policyMax)).orElse(policyMax);
            if (load > capacity) {
                String name = person.filter(p -> !p.isErased()).map(Person::fullName).orElse(mentor.value());
                findings.add(Finding.error(ID, Subject.person(mentor),
                        "Наставник " + name + " ведёт " + load + " наставляемых при допустимых " + capacity
                                + " (по анкете — " + own.map(String::valueOf).orElse("не указано")
                                + ", по политике организации — " + policyMax + ")",
                        "Mentor " + name + " has " + load + " mentees where " + capacity + " are allowed (questionnaire: "
                                + own.map(String::valueOf).orElse("not given") + ", organization policy: " + policyMax + ")"));
            }
        }
        return findings;
    }
}
