package org.tandem.matching;

import java.util.Arrays;

import org.tandem.core.people.MeetingFormat;
import org.tandem.matching.criteria.ExperienceGap;
import org.tandem.matching.spi.Criterion;
import org.tandem.matching.spi.HardRule;

/**
 * The hot loop of a problem whose weighted criteria are all built in: one mentee's row of rules and scores at a
 * time, over the mentors' facts laid out in primitive arrays (competency and subject words, experience, format,
 * days, organizations), with everything that depends on the mentee alone worked out once per row. A row gives
 * exactly what {@code MatchingProblem.blockOf == NONE} and {@code builtInScore} give pair by pair, to the last bit
 * of every score: each criterion's term is the same product {@code share * value} of the same operations, only
 * computed once per distinct value (a deficit coverage per count of shared codes, a format fit per format) instead
 * of once per pair, and the terms are added in the same order. A criterion with no weight adds {@code +0.0}, which
 * leaves a sum of non-negative terms unchanged.
 */
final class BuiltInRows {

    private static final int DEFICITS = 0;
    private static final int SUBJECT = 1;
    private static final int EXPERIENCE = 2;
    private static final int FORMAT = 3;
    private static final int SCHEDULE = 4;
    private static final int PREFERENCES = 5;
    private static final int KINDS = 6;
    private static final MeetingFormat[] FORMATS = MeetingFormat.values();
    private static final int FULL_GAP = ExperienceGap.FULL_GAP_YEARS;
    private static final int NO_ORGANIZATION = -1;
    private static final int SEVERAL = -2;

    private final MentorView[] mentors;
    private final MenteeView[] mentees;
    private final MatchingContext context;
    private final HardRule[] rules;
    private final int[] mentorGate;
    private final int[] menteeGate;
    private final int[] selfMentee;
    private final int[][] mentorOrgs;
    private final int[][] menteeOrgs;
    private final boolean[][] reach;
    private final int allowed;
    /** Each built-in kind's share of the weights, 0 for a kind without weight. */
    private final double[] share = new double[KINDS];
    /** The experience criterion's term by gap of experience between mentor and mentee, capped at {@link #FULL_GAP}. */
    private final double[] experienceTerm = new double[FULL_GAP + 1];
    /** The criterion scoring ranked preferences, when it has a weight. */
    private final Criterion preferences;
    private final boolean anyMentorPreferences;
    private final int competencyWords;
    private final int subjectWords;
    private final long[] mentorCompetencies;
    private final long[] mentorSubjects;
    private final int[] mentorExperience;
    private final int[] mentorFormat;
    private final int[] mentorDays;
    /** The mentor's one organization, {@link #NO_ORGANIZATION} or {@link #SEVERAL}. */
    private final int[] mentorOrg;

    /**
     * @param kinds the built-in kind of each weighted criterion, increasing
     * @param active the weighted criteria, in the same order
     * @param shares their shares of the weights, in the same order
     * @param allowed the gate code of an allowed person
     */
    BuiltInRows(MentorView[] mentors, MenteeView[] mentees, MatchingContext context, int[] kinds, Criterion[] active,
                double[] shares, HardRule[] rules, int[] mentorGate, int[] menteeGate, int[] selfMentee,
                int[][] mentorOrgs, int[][] menteeOrgs, boolean[][] reach, int allowed) {
        this.mentors = mentors;
        this.mentees = mentees;
        this.context = context;
        this.rules = rules;
        this.mentorGate = mentorGate;
        this.menteeGate = menteeGate;
        this.selfMentee = selfMentee;
        this.mentorOrgs = mentorOrgs;
        this.menteeOrgs = menteeOrgs;
        this.reach = reach;
        this.allowed = allowed;
        Criterion ranked = null;
        for (int c = 0; c < kinds.length; c++) {
            share[kinds[c]] = shares[c];
            if (kinds[c] == PREFERENCES) {
                ranked = active[c];
            }
        }
        this.preferences = ranked;
        // a term per gap of experience, 0 (none or less) to FULL_GAP (that or more: the value is 1 from there)
        for (int gap = 0; gap <= FULL_GAP; gap++) {
            double v = gap <= 0 ? 0 : Math.min(1, gap / (double) FULL_GAP);
            experienceTerm[gap] = share[EXPERIENCE] * v;
        }
        boolean anyMentor = false;
        for (MentorView mentor : mentors) {
            anyMentor |= context.mentorListLength(mentor) > 0;
        }
        this.anyMentorPreferences = anyMentor;
        int m = mentors.length;
        int competencies = 1;
        int subjects = 1;
        for (MentorView mentor : mentors) {
            competencies = Math.max(competencies, mentor.competencies().words().length);
            subjects = Math.max(subjects, mentor.subjects().words().length);
        }
        competencyWords = competencies;
        subjectWords = subjects;
        mentorCompetencies = new long[m * competencies];
        mentorSubjects = new long[m * subjects];
        mentorExperience = new int[m];
        mentorFormat = new int[m];
        mentorDays = new int[m];
        mentorOrg = new int[m];
        for (int j = 0; j < m; j++) {
            MentorView mentor = mentors[j];
            long[] words = mentor.competencies().words();
            System.arraycopy(words, 0, mentorCompetencies, j * competencies, words.length);
            words = mentor.subjects().words();
            System.arraycopy(words, 0, mentorSubjects, j * subjects, words.length);
            mentorExperience[j] = mentor.experienceYears();
            mentorFormat[j] = mentor.format().ordinal();
            mentorDays[j] = mentor.dayMask();
            mentorOrg[j] = mentorOrgs[j].length == 1 ? mentorOrgs[j][0]
                    : mentorOrgs[j].length == 0 ? NO_ORGANIZATION : SEVERAL;
        }
    }

