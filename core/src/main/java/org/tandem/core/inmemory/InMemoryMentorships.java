package org.tandem.core.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.tandem.core.mentorship.Membership;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;

/**
 * Mentorships kept in memory, for tests and examples. Objects are stored by reference, so there is no stale copy
 * to lock against; use the persistence module where curators work concurrently.
 */
public final class InMemoryMentorships implements Mentorships {

    private final Map<MentorshipId, Mentorship> mentorships = new ConcurrentHashMap<>();

    @Override
    public void save(Mentorship mentorship) {
        mentorships.put(mentorship.id(), mentorship);
    }

    @Override
    public Optional<Mentorship> find(MentorshipId id) {
        return Optional.ofNullable(mentorships.get(id));
    }

    @Override
    public List<Mentorship> ofProgram(ProgramId program) {
        return select(m -> m.program().equals(program));
    }

    @Override
    public List<Mentorship> ofMentor(PersonId mentor) {
        return select(m -> m.mentor().equals(mentor));
    }

    @Override
    public List<Mentorship> ofMentee(PersonId mentee) {
        return select(m -> m.memberships().stream().map(Membership::mentee).anyMatch(mentee::equals));
    }

    private List<Mentorship> select(Predicate<Mentorship> filter) {
        return mentorships.values().stream().filter(filter)
                .sorted(Comparator.comparing(m -> m.id().value())).toList();
    }
}
