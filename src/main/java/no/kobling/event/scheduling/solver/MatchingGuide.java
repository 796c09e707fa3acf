package no.kobling.event.scheduling.solver;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Which meetings a maximum b-matching would keep, as a guide for the greedy order: participants can only have
 * min(cap, available slots) meetings, so when popular participants have more requests than that, the choice of which
 * of their meetings to schedule decides how many meetings fit at all. Solved as a max-flow on the bipartite double
 * cover (each participant once as sender and once as receiver; the LP relaxation of b-matching), adding meetings in
 * layers of falling priority so high-priority meetings are matched first. Returns per meeting 2 (in both copies),
 * 1 (half) or 0.
 */
final class MatchingGuide {

    private MatchingGuide() {
    }

    static int[] weights(SchedulingProblem problem) {
        int n = problem.participantCount;
        int meetings = problem.meetingCount;
        Flow flow = new Flow(2 * n + 2, 2 * n + 2 * meetings);
        int source = 2 * n;
        int sink = 2 * n + 1;
        for (int p = 0; p < n; p++) {
            flow.add(source, p, problem.cap[p]);
            flow.add(n + p, sink, problem.cap[p]);
        }
        int[] arc = new int[meetings];
        Arrays.fill(arc, -1);
        int[] priorities = Arrays.stream(problem.priority).distinct().sorted().toArray();
        for (int layer = priorities.length - 1; layer >= 0; layer--) {
            for (int m = 0; m < meetings; m++) {
                if (problem.priority[m] == priorities[layer] && problem.schedulable(m)) {
                    arc[m] = flow.add(problem.a[m], n + problem.b[m], 1);
                    flow.add(problem.b[m], n + problem.a[m], 1);
                }
            }
            flow.run(source, sink);
        }
        int[] weight = new int[meetings];
        for (int m = 0; m < meetings; m++) {
            if (arc[m] >= 0) {
                weight[m] = (flow.capacity[arc[m]] == 0 ? 1 : 0) + (flow.capacity[arc[m] + 2] == 0 ? 1 : 0);
            }
        }
        return weight;
    }

    /** Dinic's max-flow on an arc list (arcs in pairs: forward, backward). */
    private static final class Flow {

        private final int nodes;
        private final int[] head;
        private int[] next;
        private int[] to;
        private int[] capacity;
        private int arcs;
        private final int[] level;
        private final int[] iterator;

        Flow(int nodes, int edges) {
            this.nodes = nodes;
            head = new int[nodes];
            Arrays.fill(head, -1);
            next = new int[2 * edges + 2];
            to = new int[next.length];
            capacity = new int[next.length];
            level = new int[nodes];
            iterator = new int[nodes];
        }

        /** Adds an arc and its reverse; returns the forward arc's number. */
        int add(int from, int target, int cap) {
            int forward = arcs;
            arc(from, target, cap);
            arc(target, from, 0);
            return forward;
        }

        private void arc(int from, int target, int cap) {
            if (arcs == next.length) {
                next = Arrays.copyOf(next, arcs * 2);
                to = Arrays.copyOf(to, arcs * 2);
                capacity = Arrays.copyOf(capacity, arcs * 2);
            }
            to[arcs] = target;
            capacity[arcs] = cap;
            next[arcs] = head[from];
            head[from] = arcs++;
        }

        void run(int source, int sink) {
            while (levels(source, sink)) {
                System.arraycopy(head, 0, iterator, 0, nodes);
                while (push(source, sink, Integer.MAX_VALUE) > 0) {
                    // keep pushing along the level graph
                }
            }
        }

        private boolean levels(int source, int sink) {
            Arrays.fill(level, -1);
            level[source] = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(source);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int e = head[v]; e >= 0; e = next[e]) {
                    if (capacity[e] > 0 && level[to[e]] < 0) {
                        level[to[e]] = level[v] + 1;
                        queue.add(to[e]);
                    }
                }
            }
            return level[sink] >= 0;
        }

        private int push(int v, int sink, int limit) {
            if (v == sink) {
                return limit;
            }
            for (; iterator[v] >= 0; iterator[v] = next[iterator[v]]) {
                int e = iterator[v];
                int w = to[e];
                if (capacity[e] > 0 && level[w] == level[v] + 1) {
                    int pushed = push(w, sink, Math.min(limit, capacity[e]));
                    if (pushed > 0) {
                        capacity[e] -= pushed;
                        capacity[e ^ 1] += pushed;
                        return pushed;
                    }
                }
            }
            return 0;
        }
    }
}
