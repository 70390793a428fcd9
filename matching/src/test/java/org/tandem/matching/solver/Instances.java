package org.tandem.matching.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/** Random instances and plain, obviously-correct reference algorithms the tests compare against. */
final class Instances {

    private Instances() {
    }

    /** Scores with few distinct levels when {@code levels > 0} (ties), otherwise continuous, possibly negative. */
    static double[][] scores(Random random, int n, int m, int levels) {
        double[][] s = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                s[i][j] = levels > 0 ? random.nextInt(levels) - levels / 3 : random.nextDouble() * 20 - 5;
            }
        }
        return s;
    }

    static boolean[][] forbidden(Random random, int n, int m, double share) {
        boolean[][] f = new boolean[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                f[i][j] = random.nextDouble() < share;
            }
        }
        return f;
    }

    static int[] capacities(Random random, int m, int maxCap) {
        int[] cap = new int[m];
        for (int j = 0; j < m; j++) {
            cap[j] = random.nextInt(maxCap + 1);
        }
        return cap;
    }

    /** The same pairs as a dense problem, stated sparsely with candidates in shuffled order. */
    static SparseAssignmentProblem asSparse(DenseAssignmentProblem dense, Random random) {
        int n = dense.menteeCount();
        int[][] candidates = new int[n][];
        double[][] scores = new double[n][];
        for (int i = 0; i < n; i++) {
            int[] c = dense.candidatesOf(i);
            for (int k = c.length - 1; k > 0; k--) {
                int r = random.nextInt(k + 1);
                int t = c[k];
                c[k] = c[r];
                c[r] = t;
            }
            candidates[i] = c;
            scores[i] = new double[c.length];
            for (int k = 0; k < c.length; k++) {
                scores[i][k] = dense.score(i, c[k]);
            }
        }
        SparseAssignmentProblem sparse = SparseAssignmentProblem.of(candidates, scores, dense.capacities());
        return dense.hasPins() ? sparse.withPins(dense.pins()) : sparse;
    }

    /** Random feasible pins: each mentee is pinned with the given probability to an allowed mentor with room. */
    static int[] pins(Random random, AssignmentProblem p, double share) {
        int[] pins = new int[p.menteeCount()];
        int[] room = p.capacities();
        for (int i = 0; i < pins.length; i++) {
            pins[i] = -1;
            if (random.nextDouble() < share) {
                int[] c = p.candidatesOf(i);
                if (c.length > 0) {
                    int j = c[random.nextInt(c.length)];
                    if (room[j] > 0) {
                        room[j]--;
                        pins[i] = j;
                    }
                }
            }
        }
        return pins;
    }

    /** Best (matched count, total score) by exhaustive search over every mentee's choice. */
    static double[] bruteForce(AssignmentProblem p) {
        int n = p.menteeCount();
        int[] room = p.capacities();
        // pinned mentees hold their seats before anyone else chooses
        for (int i = 0; i < n; i++) {
            if (p.pinnedMentorOf(i) >= 0) {
                room[p.pinnedMentorOf(i)]--;
            }
        }
        double[] best = {-1, Double.NEGATIVE_INFINITY};
        bruteForce(p, 0, room, 0, 0, best);
        return best;
    }

    private static void bruteForce(AssignmentProblem p, int i, int[] room, int count, double total, double[] best) {
        if (i == p.menteeCount()) {
            if (count > best[0] || (count == best[0] && total > best[1] + 1e-9)) {
                best[0] = count;
                best[1] = total;
            }
            return;
        }
        int pin = p.pinnedMentorOf(i);
        if (pin >= 0) {
            bruteForce(p, i + 1, room, count + 1, total + p.score(i, pin), best);
            return;
        }
        bruteForce(p, i + 1, room, count, total, best);
        for (int j : p.candidatesOf(i)) {
            if (room[j] > 0) {
                room[j]--;
                bruteForce(p, i + 1, room, count + 1, total + p.score(i, j), best);
                room[j]++;
            }
        }
    }

    /**
     * Independent reference for integer scores: min-cost max-flow with every mentor expanded into capacity-many
     * slot nodes, augmenting along Bellman–Ford (queue-based) shortest paths. Returns (matched, total score).
     */
    static long[] referenceMinCostFlow(AssignmentProblem p) {
        int n = p.menteeCount();
        int m = p.mentorCount();
        int[] pins = p.pins();
        int[] room = p.capacities();
        long pinnedScore = 0;
        int pinnedCount = 0;
        for (int i = 0; i < n; i++) {
            if (pins[i] >= 0) {
                room[pins[i]]--;
                pinnedCount++;
                pinnedScore += (long) p.score(i, pins[i]);
            }
        }
        int slots = Arrays.stream(room).sum();
        int source = n + slots;
        int sink = source + 1;
        Graph g = new Graph(sink + 1);
        long big = 1_000_000_000L;
        int[] firstSlot = new int[m];
        int next = n;
        for (int j = 0; j < m; j++) {
            firstSlot[j] = next;
            for (int s = 0; s < room[j]; s++) {
                g.add(next + s, sink, 0);
            }
            next += room[j];
        }
        for (int i = 0; i < n; i++) {
            if (pins[i] >= 0) {
                continue;
            }
            g.add(source, i, 0);
            for (int j : p.candidatesOf(i)) {
                for (int s = 0; s < room[j]; s++) {
                    g.add(i, firstSlot[j] + s, -(big + (long) p.score(i, j)));
                }
            }
        }
        long cost = 0;
        int flow = 0;
        while (true) {
            long[] dist = new long[g.size];
            int[] via = new int[g.size];
            boolean[] queued = new boolean[g.size];
            Arrays.fill(dist, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            dist[source] = 0;
            Deque<Integer> queue = new ArrayDeque<>();
            queue.add(source);
            while (!queue.isEmpty()) {
                int x = queue.poll();
                queued[x] = false;
                for (int e : g.out.get(x)) {
                    if (g.capacity.get(e) > 0 && dist[x] + g.cost.get(e) < dist[g.to.get(e)]) {
                        int y = g.to.get(e);
                        dist[y] = dist[x] + g.cost.get(e);
                        via[y] = e;
                        if (!queued[y]) {
                            queued[y] = true;
                            queue.add(y);
                        }
                    }
                }
            }
            // augmenting further only pays while the path is negative (i.e. adds a match)
            if (dist[sink] == Long.MAX_VALUE || dist[sink] >= 0) {
                break;
            }
            for (int y = sink; y != source; y = g.to.get(via[y] ^ 1)) {
                g.capacity.set(via[y], g.capacity.get(via[y]) - 1);
                g.capacity.set(via[y] ^ 1, g.capacity.get(via[y] ^ 1) + 1);
            }
            cost += dist[sink];
            flow++;
        }
        long score = -cost - big * flow;
        return new long[] {flow + pinnedCount, score + pinnedScore};
    }

    private static final class Graph {
        final int size;
        final List<List<Integer>> out = new ArrayList<>();
        final List<Integer> to = new ArrayList<>();
        final List<Integer> capacity = new ArrayList<>();
        final List<Long> cost = new ArrayList<>();

        Graph(int size) {
            this.size = size;
            for (int v = 0; v < size; v++) {
                out.add(new ArrayList<>());
            }
        }

        void add(int from, int target, long c) {
            out.get(from).add(to.size());
            to.add(target);
            capacity.add(1);
            cost.add(c);
            out.get(target).add(to.size());
            to.add(from);
            capacity.add(0);
            cost.add(-c);
        }
    }

    /** Textbook greedy: sort every allowed pair by (score desc, mentee asc, mentor asc) and take what fits. */
    static int[] sortedGreedy(AssignmentProblem p) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < p.menteeCount(); i++) {
            if (p.pinnedMentorOf(i) >= 0) {
                continue;
            }
            for (int j : p.candidatesOf(i)) {
                pairs.add(new double[] {p.score(i, j), i, j});
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0])
                : a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[2], b[2]));
        int[] mentorOf = p.pins();
        int[] room = p.capacities();
        for (int j : mentorOf) {
            if (j >= 0) {
                room[j]--;
            }
        }
        for (double[] pair : pairs) {
            int i = (int) pair[1];
            int j = (int) pair[2];
            if (mentorOf[i] < 0 && room[j] > 0) {
                mentorOf[i] = j;
                room[j]--;
            }
        }
        return mentorOf;
    }

    /** Mentor-proposing deferred acceptance, written plainly for the rural hospitals comparison. */
    static int[] mentorProposing(int[][] menteePrefs, int[][] mentorPrefs, int[] cap) {
        int n = menteePrefs.length;
        int m = mentorPrefs.length;
        int[][] menteeRank = new int[n][m];
        for (int i = 0; i < n; i++) {
            Arrays.fill(menteeRank[i], -1);
            for (int k = 0; k < menteePrefs[i].length; k++) {
                menteeRank[i][menteePrefs[i][k]] = k;
            }
        }
        int[] mentorOf = new int[n];
        Arrays.fill(mentorOf, -1);
        int[] next = new int[m];
        int[] load = new int[m];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int j = 0; j < m; j++) {
                while (load[j] < cap[j] && next[j] < mentorPrefs[j].length) {
                    int i = mentorPrefs[j][next[j]++];
                    int r = menteeRank[i][j];
                    if (r < 0) {
                        continue;
                    }
                    int current = mentorOf[i];
                    if (current < 0 || r < menteeRank[i][current]) {
                        if (current >= 0) {
                            load[current]--;
                        }
                        mentorOf[i] = j;
                        load[j]++;
                        changed = true;
                    }
                }
            }
        }
        return mentorOf;
    }

    /** Random strict preference lists over random subsets. */
    static int[][] randomLists(Random random, int owners, int items, double listShare) {
        int[][] lists = new int[owners][];
        for (int a = 0; a < owners; a++) {
            List<Integer> chosen = new ArrayList<>();
            for (int b = 0; b < items; b++) {
                if (random.nextDouble() < listShare) {
                    chosen.add(b);
                }
            }
            java.util.Collections.shuffle(chosen, random);
            lists[a] = chosen.stream().mapToInt(Integer::intValue).toArray();
        }
        return lists;
    }
}
