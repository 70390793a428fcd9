package org.tandem.core.inmemory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.tandem.core.mentorship.PersonalizedProgram;
import org.tandem.core.mentorship.PersonalizedPrograms;
import org.tandem.core.shared.MentorshipId;

/** Personalized programs kept in memory, for tests and examples. */
public final class InMemoryPersonalizedPrograms implements PersonalizedPrograms {

    private final Map<MentorshipId, PersonalizedProgram> programs = new ConcurrentHashMap<>();

    @Override
    public void save(PersonalizedProgram program) {
        programs.put(program.mentorship(), program);
    }

    @Override
    public Optional<PersonalizedProgram> ofMentorship(MentorshipId mentorship) {
        return Optional.ofNullable(programs.get(mentorship));
    }
}
