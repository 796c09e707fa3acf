package no.kobling.advisory.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a company's level follows from its activities (documented in docs/advisory.md):
 * <ul>
 * <li>any activity → contacted;</li>
 * <li>at least {@code participatingMinActivities} activities, or an activity of a participating kind → participating;</li>
 * <li>at least {@code intensiveMinHours} hours in all, or an activity of an intensive kind → intensive;</li>
 * <li>an activity of a deep-dive kind → deep dive.</li>
 * </ul>
 * A kind's level comes from the kind lists when any is non-empty, else from the kind's own default level. Every
 * activity counts its full hours for each company it involved.
 */
public record FunnelPolicy(int participatingMinActivities, BigDecimal intensiveMinHours,
        Set<String> participatingKinds, Set<String> intensiveKinds, Set<String> deepDiveKinds) {

    public static final FunnelPolicy DEFAULTS = new FunnelPolicy(2, BigDecimal.TEN, Set.of(), Set.of(), Set.of());

    public FunnelPolicy {
        participatingKinds = Set.copyOf(participatingKinds);
        intensiveKinds = Set.copyOf(intensiveKinds);
        deepDiveKinds = Set.copyOf(deepDiveKinds);
    }

    public boolean usesKindDefaults() {
        return participatingKinds.isEmpty() && intensiveKinds.isEmpty() && deepDiveKinds.isEmpty();
    }

    /** One activity as the funnel sees it: which company, which kind (code and default level), how many hours. */
    public record Fact(long companyId, String kindCode, FunnelLevel kindDefault, BigDecimal hours) {
    }

    public FunnelLevel levelOfKind(String code, FunnelLevel kindDefault) {
        if (usesKindDefaults()) {
            return kindDefault;
        }
        if (deepDiveKinds.contains(code)) {
            return FunnelLevel.DEEP_DIVE;
        }
        if (intensiveKinds.contains(code)) {
            return FunnelLevel.INTENSIVE;
        }
        if (participatingKinds.contains(code)) {
            return FunnelLevel.PARTICIPATING;
        }
        return FunnelLevel.CONTACTED;
    }

    /** Each company's level from its activities (companies without activities are absent). */
    public Map<Long, FunnelLevel> levels(Collection<Fact> facts) {
        Map<Long, Integer> count = new HashMap<>();
        Map<Long, BigDecimal> hours = new HashMap<>();
        Map<Long, FunnelLevel> byKind = new HashMap<>();
        for (Fact f : facts) {
            count.merge(f.companyId(), 1, Integer::sum);
            hours.merge(f.companyId(), f.hours(), BigDecimal::add);
            byKind.merge(f.companyId(), levelOfKind(f.kindCode(), f.kindDefault()), FunnelLevel::max);
        }
        Map<Long, FunnelLevel> result = new HashMap<>();
        for (Long company : count.keySet()) {
            FunnelLevel level = byKind.get(company);
            if (count.get(company) >= participatingMinActivities) {
                level = FunnelLevel.max(level, FunnelLevel.PARTICIPATING);
            }
            if (hours.get(company).compareTo(intensiveMinHours) >= 0) {
                level = FunnelLevel.max(level, FunnelLevel.INTENSIVE);
            }
            result.put(company, level);
        }
        return result;
    }

    /** Companies that reached at least each level, lowest level first (the pyramid's steps). */
    public static List<Long> countsAtLeast(Map<Long, FunnelLevel> levels) {
        long[] counts = new long[FunnelLevel.values().length];
        for (FunnelLevel level : levels.values()) {
            for (int i = 0; i <= level.ordinal(); i++) {
                counts[i]++;
            }
        }
        return java.util.Arrays.stream(counts).boxed().toList();
    }
}
