package no.kobling.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @Scheduled} method that must run on every node, not once across them: it refreshes something that
 * lives in the node's own memory (e.g. the partner matching index). Every other timer takes a {@link JobLease}
 * ({@code ScheduledJobsTest} checks both).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EveryNode {

    /** Why this timer runs on every node. */
    String value();
}
