package no.kobling.support;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares, per thread (MockMvc serves a request on the test's thread, so
 * background jobs do not disturb a count). Registered for the tests in {@code application-test.properties}.
 */
public class SqlCounter implements StatementInspector {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        if (Boolean.getBoolean("kobling.test.print-sql")) {
            System.out.println("SQLCOUNT " + sql);
        }
        return sql;
    }

    /** Statements prepared by this thread while {@code work} ran. */
    public static long count(ThrowingRunnable work) throws Exception {
        long before = COUNT.get()[0];
        work.run();
        return COUNT.get()[0] - before;
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
