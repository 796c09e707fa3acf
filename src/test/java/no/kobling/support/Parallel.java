package no.kobling.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Fires {@code n} calls at once: each on its own platform thread (never the common pool), all released together by a
 * {@link CyclicBarrier}, so they really race. Returns the results in call order; any exception fails the test.
 */
public final class Parallel {

    private Parallel() {
    }

    public static <T> List<T> run(int n, IntFunction<Callable<T>> call) throws InterruptedException {
        CyclicBarrier barrier = new CyclicBarrier(n);
        List<T> results = new ArrayList<>(java.util.Collections.nCopies(n, null));
        Throwable[] errors = new Throwable[n];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Callable<T> task = call.apply(i);
            Thread t = new Thread(() -> {
                try {
                    barrier.await(60, TimeUnit.SECONDS);
                    T result = task.call();
                    synchronized (results) {
                        results.set(index, result);
                    }
                } catch (Throwable e) {
                    errors[index] = e;
                }
            }, "parallel-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(180));
            if (t.isAlive()) {
                throw new AssertionError(t.getName() + " did not finish");
            }
        }
        for (Throwable e : errors) {
            if (e != null) {
                throw new AssertionError("a parallel call failed", e);
            }
        }
        synchronized (results) {
            return java.util.Collections.unmodifiableList(new ArrayList<>(results));
        }
    }

    /** How often each value occurs, sorted by value (handy for HTTP statuses). */
    public static <T extends Comparable<T>> Map<T, Integer> tally(List<T> values) {
        Map<T, Integer> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts;
    }
}
