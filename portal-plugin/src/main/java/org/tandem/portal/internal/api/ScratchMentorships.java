package org.tandem.portal.internal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;

/**
 * The real mentorships seen through a scratch pad: reads see both, saves go only to the pad. A matching preview
 * proposes into it, so that nothing reaches the repository.
 */
final class ScratchMentorships implements Mentorships {

    private final Mentorships real;
    private final Map<MentorshipId, Mentorship> pad = new LinkedHashMap<>();

    ScratchMentorships(Mentorships real) {
        this.real = real;
    }

    @Override
    public void save(Mentorship mentorship) {
        pad.put(mentorship.id(), mentorship);
    }

    @Override
    public Optional<Mentorship> find(MentorshipId id) {
        Mentorship scratch = pad.get(id);
        return scratch != null ? Optional.of(scratch) : real.find(id);
    }

    @Override
    public List<Mentorship> ofProgram(ProgramId program) {
        return merged(real.ofProgram(program), m -> m.program().equals(program));
    }

    @Override
    public List<Mentorship> ofMentor(PersonId mentor) {
        return merged(real.ofMentor(mentor), m -> m.mentor().equals(mentor));
    }

    @Override
    public List<Mentorship> ofMentee(PersonId mentee) {
        return merged(real.ofMentee(mentee), m -> m.memberships().stream().anyMatch(s -> s.mentee().equals(mentee)));
    }

    private List<Mentorship> merged(List<Mentorship> stored, Predicate<Mentorship> wanted) {
        List<Mentorship> result = new ArrayList<>();
        for (Mentorship mentorship : stored) {
            result.add(pad.getOrDefault(mentorship.id(), mentorship));
        }
        pad.values().stream().filter(wanted)
                .filter(m -> stored.stream().noneMatch(s -> s.id().equals(m.id()))).forEach(result::add);
        return result;
    }
}
