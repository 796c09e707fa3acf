package no.kobling.event.scheduling.solver;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The constructive phase before local search: pins first, then earlier positions of a re-solve where they still
 * fit, then a greedy pass (highest priority and hardest meetings first, each into the free common slot that adds
 * the least waiting), then repair: an unscheduled meeting takes a slot whose occupants are moved elsewhere by an
 * ejection chain of growing depth, and finally may push out meetings of lower total priority. Array based and
 * single-threaded; one instance per solve.
 */
final class Construction {

    private final SchedulingProblem problem;
    private final int[] slotOf;
    /** Meeting of participant p in slot s, or -1. */
    private final int[][] occupant;
    private final int[] count;
    private final int[][] members;
    private final int[] memberCount;
    private final int[] position;
    private final boolean[] inChain;
    private final int[] undoMeeting;
    private final int[] undoSlot;
    private int undoSize;
    private final SplittableRandom random = new SplittableRandom(20261203L);
    private int budget;
    /** While set, meetings still in their slot of the previous schedule are not moved by the repair. */
    private boolean protectPrevious;

    Construction(SchedulingProblem problem) {
        this.problem = problem;
        int n = problem.meetingCount;
        slotOf = new int[n];
        Arrays.fill(slotOf, -1);
        occupant = new int[problem.participantCount][problem.slots];
        for (int[] row : occupant) {
            Arrays.fill(row, -1);
        }
        count = new int[problem.participantCount];
        members = new int[problem.slots][Math.max(problem.tables, 1) + 2];
        memberCount = new int[problem.slots];
        position = new int[n];
        inChain = new boolean[n];
        undoMeeting = new int[Math.max(1 << 16, 4 * n)];
        undoSlot = new int[undoMeeting.length];
    }

    /** Runs until everything schedulable is placed, repair stops finding improvements, or the deadline. */
    int[] run(long deadlineNanos, BooleanSupplier terminated) {
        BooleanSupplier stop = () -> System.nanoTime() > deadlineNanos || terminated.getAsBoolean();
        int n = problem.meetingCount;
        for (int m = 0; m < n; m++) {
            if (problem.pinned(m)) {
                assign(m, problem.pinSlot[m]);
            }
        }
        undoSize = 0;
        for (int m = 0; m < n; m++) {
            int s = problem.previousSlot[m];
            if (!problem.pinned(m) && s >= 0 && problem.isAllowed(m, s) && fits(m, s)) {
                assign(m, s);
            }
        }
        undoSize = 0;
        List<Integer> order = greedyOrder();
        for (int m : order) {
            if (slotOf[m] < 0 && problem.schedulable(m) && underCaps(m)) {
                int s = bestDirectSlot(m);
                if (s >= 0) {
                    assign(m, s);
                }
            }
            undoSize = 0;
        }
        protectPrevious = true;
        repair(order, stop);
        protectPrevious = false;
        repair(order, stop);
        return slotOf.clone();
    }

    private List<Integer> greedyOrder() {
        int[] degree = new int[problem.participantCount];
        for (int m = 0; m < problem.meetingCount; m++) {
            degree[problem.a[m]]++;
            degree[problem.b[m]]++;
        }
        int[] matched = MatchingGuide.weights(problem);
        // meetings a maximum b-matching keeps first, then by priority, then the hardest (most competed-for) first
        return IntStream.range(0, problem.meetingCount).boxed()
                .sorted(Comparator.comparingInt((Integer m) -> -matched[m])
                        .thenComparingInt(m -> -problem.priority[m])
                        .thenComparingDouble(m -> -(pressure(problem.a[m], degree) + pressure(problem.b[m], degree)))
                        .thenComparingInt(m -> problem.allowed[m].length))
                .toList();
    }

    private double pressure(int p, int[] degree) {
        return degree[p] / (double) Math.max(1, problem.cap[p]);
    }

