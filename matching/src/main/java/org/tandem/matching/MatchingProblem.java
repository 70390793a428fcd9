package org.tandem.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.people.Competency;
import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MenteeProfile;
import org.tandem.core.people.MentorCategory;
import org.tandem.core.people.MentorProfile;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.LocalizedText;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.matching.criteria.BuiltInCriteria;
import org.tandem.matching.criteria.DeficitCoverage;
import org.tandem.matching.criteria.ExperienceGap;
import org.tandem.matching.criteria.FormatFit;
import org.tandem.matching.criteria.RankedPreference;
import org.tandem.matching.criteria.ScheduleFit;
import org.tandem.matching.criteria.SharedSubject;
import org.tandem.matching.solver.Assignment;
import org.tandem.matching.solver.AssignmentProblem;
import org.tandem.matching.solver.DenseAssignmentProblem;
import org.tandem.matching.solver.SparseAssignmentProblem;
import org.tandem.matching.spi.Criterion;
import org.tandem.matching.spi.HardRule;
import org.tandem.matching.spi.MatchingPlugins;

/**
 * One matching run, built from core objects: a program, its organization's policy, a date, the mentor and mentee
 * bases, network access between organizations, the settings and the criteria and rules. Immutable and
 * thread-safe once built.
 *
 * <p>Building applies the hard rules to every pair (valid consent and questionnaire on both sides, the program's
 * form fits both categories, same organization or network agreement, nobody mentors himself, the policy's mentor
 * experience and training, the curator's exclusions, then vendor rules) and scores each allowed pair into a
 * primitive matrix: the weighted mean of the criterion values, in {@code [0, 1]}. Pairs below the knock-out
 * threshold are not allowed either. A mentor's capacity is the smaller of his own and the policy's maximum, minus
 * the load of his current mentorships; pinned pairs are kept whatever the rules say and use that capacity.
 * Explanations are built only when a proposal is made, and only for its pairs and the few best blocked candidates
 * of each unmatched mentee.
 *
 * <p>Memory: 9 bytes per mentee–mentor pair while building (scores and the forbidden mask, each one row-major
 * array), which a {@link DenseAssignmentProblem} then keeps as they are; a {@link SparseAssignmentProblem}, for
 * problems where most pairs are ruled out, keeps only the allowed pairs. One problem holds at most
 * {@code Integer.MAX_VALUE - 8} pairs.
 */
public final class MatchingProblem {

    /** How many blocked candidates an unmatched mentee's explanation names. */
    public static final int BLOCKED_CANDIDATES_SHOWN = 3;

    private static final int NONE = Integer.MAX_VALUE;
    private static final int VENDOR_BASE = 1000;
    private static final int PARALLEL_PAIRS = 200_000;
    /** The most pairs one problem holds: its matrix is one array. */
    static final int MAX_PAIRS = Integer.MAX_VALUE - 8;
    private static final Set<MentorCategory> EXPERIENCE_APPLIES =
            Set.of(MentorCategory.TEACHER, MentorCategory.EXTERNAL_MENTOR);

    private final MatchingContext context;
    private final MentorView[] mentors;
    private final MenteeView[] mentees;
    private final Map<PersonId, Integer> mentorIndex;
    private final Map<PersonId, Integer> menteeIndex;
    private final List<Criterion> criteria;
    private final Criterion[] active;
    private final double[] share;
    /**
     * When every weighted criterion is a built-in one, in the built-in order: which one each is (its index in
     * {@link BuiltInCriteria#all()}), so that the hot loop scores them inline instead of through the interface;
     * null otherwise. The sum is taken in the same order, so the scores are the same to the last bit.
     */
    private final int[] builtIn;
    private final HardRule[] rules;
    private final int[] mentorGate;
    private final int[] menteeGate;
    private final int[] selfMentee;
    private final int[][] mentorOrgs;
    private final int[][] menteeOrgs;
    private final boolean[][] reach;
    private final Set<Long> excluded;
    private final int[] capacity;
    private final int[] pinnedCount;
    private final int[] freeAtStart;
    private final int[] pins;
    private final AssignmentProblem assignment;

