package no.kobling.project.plan.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a project stands. DRAFT → SUBMITTED (the application to the funder; every submission check must pass) →
 * ACTIVE (a phase has started; a draft may also start its first phase) → COMPLETED (the last phase's gate said GO) or
 * STOPPED (a gate said STOP). Completed and stopped projects are closed: history, no new work.
 */
public enum ProjectStatus {
    DRAFT, SUBMITTED, ACTIVE, STOPPED, COMPLETED;

    public boolean isClosed() {
        return this == STOPPED || this == COMPLETED;
    }

    public Set<ProjectStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, ACTIVE);
            case SUBMITTED -> EnumSet.of(ACTIVE);
            case ACTIVE -> EnumSet.of(STOPPED, COMPLETED);
            case STOPPED, COMPLETED -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    public boolean mayMoveTo(ProjectStatus target) {
        return next().contains(target);
    }
}
