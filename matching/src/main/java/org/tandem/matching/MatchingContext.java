package org.tandem.matching;

import java.time.LocalDate;

import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.program.MentoringProgram;

/**
 * What criteria and rules may read besides the two people: the program, the organization's policy, the date and
 * the questionnaire preferences, indexed for lookups that do not allocate. Immutable and shared by all pairs of a
 * problem.
 */
public final class MatchingContext {

    private static final int[] NONE = new int[0];

    private final MentoringProgram program;
    private final MentoringPolicy policy;
    private final LocalDate on;
    private final MatchingSettings settings;
    /** Per mentee, the mentors she named, best first, as mentor indices. */
    private final int[][] menteeLists;
    /** Per mentor, the mentees he named, best first, as mentee indices. */
    private final int[][] mentorLists;

    MatchingContext(MentoringProgram program, MentoringPolicy policy, LocalDate on, MatchingSettings settings,
                    int[][] menteeLists, int[][] mentorLists) {
        this.program = program;
        this.policy = policy;
        this.on = on;
        this.settings = settings;
        this.menteeLists = menteeLists;
        this.mentorLists = mentorLists;
    }

    public MentoringProgram program() {
        return program;
    }

    /** The policy of the organization running the program. */
    public MentoringPolicy policy() {
        return policy;
    }

    /** The date the problem is solved for: consents, experience and agreements are taken on it. */
    public LocalDate on() {
        return on;
    }

    public MatchingSettings settings() {
        return settings;
    }

    /** Where the mentee put the mentor in her questionnaire, 0 for her first choice; -1 if she did not name him. */
    public int menteeRankOf(MenteeView mentee, MentorView mentor) {
        return positionOf(listOf(menteeLists, mentee.index()), mentor.index());
    }

    /** How many mentors the mentee named; 0 when she gave no preferences. */
    public int menteeListLength(MenteeView mentee) {
        return listOf(menteeLists, mentee.index()).length;
    }

    /** Where the mentor put the mentee in his questionnaire, 0 for his first choice; -1 if he did not name her. */
    public int mentorRankOf(MentorView mentor, MenteeView mentee) {
        return positionOf(listOf(mentorLists, mentor.index()), mentee.index());
    }

    /** How many mentees the mentor named; 0 when he gave no preferences. */
    public int mentorListLength(MentorView mentor) {
        return listOf(mentorLists, mentor.index()).length;
    }

    /** The mentors the mentee named, best first, as mentor indices of the problem; a fresh array. */
    public int[] rankedMentorsOf(int mentee) {
        return listOf(menteeLists, mentee).clone();
    }

    /** The mentees the mentor named, best first, as mentee indices of the problem; a fresh array. */
    public int[] rankedMenteesOf(int mentor) {
        return listOf(mentorLists, mentor).clone();
    }

    private static int[] listOf(int[][] lists, int index) {
        int[] list = lists[index];
        return list == null ? NONE : list;
    }

    private static int positionOf(int[] list, int item) {
        for (int k = 0; k < list.length; k++) {
            if (list[k] == item) {
                return k;
            }
        }
        return -1;
    }
}
