package org.tandem.core.mentorship;

import java.time.LocalDate;
import java.util.Set;

import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;

/**
 * Proof that {@link PairingRules} found a mentor and mentees fit to be paired in a program on a day.
 * Only the rules make one, so a {@link Mentorship} cannot be proposed or approved without them.
 */
public final class PairingClearance {

    private final ProgramId program;
    private final PersonId mentor;
    private final Set<PersonId> mentees;
    private final LocalDate on;

    PairingClearance(ProgramId program, PersonId mentor, Set<PersonId> mentees, LocalDate on) {
        this.program = program;
        this.mentor = mentor;
        this.mentees = Set.copyOf(mentees);
        this.on = on;
    }

    void requireFor(ProgramId program, PersonId mentor, Set<PersonId> mentees, LocalDate on) {
        if (!this.program.equals(program) || !this.mentor.equals(mentor) || !this.mentees.equals(mentees)
                || !this.on.equals(on)) {
            // a use case hands over the clearance it was given: a mismatch is a bug, not a user's mistake
            throw new IllegalArgumentException("the pairing clearance was given for another pairing or day");
        }
    }
}