    private void repair(List<Integer> order, BooleanSupplier stop) {
        int depth = 1;
        int idle = 0;
        while (!stop.getAsBoolean()) {
            boolean improved = false;
            boolean any = false;
            for (int m : order) {
                if (slotOf[m] >= 0 || !problem.schedulable(m) || !underCaps(m)) {
                    continue;
                }
                any = true;
                if (stop.getAsBoolean()) {
                    return;
                }
                budget = 60 * depth * depth;
                undoSize = 0;
                if (place(m, depth)) {
                    improved = true;
                }
                undoSize = 0;
            }
            if (!any) {
                return;
            }
            improved |= bumpLowerPriority(order);
            if (improved) {
                idle = 0;
            } else if (++idle > 3 && depth >= 6) {
                return;
            }
            depth = Math.min(depth + 1, 6);
        }
    }

    /** Places m, moving the occupants of the chosen slot elsewhere (recursively up to {@code depth}). */
    private boolean place(int m, int depth) {
        int s = bestDirectSlot(m);
        if (s >= 0) {
            assign(m, s);
            return true;
        }
        if (depth == 0) {
            return false;
        }
        int[] slots = problem.allowed[m].clone();
        shuffle(slots);
        int pa = problem.a[m];
        int pb = problem.b[m];
        for (int slot : slots) {
            if (--budget < 0) {
                return false;
            }
            int x = occupant[pa][slot];
            int y = occupant[pb][slot];
            if (y == x) {
                y = -1;
            }
            if (blocked(x) || blocked(y)) {
                continue;
            }
            int freed = (x >= 0 ? 1 : 0) + (y >= 0 ? 1 : 0);
            int z = -1;
            if (memberCount[slot] - freed >= problem.tables) {
                z = randomMovable(slot, x, y);
                if (z < 0) {
                    continue;
                }
            }
            int mark = undoSize;
            if (x >= 0) {
                unassign(x);
            }
            if (y >= 0) {
                unassign(y);
            }
            if (z >= 0) {
                unassign(z);
            }
            assign(m, slot);
            inChain[m] = true;
            boolean ok = (x < 0 || place(x, depth - 1)) && (y < 0 || place(y, depth - 1))
                    && (z < 0 || place(z, depth - 1));
            inChain[m] = false;
            if (ok) {
                return true;
            }
            rollback(mark);
        }
        return false;
    }

    /** An unscheduled meeting may replace occupants whose priorities add up to less than its own. */
    private boolean bumpLowerPriority(List<Integer> order) {
        boolean improved = false;
        for (int m : order) {
            if (slotOf[m] >= 0 || !problem.schedulable(m) || !underCaps(m) || problem.priority[m] < 2) {
                continue;
            }
            int bestSlot = -1;
            int bestCost = problem.priority[m];
            for (int slot : problem.allowed[m]) {
                int x = occupant[problem.a[m]][slot];
                int y = occupant[problem.b[m]][slot];
                if (y == x) {
                    y = -1;
                }
                if ((x >= 0 && fixed(x)) || (y >= 0 && fixed(y))) {
                    continue;
                }
                int cost = (x >= 0 ? problem.priority[x] : 0) + (y >= 0 ? problem.priority[y] : 0);
                int freed = (x >= 0 ? 1 : 0) + (y >= 0 ? 1 : 0);
                if (memberCount[slot] - freed >= problem.tables) {
                    int z = cheapestMovable(slot, x, y);
                    if (z < 0) {
                        continue;
                    }
                    cost += problem.priority[z];
                }
                if (cost < bestCost) {
                    bestCost = cost;
                    bestSlot = slot;
                }
            }
            if (bestSlot >= 0) {
                int x = occupant[problem.a[m]][bestSlot];
                int y = occupant[problem.b[m]][bestSlot];
                if (x >= 0) {
                    unassign(x);
                }
                if (y >= 0 && y != x) {
                    unassign(y);
                }
                if (memberCount[bestSlot] >= problem.tables) {
                    unassign(cheapestMovable(bestSlot, -1, -1));
                }
                assign(m, bestSlot);
                improved = true;
            }
            undoSize = 0;
        }
        return improved;
    }

