package org.tandem.core.mentorship;

import java.util.List;
import java.util.Optional;

import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;

/** All mentorships, in every state. */
public interface Mentorships {

    /**
     * Saves a new or changed mentorship. Implementations that store concurrently must refuse a save based on a
     * stale {@link Mentorship#version()} with {@link ConcurrentChangeException}.
     */
    void save(Mentorship mentorship);

    Optional<Mentorship> find(MentorshipId id);

    /** The mentorship, or a {@link DomainRuleException} naming the unknown identity. */
    default Mentorship require(MentorshipId id) {
        return find(id).orElseThrow(() -> new DomainRuleException("Пара или группа «" + id + "» не найдена.",
                "unknown mentorship " + id));
    }

    List<Mentorship> ofProgram(ProgramId program);

    /** Every mentorship the person is or was the mentor of. */
    List<Mentorship> ofMentor(PersonId mentor);

    /** Every mentorship the person is or was a mentee in. */
    List<Mentorship> ofMentee(PersonId mentee);
}