    /**
     * Fills mentee {@code i}'s scores (NaN where a rule blocks the pair) and whether each pair is ruled out, mentor
     * {@code j} at {@code at + j} of the row-major matrices.
     */
    void fill(int i, double threshold, double[] scores, boolean[] forbidden, int at) {
        int m = mentors.length;
        if (menteeGate[i] != allowed) {
            Arrays.fill(scores, at, at + m, Double.NaN);
            Arrays.fill(forbidden, at, at + m, true);
            return;
        }
        MenteeView mentee = mentees[i];
        // the mentor organizations that reach one of hers
        boolean[] reaching = new boolean[reach.length];
        for (int a = 0; a < reach.length; a++) {
            for (int c : menteeOrgs[i]) {
                if (reach[a][c]) {
                    reaching[a] = true;
                    break;
                }
            }
        }
        long[] deficits = padded(mentee.deficits().words(), competencyWords);
        long[] subjects = padded(mentee.subjects().words(), subjectWords);
        int deficitCount = mentee.deficits().size();
        double[] deficitTerm = new double[deficitCount + 1];
        for (int k = 0; k <= deficitCount; k++) {
            double v = deficitCount == 0 ? 0 : (double) k / deficitCount;
            deficitTerm[k] = share[DEFICITS] * v;
        }
        double sharedSubject = share[SUBJECT] * 1;
        double noSharedSubject = share[SUBJECT] * 0;
        int teaching = mentee.teachingYears();
        MeetingFormat menteeFormat = mentee.format();
        double[] formatTerm = new double[FORMATS.length];
        for (MeetingFormat format : FORMATS) {
            double v = format == menteeFormat ? 1 : format.fits(menteeFormat) ? 0.5 : 0;
            formatTerm[format.ordinal()] = share[FORMAT] * v;
        }
        int menteeDays = mentee.dayMask();
        int dayCount = Integer.bitCount(menteeDays);
        double[] dayTerm = new double[dayCount + 1];
        for (int k = 0; k <= dayCount; k++) {
            double v = dayCount == 0 ? 0 : (double) k / dayCount;
            dayTerm[k] = share[SCHEDULE] * v;
        }
        boolean ranked = preferences != null && (anyMentorPreferences || context.menteeListLength(mentee) > 0);
        double noPreference = share[PREFERENCES] * 0;
        int cw = competencyWords;
        int sw = subjectWords;
        for (int j = 0; j < m; j++) {
            int org = mentorOrg[j];
            if (mentorGate[j] != allowed || selfMentee[j] == i
                    || !(org >= 0 ? reaching[org] : org == SEVERAL && reaches(reaching, mentorOrgs[j]))
                    || !rulesAllow(j, mentee)) {
                scores[at + j] = Double.NaN;
                forbidden[at + j] = true;
                continue;
            }
            int shared = 0;
            for (int k = 0, word = j * cw; k < cw; k++) {
                shared += Long.bitCount(deficits[k] & mentorCompetencies[word + k]);
            }
            boolean subject = false;
            for (int k = 0, word = j * sw; k < sw; k++) {
                subject |= (subjects[k] & mentorSubjects[word + k]) != 0;
            }
            double preference = ranked
                    ? share[PREFERENCES] * preferences.score(mentors[j], mentee, context) : noPreference;
            double s = 0;
            s += deficitTerm[shared];
            s += subject ? sharedSubject : noSharedSubject;
            s += experienceTerm[Math.max(0, Math.min(mentorExperience[j] - teaching, FULL_GAP))];
            s += formatTerm[mentorFormat[j]];
            s += dayTerm[Integer.bitCount(menteeDays & mentorDays[j])];
            s += preference;
            s = Math.min(1, s);
            scores[at + j] = s;
            forbidden[at + j] = !(s >= threshold);
        }
    }

    private static boolean reaches(boolean[] reaching, int[] organizations) {
        for (int a : organizations) {
            if (reaching[a]) {
                return true;
            }
        }
        return false;
    }

    private boolean rulesAllow(int j, MenteeView mentee) {
        for (HardRule rule : rules) {
            if (!rule.allows(mentors[j], mentee, context)) {
                return false;
            }
        }
        return true;
    }

    private static long[] padded(long[] words, int length) {
        long[] result = new long[length];
        System.arraycopy(words, 0, result, 0, Math.min(words.length, length));
        return result;
    }
}
