package no.kobling.shared.privacy;

import java.util.List;
import java.util.Set;

/**
 * Whose records a retention run may anonymise: everything (the daily job, an administrator's run) or only the records
 * of some organisations (a data protection officer's run covers their own organisation; docs/privacy.md).
 * {@code organisations} is null for everything.
 */
public record RetentionScope(Set<Long> organisations) {

    public static final RetentionScope ALL = new RetentionScope(null);

    public RetentionScope {
        organisations = organisations == null ? null : Set.copyOf(organisations);
    }

    public static RetentionScope of(Long organisation) {
        return new RetentionScope(organisation == null ? Set.of() : Set.of(organisation));
    }

    public boolean all() {
        return organisations == null;
    }

    /**
     * The organisation ids as an SQL {@code in (..)} list: never empty (an id no record has stands in for "none"), so
     * adapters write {@code (:all = true or owner in (:organisations))}.
     */
    public List<Long> sqlList() {
        return organisations == null || organisations.isEmpty() ? List.of(-1L) : List.copyOf(organisations);
    }
}
