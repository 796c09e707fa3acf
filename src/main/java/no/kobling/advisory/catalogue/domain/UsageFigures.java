package no.kobling.advisory.catalogue.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Usage of services per service and municipality (pure): referrals, delivered referrals, average feedback, and
 * activities that named the service. Rows are sorted by service and municipality id.
 */
public final class UsageFigures {

    private UsageFigures() {
    }

    /** One referral as counted: its service, the company's municipality, whether delivered, and feedback. */
    public record ReferralFact(long serviceId, long municipalityId, boolean delivered, Integer feedbackScore) {
    }

    /** Activities from activity logging for a service and municipality (null = unknown place). */
    public record ActivityFact(long serviceId, Long municipalityId, long activities, long companies) {
    }

    public record Key(long serviceId, Long municipalityId) {
    }

    public record Row(long serviceId, Long municipalityId, long referrals, long delivered, long feedbackCount,
            Double averageFeedback, long activities, long activityCompanies) {
    }

    public static List<Row> count(List<ReferralFact> referrals, List<ActivityFact> activities) {
        Map<Key, long[]> acc = new LinkedHashMap<>();
        for (ReferralFact r : referrals) {
            long[] a = acc.computeIfAbsent(new Key(r.serviceId(), r.municipalityId()), k -> new long[6]);
            a[0]++;
            if (r.delivered()) {
                a[1]++;
            }
            if (r.feedbackScore() != null) {
                a[2]++;
                a[3] += r.feedbackScore();
            }
        }
        for (ActivityFact f : activities) {
            long[] a = acc.computeIfAbsent(new Key(f.serviceId(), f.municipalityId()), k -> new long[6]);
            a[4] += f.activities();
            a[5] += f.companies();
        }
        List<Row> rows = new ArrayList<>();
        acc.forEach((k, a) -> rows.add(new Row(k.serviceId(), k.municipalityId(), a[0], a[1], a[2],
                a[2] == 0 ? null : (double) a[3] / a[2], a[4], a[5])));
        rows.sort(Comparator.comparingLong(Row::serviceId).thenComparing(Row::municipalityId,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }
}