    private boolean blocked(int meeting) {
        return meeting >= 0 && (fixed(meeting) || inChain[meeting]);
    }

    private boolean fixed(int meeting) {
        return problem.pinned(meeting) || (protectPrevious && slotOf[meeting] >= 0
                && slotOf[meeting] == problem.previousSlot[meeting]);
    }

    private int randomMovable(int slot, int x, int y) {
        int size = memberCount[slot];
        if (size == 0) {
            return -1;
        }
        int start = random.nextInt(size);
        for (int i = 0; i < size; i++) {
            int z = members[slot][(start + i) % size];
            if (z != x && z != y && !blocked(z)) {
                return z;
            }
        }
        return -1;
    }

    private int cheapestMovable(int slot, int x, int y) {
        int best = -1;
        for (int i = 0; i < memberCount[slot]; i++) {
            int z = members[slot][i];
            if (z != x && z != y && !fixed(z) && (best < 0 || problem.priority[z] < problem.priority[best])) {
                best = z;
            }
        }
        return best;
    }

    /** The free common slot that adds the least waiting for both participants, or -1. */
    private int bestDirectSlot(int m) {
        if (!underCaps(m)) {
            return -1;
        }
        int best = -1;
        int bestCost = Integer.MAX_VALUE;
        for (int s : problem.allowed[m]) {
            if (!fits(m, s)) {
                continue;
            }
            int cost = (waitingAdded(problem.a[m], s) + waitingAdded(problem.b[m], s)) * 4 + memberCount[s] * 4
                    / Math.max(1, problem.tables);
            if (cost < bestCost) {
                bestCost = cost;
                best = s;
            }
        }
        return best;
    }

    private int waitingAdded(int p, int s) {
        int first = -1;
        int last = -1;
        int[] row = occupant[p];
        for (int t = 0; t < row.length; t++) {
            if (row[t] >= 0) {
                if (first < 0) {
                    first = t;
                }
                last = t;
            }
        }
        if (first < 0) {
            return 0;
        }
        if (s > first && s < last) {
            return -1;
        }
        return s < first ? first - s - 1 : s - last - 1;
    }

    private boolean fits(int m, int s) {
        return occupant[problem.a[m]][s] < 0 && occupant[problem.b[m]][s] < 0 && memberCount[s] < problem.tables;
    }

    private boolean underCaps(int m) {
        return count[problem.a[m]] < problem.cap[problem.a[m]] && count[problem.b[m]] < problem.cap[problem.b[m]];
    }

    private void assign(int m, int s) {
        slotOf[m] = s;
        occupant[problem.a[m]][s] = m;
        occupant[problem.b[m]][s] = m;
        count[problem.a[m]]++;
        count[problem.b[m]]++;
        if (memberCount[s] == members[s].length) {
            members[s] = Arrays.copyOf(members[s], members[s].length * 2);
        }
        position[m] = memberCount[s];
        members[s][memberCount[s]++] = m;
        log(m, -1);
    }

    private void unassign(int m) {
        int s = slotOf[m];
        slotOf[m] = -1;
        occupant[problem.a[m]][s] = -1;
        occupant[problem.b[m]][s] = -1;
        count[problem.a[m]]--;
        count[problem.b[m]]--;
        int last = members[s][--memberCount[s]];
        members[s][position[m]] = last;
        position[last] = position[m];
        log(m, s);
    }

    private void log(int m, int previous) {
        if (undoSize < undoMeeting.length) {
            undoMeeting[undoSize] = m;
            undoSlot[undoSize++] = previous;
        }
    }

    private void rollback(int mark) {
        while (undoSize > mark) {
            int i = --undoSize;
            int m = undoMeeting[i];
            int before = undoSlot[i];
            if (before < 0) {
                unassign(m);
            } else {
                assign(m, before);
            }
            undoSize = i; // the inverse operations are not logged
        }
    }

    private void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** Meetings scheduled so far (for progress). */
    int scheduled() {
        return (int) Arrays.stream(slotOf).filter(s -> s >= 0).count();
    }
}
