package no.kobling.bench;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The upper bound of {@code docs/formats/schedule-instance.md}: {@code min(|meetings|, sum over slots of
 * min(tables, floor(n_t / 2)), bmatch)}, where bmatch is the maximum b-matching with b_p = min(maxMeetings,
 * |available|): a max-flow when the meeting graph is bipartite (every buyer/seller instance is), otherwise the LP
 * relaxation rounded down (half the max-flow of the bipartite double cover).
 */
public final class ScheduleBound {

    /** The three terms and the bound. */
    public record Bound(int meetings, int slotCapacity, int bmatch, boolean exactBmatch) {

        public int value() {
            return Math.min(meetings, Math.min(slotCapacity, bmatch));
        }
    }

    private ScheduleBound() {
    }

    public static Bound of(JsonNode instance) {
        int slots = instance.get("slots").asInt();
        int tables = instance.get("tables").asInt();
        JsonNode participants = instance.get("participants");
        int n = participants.size();
        Map<String, Integer> index = new HashMap<>();
        int[] b = new int[n];
        int[] availableIn = new int[slots];
        for (int p = 0; p < n; p++) {
            JsonNode participant = participants.get(p);
            index.put(participant.get("id").asString(), p);
            JsonNode available = participant.get("available");
            int count = 0;
            if (available == null || available.isNull()) {
                count = slots;
                for (int s = 0; s < slots; s++) {
                    availableIn[s]++;
                }
            } else {
                boolean[] in = new boolean[slots];
                for (JsonNode s : available) {
                    in[s.asInt()] = true;
                }
                for (int s = 0; s < slots; s++) {
                    if (in[s]) {
                        count++;
                        availableIn[s]++;
                    }
                }
            }
            JsonNode max = participant.get("maxMeetings");
            b[p] = max == null || max.isNull() ? count : Math.min(count, max.asInt());
        }
        int slotCapacity = 0;
        for (int s = 0; s < slots; s++) {
            slotCapacity += Math.min(tables, availableIn[s] / 2);
        }
        JsonNode meetings = instance.get("meetings");
        int m = meetings.size();
        int[] ea = new int[m];
        int[] eb = new int[m];
        for (int i = 0; i < m; i++) {
            ea[i] = index.get(meetings.get(i).get("a").asString());
            eb[i] = index.get(meetings.get(i).get("b").asString());
        }
        int[] side = twoColouring(n, ea, eb);
        int bmatch;
        if (side != null) {
            MaxFlow flow = new MaxFlow(n + 2, n + m);
            int source = n;
            int sink = n + 1;
            for (int p = 0; p < n; p++) {
                if (side[p] == 0) {
                    flow.add(source, p, b[p]);
                } else {
                    flow.add(p, sink, b[p]);
                }
            }
            for (int i = 0; i < m; i++) {
                int left = side[ea[i]] == 0 ? ea[i] : eb[i];
                int right = left == ea[i] ? eb[i] : ea[i];
                flow.add(left, right, 1);
            }
            bmatch = (int) flow.run(source, sink);
        } else {
            MaxFlow flow = new MaxFlow(2 * n + 2, 2 * n + 2 * m);
            int source = 2 * n;
            int sink = 2 * n + 1;
            for (int p = 0; p < n; p++) {
                flow.add(source, p, b[p]);
                flow.add(n + p, sink, b[p]);
            }
            for (int i = 0; i < m; i++) {
                flow.add(ea[i], n + eb[i], 1);
                flow.add(eb[i], n + ea[i], 1);
            }
            bmatch = (int) (flow.run(source, sink) / 2);
        }
        return new Bound(m, slotCapacity, bmatch, side != null);
    }

    /** Side 0/1 per participant if the meeting graph is bipartite, else null. */
    static int[] twoColouring(int n, int[] ea, int[] eb) {
        int[][] adjacency = adjacency(n, ea, eb);
        int[] side = new int[n];
        Arrays.fill(side, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < n; start++) {
            if (side[start] >= 0) {
                continue;
            }
            side[start] = 0;
            queue.add(start);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                for (int q : adjacency[p]) {
                    if (side[q] < 0) {
                        side[q] = 1 - side[p];
                        queue.add(q);
                    } else if (side[q] == side[p]) {
                        return null;
                    }
                }
            }
        }
        return side;
    }

    private static int[][] adjacency(int n, int[] ea, int[] eb) {
        int[] degree = new int[n];
        for (int i = 0; i < ea.length; i++) {
            degree[ea[i]]++;
            degree[eb[i]]++;
        }
        int[][] adjacency = new int[n][];
        for (int p = 0; p < n; p++) {
            adjacency[p] = new int[degree[p]];
        }
        int[] fill = new int[n];
        for (int i = 0; i < ea.length; i++) {
            adjacency[ea[i]][fill[ea[i]]++] = eb[i];
            adjacency[eb[i]][fill[eb[i]]++] = ea[i];
        }
        return adjacency;
    }

    /** Dinic's algorithm on an arc list. */
    static final class MaxFlow {

        private final int nodes;
        private final int[] head;
        private int[] next;
        private int[] to;
        private long[] capacity;
        private int arcs;
        private int[] level;
        private int[] iterator;

        MaxFlow(int nodes, int expectedEdges) {
            this.nodes = nodes;
            head = new int[nodes];
            Arrays.fill(head, -1);
            next = new int[2 * expectedEdges + 2];
            to = new int[next.length];
            capacity = new long[next.length];
        }

        void add(int from, int target, long cap) {
            arc(from, target, cap);
            arc(target, from, 0);
        }

        private void arc(int from, int target, long cap) {
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

        long run(int source, int sink) {
            long total = 0;
            level = new int[nodes];
            iterator = new int[nodes];
            while (bfs(source, sink)) {
                System.arraycopy(head, 0, iterator, 0, nodes);
                long pushed;
                while ((pushed = dfs(source, sink, Long.MAX_VALUE)) > 0) {
                    total += pushed;
                }
            }
            return total;
        }

        private boolean bfs(int source, int sink) {
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

        private long dfs(int v, int sink, long limit) {
            if (v == sink) {
                return limit;
            }
            for (; iterator[v] >= 0; iterator[v] = next[iterator[v]]) {
                int e = iterator[v];
                int w = to[e];
                if (capacity[e] > 0 && level[w] == level[v] + 1) {
                    long pushed = dfs(w, sink, Math.min(limit, capacity[e]));
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