    private MatchingProblem(Builder b) {
        MentoringProgram program = b.program;
        MentoringPolicy policy = b.policy;
        LocalDate on = b.on;
        int m = b.mentors.size();
        int n = b.mentees.size();
        if (m == 0) {
            throw new IllegalArgumentException("the mentor base is empty: there is nobody to match with");
        }
        if (n == 0) {
            throw new IllegalArgumentException("the mentee base is empty: there is nobody to match");
        }
        MatchingSettings settings = b.settings;
        // criteria and weights
        criteria = List.copyOf(b.criteria);
        Map<String, Criterion> criterionById = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            if (criterionById.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("two criteria share the id '" + c.id() + "'");
            }
        }
        for (String id : settings.weights().byCriterion().keySet()) {
            if (!criterionById.containsKey(id)) {
                throw new DomainRuleException("В весах указан неизвестный критерий подбора «" + id + "»; известны: "
                        + criterionById.keySet() + ".", "unknown criterion id '" + id + "' in the weights; known: "
                        + criterionById.keySet());
            }
        }
        List<Criterion> weighted = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double sum = 0;
        for (Criterion c : criteria) {
            double w = Weights.requireValid(c.id(), settings.weights().weightOf(c.id(), c.defaultWeight()));
            if (w > 0) {
                weighted.add(c);
                weights.add(w);
                sum += w;
            }
        }
        active = weighted.toArray(new Criterion[0]);
        share = new double[active.length];
        for (int c = 0; c < active.length; c++) {
            share[c] = weights.get(c) / sum;
        }
        builtIn = builtInKinds(active);
        rules = b.rules.toArray(new HardRule[0]);
        Set<String> ruleIds = new HashSet<>();
        for (HardRule rule : rules) {
            if (!ruleIds.add(rule.id())) {
                throw new IllegalArgumentException("two hard rules share the id '" + rule.id() + "'");
            }
        }
        // interning, then one view and one gate per person (each in a method of its own: a long constructor with
        // every loop inlined is costly for the JIT to compile, and a first build in a fresh JVM pays for it)
        Codes codes = new Codes();
        mentors = new MentorView[m];
        mentees = new MenteeView[n];
        mentorIndex = new HashMap<>();
        menteeIndex = new HashMap<>();
        mentorGate = new int[m];
        menteeGate = new int[n];
        mentorOrgs = new int[m][];
        menteeOrgs = new int[n][];
        capacity = new int[m];
        freeAtStart = new int[m];
        for (int j = 0; j < m; j++) {
            MentorEntry e = b.mentors.get(j);
            if (mentorIndex.putIfAbsent(e.person.id(), j) != null) {
                throw new IllegalArgumentException("the mentor " + e.person.id() + " appears twice in the mentor base");
            }
            MentorView view = mentorView(j, e, policy, on, codes);
            mentors[j] = view;
            mentorOrgs[j] = codes.organizations(e.organizations);
            capacity[j] = view.capacityLeft();
            mentorGate[j] = mentorGate(view, program, policy, on);
        }
        for (int i = 0; i < n; i++) {
            MenteeEntry e = b.mentees.get(i);
            if (menteeIndex.putIfAbsent(e.person.id(), i) != null) {
                throw new IllegalArgumentException("the mentee " + e.person.id() + " appears twice in the mentee base");
            }
            MenteeView view = menteeView(i, e, on, codes);
            mentees[i] = view;
            menteeOrgs[i] = codes.organizations(e.organizations);
            menteeGate[i] = menteeGate(view, program, on);
        }
        selfMentee = new int[m];
        for (int j = 0; j < m; j++) {
            selfMentee[j] = menteeIndex.getOrDefault(mentors[j].id(), -1);
        }
        List<OrganizationId> orgs = new ArrayList<>(codes.organizations.keySet());
        reach = new boolean[orgs.size()][orgs.size()];
        for (int a = 0; a < orgs.size(); a++) {
            for (int c = 0; c < orgs.size(); c++) {
                reach[a][c] = a == c || b.access.mayMentorAcross(orgs.get(a), orgs.get(c));
            }
        }
        // settings that name people
        excluded = new HashSet<>();
        for (PersonPair pair : settings.excluded()) {
            excluded.add(key(requireMentor(pair.mentor(), false), requireMentee(pair.mentee(), false), m));
        }
        pins = new int[n];
        Arrays.fill(pins, -1);
        pinnedCount = new int[m];
        for (PersonPair pair : settings.pinned()) {
            int j = requireMentor(pair.mentor(), true);
            int i = requireMentee(pair.mentee(), true);
            pins[i] = j;
            pinnedCount[j]++;
        }
        context = new MatchingContext(program, policy, on, settings,
                preferenceLists(settings.preferences().ofMentees(), menteeIndex, mentorIndex, n),
                preferenceLists(settings.preferences().ofMentors(), mentorIndex, menteeIndex, m));
        // the hot loop: rules and scores into one row-major matrix (no array per row: the matrix is allocated
        // outside the young generation, so building a large problem adds little to the collector's work)
        if ((long) n * m > MAX_PAIRS) {
            throw new DomainRuleException("Слишком большая задача подбора: " + n + " наставляемых × " + m
                    + " наставников; разделите базу (например, по организациям) так, чтобы пар было не больше "
                    + MAX_PAIRS + ".", "a matching problem of " + n + " mentees x " + m + " mentors has more than "
                    + MAX_PAIRS + " pairs; split the bases, by organization for instance");
        }
        // row-major: mentee i and mentor j at i * m + j; NaN where a rule blocks the pair, until the solver
        // problem takes the matrix (which keeps the scores of allowed pairs only, see score(int, int))
        double[] scores = new double[n * m];
        boolean[] forbidden = new boolean[n * m];
        double threshold = settings.knockOutThreshold();
        IntStream rows = IntStream.range(0, n);
        if ((long) n * m >= PARALLEL_PAIRS) {
            rows = rows.parallel();
        }
        BuiltInRows inline = builtIn == null ? null : new BuiltInRows(mentors, mentees, context, builtIn, active,
                share, rules, mentorGate, menteeGate, selfMentee, mentorOrgs, menteeOrgs, reach, NONE);
        rows.forEach(i -> {
            int at = i * m;
            if (inline != null) {
                inline.fill(i, threshold, scores, forbidden, at);
            } else {
                for (int j = 0; j < m; j++) {
                    double s = blockOf(i, j) == NONE ? weightedScore(i, j) : Double.NaN;
                    scores[at + j] = s;
                    forbidden[at + j] = !(s >= threshold);
                }
            }
        });
        for (Long k : excluded) {
            forbidden[(int) (long) k] = true;
        }
        for (int i = 0; i < n; i++) {
            int j = pins[i];
            if (j >= 0) {
                forbidden[i * m + j] = false;
                if (Double.isNaN(scores[i * m + j])) {
                    scores[i * m + j] = mentors[j].hasProfile() && mentees[i].hasProfile() ? weightedScore(i, j) : 0;
                }
            }
        }
        for (int j = 0; j < m; j++) {
            freeAtStart[j] = Math.max(0, capacity[j] - pinnedCount[j]);
            capacity[j] = Math.max(capacity[j], pinnedCount[j]);
        }
        AssignmentProblem problem = toSolverProblem(n, scores, forbidden, capacity);
        assignment = settings.pinned().isEmpty() ? problem : problem.withPins(pins);
    }

    private static AssignmentProblem toSolverProblem(int n, double[] scores, boolean[] forbidden, int[] capacity) {
        int m = capacity.length;
        long allowed = 0;
        for (boolean no : forbidden) {
            if (!no) {
                allowed++;
            }
        }
        if (allowed * 4 >= (long) n * m) {
            // the matrix was made for it: handed over, not copied
            return DenseAssignmentProblem.adoptRowMajor(n, scores, forbidden, capacity);
        }
        int[][] candidates = new int[n][];
        double[][] candidateScores = new double[n][];
        for (int i = 0; i < n; i++) {
            int at = i * m;
            int count = 0;
            for (int j = 0; j < m; j++) {
                if (!forbidden[at + j]) {
                    count++;
                }
            }
            int[] c = new int[count];
            double[] s = new double[count];
            int k = 0;
            for (int j = 0; j < m; j++) {
                if (!forbidden[at + j]) {
                    c[k] = j;
                    s[k++] = scores[at + j];
                }
            }
            candidates[i] = c;
            candidateScores[i] = s;
        }
        return SparseAssignmentProblem.of(candidates, candidateScores, capacity);
    }

    /**
     * Starts a problem for a program on a day under the policy of the organization running it.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(MentoringProgram program, MentoringPolicy policy, LocalDate on) {
        return new Builder(program, policy, on);
    }

    // ---------------------------------------------------------------- rules and scores

    private static MentorView mentorView(int j, MentorEntry e, MentoringPolicy policy, LocalDate on, Codes codes) {
        MentorProfile profile = e.person.mentorProfile().orElse(null);
        int left = Math.max(0, Math.min(e.capacity, policy.maxMenteesPerMentor()) - e.currentLoad);
        if (profile == null) {
            return new MentorView(j, e.person, null, e.organizations, e.capacity, e.currentLoad, left, 0,
                    CodeSet.EMPTY, CodeSet.EMPTY, 0);
        }
        return new MentorView(j, e.person, profile, e.organizations, e.capacity,
                e.currentLoad, left, profile.experienceYears(on), codes.competencies(profile.competencies()),
                codes.subjects(profile.subjects()), mask(profile.availableDays()));
    }

    private static MenteeView menteeView(int i, MenteeEntry e, LocalDate on, Codes codes) {
        MenteeProfile profile = e.person.menteeProfile().orElse(null);
        if (profile == null) {
            return new MenteeView(i, e.person, null, e.organizations, 0, CodeSet.EMPTY, CodeSet.EMPTY, 0);
        }
        LocalDate start = profile.teachingStart().orElse(null);
        int teaching = start == null || start.isAfter(on) ? 0 : Period.between(start, on).getYears();
        return new MenteeView(i, e.person, profile, e.organizations, teaching,
                codes.competencies(profile.deficits()), codes.subjects(profile.subjects()),
                mask(profile.availableDays()));
    }

    /** The first built-in rule that keeps the mentor out of every pair, as a code; NONE when he may mentor. */
    private static int mentorGate(MentorView mentor, MentoringProgram program, MentoringPolicy policy, LocalDate on) {
        Person person = mentor.person();
        MentorProfile profile = mentor.hasProfile() ? mentor.profile() : null;
        if (!person.hasValidConsent(on)) {
            return Blocker.NO_CONSENT.ordinal();
        } else if (profile == null || !person.hasRole(Role.MENTOR)) {
            return Blocker.NO_QUESTIONNAIRE.ordinal();
        } else if (!program.form().mentorCategories().contains(profile.category())) {
            return Blocker.FORM_MISMATCH.ordinal();
        } else if (EXPERIENCE_APPLIES.contains(profile.category())
                && mentor.experienceYears() < policy.minMentorExperienceYears()) {
            return Blocker.NOT_ENOUGH_EXPERIENCE.ordinal();
        } else if (policy.mentorTrainingRequired() && !profile.trainingCompleted()) {
            return Blocker.NO_MENTOR_TRAINING.ordinal();
        }
        return NONE;
    }

    /** The first built-in rule that keeps the mentee out of every pair, as a code; NONE when she may be matched. */
    private static int menteeGate(MenteeView mentee, MentoringProgram program, LocalDate on) {
        Person person = mentee.person();
        if (!person.hasValidConsent(on)) {
            return Blocker.NO_CONSENT.ordinal();
        } else if (!mentee.hasProfile() || !person.hasRole(Role.MENTEE)) {
            return Blocker.NO_QUESTIONNAIRE.ordinal();
        } else if (!program.form().menteeCategories().contains(mentee.profile().category())) {
            return Blocker.FORM_MISMATCH.ordinal();
        }
        return NONE;
    }

    /** The first built-in or vendor rule that blocks the pair, as a code; NONE when allowed (exclusions aside). */
    private int blockOf(int i, int j) {
        int b = Math.min(menteeGate[i], mentorGate[j]);
        if (b > Blocker.SELF_MENTORING.ordinal() && selfMentee[j] == i) {
            b = Blocker.SELF_MENTORING.ordinal();
        }
        if (b > Blocker.NO_NETWORK_AGREEMENT.ordinal() && !reachable(i, j)) {
            b = Blocker.NO_NETWORK_AGREEMENT.ordinal();
        }
        if (b == NONE) {
            for (int r = 0; r < rules.length; r++) {
                if (!rules[r].allows(mentors[j], mentees[i], context)) {
                    return VENDOR_BASE + r;
                }
            }
        }
        return b;
    }

    private boolean reachable(int i, int j) {
        for (int a : mentorOrgs[j]) {
            for (int c : menteeOrgs[i]) {
                if (reach[a][c]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The built-in kind of each criterion, in increasing order, or null when one is not built in or out of order. */
    private static int[] builtInKinds(Criterion[] criteria) {
        List<Class<?>> order = List.of(DeficitCoverage.class, SharedSubject.class, ExperienceGap.class, FormatFit.class,
                ScheduleFit.class, RankedPreference.class);
        int[] kinds = new int[criteria.length];
        int last = -1;
        for (int c = 0; c < criteria.length; c++) {
            int kind = order.indexOf(criteria[c].getClass());
            if (kind <= last) {
                return null;
            }
            kinds[c] = kind;
            last = kind;
        }
        return kinds;
    }

    private double weightedScore(int i, int j) {
        MentorView mentor = mentors[j];
        MenteeView mentee = mentees[i];
        if (builtIn != null) {
            return builtInScore(mentor, mentee);
        }
        double s = 0;
        for (int c = 0; c < active.length; c++) {
            double v = active[c].score(mentor, mentee, context);
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalStateException("criterion '" + active[c].id() + "' gave " + v + " for mentor "
                        + mentor.id() + " and mentee " + mentee.id() + "; values must lie in [0, 1]");
            }
            s += share[c] * v;
        }
        // rounding can push a weighted mean of ones a hair above 1
        return Math.min(1, s);
    }

    /** {@link #weightedScore} of built-in criteria: each criterion's {@code score}, inline, summed in the same order. */
    private double builtInScore(MentorView mentor, MenteeView mentee) {
        double s = 0;
        for (int c = 0; c < builtIn.length; c++) {
            double v;
            switch (builtIn[c]) {
                case 0 -> {
                    int deficits = mentee.deficits().size();
                    v = deficits == 0 ? 0 : (double) mentee.deficits().intersectionSize(mentor.competencies()) / deficits;
                }
                case 1 -> v = mentor.subjects().intersects(mentee.subjects()) ? 1 : 0;
                case 2 -> {
                    int gap = mentor.experienceYears() - mentee.teachingYears();
                    v = gap <= 0 ? 0 : Math.min(1, gap / (double) ExperienceGap.FULL_GAP_YEARS);
                }
                case 3 -> {
                    MeetingFormat a = mentor.format();
                    MeetingFormat b = mentee.format();
                    v = a == b ? 1 : a.fits(b) ? 0.5 : 0;
                }
                case 4 -> {
                    int days = Integer.bitCount(mentee.dayMask());
                    v = days == 0 ? 0 : (double) Integer.bitCount(mentee.dayMask() & mentor.dayMask()) / days;
                }
                default -> v = active[c].score(mentor, mentee, context);
            }
            s += share[c] * v;
        }
        return Math.min(1, s);
    }

    // ---------------------------------------------------------------- public queries

    public MatchingContext context() {
        return context;
    }

    public MatchingSettings settings() {
        return context.settings();
    }

    public int menteeCount() {
        return mentees.length;
    }

    public int mentorCount() {
        return mentors.length;
    }

    public MentorView mentor(int index) {
        return mentors[index];
    }

    public MenteeView mentee(int index) {
        return mentees[index];
    }

    /** The mentor's index, or -1 when he is not in the mentor base. */
    public int mentorIndex(PersonId mentor) {
        return mentorIndex.getOrDefault(mentor, -1);
    }

    /** The mentee's index, or -1 when she is not in the mentee base. */
    public int menteeIndex(PersonId mentee) {
        return menteeIndex.getOrDefault(mentee, -1);
    }

    /** All criteria of the problem, weighted or not, in order. */
    public List<Criterion> criteria() {
        return criteria;
    }

    /** The vendor hard rules of the problem, in order. */
    public List<HardRule> hardRules() {
        return List.of(rules);
    }

    /**
     * The solver-level problem every strategy works on: mentee {@code i} and mentor {@code j} as in this problem,
     * the allowed pairs, their scores, the capacities and the pins.
     */
    public AssignmentProblem assignmentProblem() {
        return assignment;
    }

    /** Whether the pair may be proposed: hard rules, exclusions and the knock-out threshold; pinned pairs always. */
    public boolean isAllowed(int mentee, int mentor) {
        return assignment.isAllowed(mentee, mentor);
    }

    /**
     * The pair's score in {@code [0, 1]}, or NaN when a hard rule blocks it and it is not pinned. The solver problem
     * keeps the scores of allowed pairs; the score of a pair ruled out only by an exclusion or the threshold is worked
     * out again when asked (the same to the last bit, as criteria and rules are pure functions of the pair), which
     * costs the pair's rules and criteria instead of an array read.
     */
    public double score(int mentee, int mentor) {
        Objects.checkIndex(mentee, mentees.length);
        Objects.checkIndex(mentor, mentors.length);
        if (assignment.isAllowed(mentee, mentor)) {
            return assignment.score(mentee, mentor);
        }
        return blockOf(mentee, mentor) == NONE ? weightedScore(mentee, mentor) : Double.NaN;
    }

    /** How many mentees the mentor may have in a proposal, pinned ones included. */
    public int capacityOf(int mentor) {
        return capacity[mentor];
    }

    /** The mentor the mentee is pinned to, or -1. */
    public int pinnedMentorOf(int mentee) {
        return pins[mentee];
    }

    // ---------------------------------------------------------------- proposals

    /**
     * Makes the explained proposal for a strategy's assignment.
     *
     * @param strategy the strategy's id
     * @param mentorOf the mentor index per mentee, -1 for unmatched
     * @throws IllegalArgumentException if the assignment breaks capacity, allows a forbidden pair, drops a pin or
     *     has the wrong length
     */
    public Proposal proposal(String strategy, int[] mentorOf) {
        Objects.requireNonNull(strategy, "strategy");
        return proposal(strategy, Assignment.of(assignment, mentorOf));
    }

    /**
     * Makes the explained proposal for a solver's assignment of {@link #assignmentProblem()}.
     *
     * @throws IllegalArgumentException if the assignment is not feasible for this problem
     */
    public Proposal proposal(String strategy, Assignment solved) {
        Objects.requireNonNull(strategy, "strategy");
        Assignment checked = Assignment.of(assignment, solved.mentorOf());
        int n = mentees.length;
        int[] loads = checked.loads();
        List<ProposedPair> pairs = new ArrayList<>();
        List<UnmatchedMentee> unmatched = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < n; i++) {
            int j = checked.mentorOf(i);
            if (j >= 0) {
                ProposedPair pair = explainPair(i, j);
                total += pair.score();
                pairs.add(pair);
            } else {
                unmatched.add(explainUnmatched(i, loads));
            }
        }
        return new Proposal(strategy, pairs, unmatched, total);
    }

    private ProposedPair explainPair(int i, int j) {
        MentorView mentor = mentors[j];
        MenteeView mentee = mentees[i];
        List<Contribution> contributions = new ArrayList<>(active.length);
        if (mentor.hasProfile() && mentee.hasProfile()) {
            for (int c = 0; c < active.length; c++) {
                CriterionResult r = active[c].evaluate(mentor, mentee, context);
                contributions.add(new Contribution(active[c].id(), active[c].name(), r.value(), share[c],
                        share[c] * r.value(), r.explanation()));
            }
        }
        return new ProposedPair(mentor.id(), mentee.id(), assignment.score(i, j), pins[i] == j,
                contributions);
    }

    private UnmatchedMentee explainUnmatched(int i, int[] loads) {
        int m = mentors.length;
        double threshold = context.settings().knockOutThreshold();
        int[] code = new int[m];
        double[] rank = new double[m];
        boolean anyAllowed = false;
        boolean anyRoom = false;
        boolean anyAbove = false;
        boolean anyFree = false;
        for (int j = 0; j < m; j++) {
            int b = blockOf(i, j);
            // blocked pairs too are ranked by their score, where both have a questionnaire
            double s = assignment.isAllowed(i, j) ? assignment.score(i, j)
                    : mentors[j].hasProfile() && mentees[i].hasProfile() ? weightedScore(i, j) : Double.NaN;
            rank[j] = s;
            if (b == NONE && excluded.contains(key(j, i, m))) {
                b = Blocker.EXCLUDED_BY_CURATOR.ordinal();
            }
            if (b == NONE) {
                anyAllowed = true;
                if (freeAtStart[j] == 0) {
                    b = Blocker.NO_CAPACITY_LEFT.ordinal();
                } else {
                    anyRoom = true;
                    if (!(s >= threshold)) {
                        b = Blocker.BELOW_THRESHOLD.ordinal();
                    } else {
                        anyAbove = true;
                        if (loads[j] >= capacity[j]) {
                            b = Blocker.TAKEN_BY_OTHERS.ordinal();
                        } else {
                            anyFree = true;
                            b = Blocker.NOT_CHOSEN.ordinal();
                        }
                    }
                }
            }
            code[j] = b;
        }
        UnmatchedReason reason = !anyAllowed ? UnmatchedReason.NO_ALLOWED_MENTOR
                : !anyRoom ? UnmatchedReason.ALL_ALLOWED_MENTORS_FULL
                : !anyAbove ? UnmatchedReason.ALL_BELOW_THRESHOLD
                : !anyFree ? UnmatchedReason.ALL_ALLOWED_MENTORS_FULL
                : UnmatchedReason.LEFT_BY_STRATEGY;
        int[] best = bestByScore(rank, BLOCKED_CANDIDATES_SHOWN);
        List<BlockedCandidate> blocked = new ArrayList<>(best.length);
        StringBuilder ru = new StringBuilder(reason.text().ru());
        StringBuilder en = new StringBuilder(reason.text().en());
        for (int k = 0; k < best.length; k++) {
            int j = best[k];
            BlockedCandidate candidate = describe(i, j, code[j], rank[j], loads);
            blocked.add(candidate);
            ru.append(k == 0 ? ": " : "; ").append(candidate.mentor()).append(" — ").append(candidate.explanation().ru());
            en.append(k == 0 ? ": " : "; ").append(candidate.mentor()).append(" — ").append(candidate.explanation().en());
        }
        return new UnmatchedMentee(mentees[i].id(), reason, LocalizedText.of(ru.toString(),
                en.toString()), blocked);
    }

    /** The indices of the {@code k} best scores, NaN last, ties by smaller index. */
    private static int[] bestByScore(double[] rank, int k) {
        int m = rank.length;
        int[] best = new int[Math.min(k, m)];
        int count = 0;
        for (int j = 0; j < m; j++) {
            int pos = count < best.length ? count++ : best.length;
            while (pos > 0 && better(rank[j], rank[best[pos - 1]])) {
                if (pos < best.length) {
                    best[pos] = best[pos - 1];
                }
                pos--;
            }
            if (pos < best.length) {
                best[pos] = j;
            }
        }
        return best;
    }

    private static boolean better(double a, double b) {
        if (Double.isNaN(a)) {
            return false;
        }
        return Double.isNaN(b) || a > b;
    }

    private BlockedCandidate describe(int i, int j, int code, double score, int[] loads) {
        MentorView mentor = mentors[j];
        MenteeView mentee = mentees[i];
        if (code >= VENDOR_BASE) {
            HardRule rule = rules[code - VENDOR_BASE];
            return new BlockedCandidate(mentor.id(), Blocker.VENDOR_RULE, rule.id(),
                    rule.whyBlocked(mentor, mentee, context), score);
        }
        Blocker blocker = Blocker.values()[code];
        return new BlockedCandidate(mentor.id(), blocker, ruleId(blocker), Explanations.of(blocker, mentor, mentee,
                context, score, capacity[j], freeAtStart[j], loads[j]), score);
    }

    static String ruleId(Blocker blocker) {
        return blocker.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ---------------------------------------------------------------- helpers

    private static long key(int mentor, int mentee, int m) {
        return (long) mentee * m + mentor;
    }

    private int requireMentor(PersonId id, boolean pinned) {
        Integer j = mentorIndex.get(id);
        if (j == null) {
            throw notInBase(id, pinned, "наставников", "mentor");
        }
        return j;
    }

    private int requireMentee(PersonId id, boolean pinned) {
        Integer i = menteeIndex.get(id);
        if (i == null) {
            throw notInBase(id, pinned, "наставляемых", "mentee");
        }
        return i;
    }

    private static DomainRuleException notInBase(PersonId id, boolean pinned, String ruBase, String enBase) {
        return new DomainRuleException((pinned ? "Закреплённая" : "Исключённая") + " пара: «" + id
                + "» нет в базе " + ruBase + " программы.",
                (pinned ? "a pinned pair" : "an excluded pair") + " names " + id + ", who is not in the " + enBase
                        + " base");
    }

    private static int[][] preferenceLists(Map<PersonId, List<PersonId>> lists, Map<PersonId, Integer> owners,
                                           Map<PersonId, Integer> others, int size) {
        int[][] result = new int[size][];
        lists.forEach((owner, list) -> {
            Integer o = owners.get(owner);
            if (o != null) {
                result[o] = list.stream().map(others::get).filter(Objects::nonNull).mapToInt(Integer::intValue)
                        .toArray();
            }
        });
        return result;
    }

    /**
     * Numbers the competency and subject codes and the organizations of one problem in the order first met, so that
     * the hot loop compares bit sets and indices. Subjects compare stripped and in lower case; empty ones are dropped.
     */
    private static final class Codes {
        final Map<String, Integer> competencies = new HashMap<>();
        final Map<String, Integer> subjects = new HashMap<>();
        final Map<OrganizationId, Integer> organizations = new LinkedHashMap<>();

        CodeSet competencies(Set<Competency> values) {
            if (values.isEmpty()) {
                return CodeSet.EMPTY;
            }
            int[] interned = new int[values.size()];
            int k = 0;
            for (Competency value : values) {
                interned[k++] = code(competencies, value.code());
            }
            return CodeSet.of(interned);
        }

        CodeSet subjects(Set<String> values) {
            if (values.isEmpty()) {
                return CodeSet.EMPTY;
            }
            int[] interned = new int[values.size()];
            int k = 0;
            for (String value : values) {
                String subject = value.strip().toLowerCase(Locale.ROOT);
                if (!subject.isEmpty()) {
                    interned[k++] = code(subjects, subject);
                }
            }
            return CodeSet.of(k == interned.length ? interned : Arrays.copyOf(interned, k));
        }

        int[] organizations(Set<OrganizationId> values) {
            int[] interned = new int[values.size()];
            int k = 0;
            for (OrganizationId value : values) {
                interned[k++] = code(organizations, value);
            }
            return interned;
        }

        private static <K> int code(Map<K, Integer> dictionary, K key) {
            Integer code = dictionary.get(key);
            if (code == null) {
                code = dictionary.size();
                dictionary.put(key, code);
            }
            return code;
        }
    }

    private static int mask(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= 1 << day.ordinal();
        }
        return mask;
    }

    @Override
    public String toString() {
        return "MatchingProblem[" + mentees.length + " mentees x " + mentors.length + " mentors, program "
                + context.program().id() + " on " + context.on() + "]";
    }

    private record MentorEntry(Person person, Set<OrganizationId> organizations, int capacity, int currentLoad) {
    }

    private record MenteeEntry(Person person, Set<OrganizationId> organizations) {
    }

    /** Collects the bases and settings of a problem; not thread-safe. */
    public static final class Builder {

        private final MentoringProgram program;
        private final MentoringPolicy policy;
        private final LocalDate on;
        private final List<MentorEntry> mentors = new ArrayList<>();
        private final List<MenteeEntry> mentees = new ArrayList<>();
        private NetworkAccess access = NetworkAccess.sameOrganizationOnly();
        private MatchingSettings settings = MatchingSettings.defaults();
        private List<Criterion> criteria = BuiltInCriteria.all();
        private List<HardRule> rules = List.of();

        private Builder(MentoringProgram program, MentoringPolicy policy, LocalDate on) {
            this.program = Objects.requireNonNull(program, "program");
            this.policy = Objects.requireNonNull(policy, "policy");
            this.on = Objects.requireNonNull(on, "on");
        }

        /**
         * Adds a mentor with the organizations where he is a mentor, the capacity of his questionnaire (0 without
         * one) and the given load of his current approved or active mentorships.
         */
        public Builder mentor(Person person, int currentLoad) {
            Objects.requireNonNull(person, "person");
            return mentor(person, person.organizationsAs(Role.MENTOR),
                    person.mentorProfile().map(MentorProfile::capacity).orElse(0), currentLoad);
        }

        /**
         * Adds a mentor with explicit organizations and capacity.
         *
         * @throws IllegalArgumentException if the capacity or load is negative
         */
        public Builder mentor(Person person, Set<OrganizationId> organizations, int capacity, int currentLoad) {
            Objects.requireNonNull(person, "person");
            if (capacity < 0) {
                throw new IllegalArgumentException("the capacity of mentor " + person.id() + " is " + capacity
                        + "; it must not be negative");
            }
            if (currentLoad < 0) {
                throw new IllegalArgumentException("the current load of mentor " + person.id() + " is " + currentLoad
                        + "; it must not be negative");
            }
            mentors.add(new MentorEntry(person, Set.copyOf(organizations), capacity, currentLoad));
            return this;
        }

        /** Adds a mentee with the organizations of the program where she is a mentee. */
        public Builder mentee(Person person) {
            Objects.requireNonNull(person, "person");
            Set<OrganizationId> organizations = new LinkedHashSet<>();
            for (OrganizationId organization : person.organizationsAs(Role.MENTEE)) {
                if (program.admits(organization)) {
                    organizations.add(organization);
                }
            }
            return mentee(person, organizations);
        }

        /** Adds a mentee with explicit organizations. */
        public Builder mentee(Person person, Set<OrganizationId> organizations) {
            Objects.requireNonNull(person, "person");
            mentees.add(new MenteeEntry(person, Set.copyOf(organizations)));
            return this;
        }

        /** How organizations reach each other; same organization only unless set. */
        public Builder networkAccess(NetworkAccess value) {
            this.access = Objects.requireNonNull(value, "networkAccess");
            return this;
        }

        public Builder settings(MatchingSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /** The criteria; the built-in ones unless set. */
        public Builder criteria(List<? extends Criterion> value) {
            this.criteria = List.copyOf(value);
            return this;
        }

        /** Vendor hard rules on top of the built-in ones; none unless set. */
        public Builder hardRules(List<? extends HardRule> value) {
            this.rules = List.copyOf(value);
            return this;
        }

        /** The criteria and hard rules of the plug-ins. */
        public Builder plugins(MatchingPlugins plugins) {
            return criteria(plugins.criteria()).hardRules(plugins.hardRules());
        }

        /**
         * Applies the rules and scores every pair.
         *
         * @throws IllegalArgumentException if a base is empty, a person appears twice in a base, the weights name
         *     an unknown criterion, two criteria or rules share an id, or a pinned or excluded pair names someone
         *     outside the bases
         * @throws IllegalStateException if a criterion gives a value outside {@code [0, 1]}
         */
        public MatchingProblem build() {
            return new MatchingProblem(this);
        }
    }
}
