package org.tandem.core.mentorship;

import java.util.Optional;

import org.tandem.core.shared.MentorshipId;

/** The personalized programs, at most one per mentorship. */
public interface PersonalizedPrograms {

    void save(PersonalizedProgram program);

    Optional<PersonalizedProgram> ofMentorship(MentorshipId mentorship);
}
