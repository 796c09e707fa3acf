package no.kobling.advisory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.shared.DomainException;

/**
 * A partnership's own funnel rules: the thresholds and, optionally, which kinds lift a company to which level. Empty
 * kind lists mean "the kinds' default levels". Without a row the {@link FunnelPolicy#DEFAULTS} apply.
 */
@Entity(name = "AdvisoryFunnelRule")
@Table(name = "advisory_funnel_rule")
public class FunnelRule {

    @Id
    @Column(name = "partnership_id")
    private Long partnershipId;

    @Column(name = "participating_min_activities", nullable = false)
    private int participatingMinActivities;

    @Column(name = "intensive_min_hours", nullable = false)
    private BigDecimal intensiveMinHours;

    @Column(name = "participating_kinds", nullable = false)
    private String participatingKinds;

    @Column(name = "intensive_kinds", nullable = false)
    private String intensiveKinds;

    @Column(name = "deep_dive_kinds", nullable = false)
    private String deepDiveKinds;

    @Version
    private long version;

    protected FunnelRule() {
    }

    public FunnelRule(long partnershipId) {
        this.partnershipId = partnershipId;
        FunnelPolicy d = FunnelPolicy.DEFAULTS;
        this.participatingMinActivities = d.participatingMinActivities();
        this.intensiveMinHours = d.intensiveMinHours();
        this.participatingKinds = "";
        this.intensiveKinds = "";
        this.deepDiveKinds = "";
    }

    public void configure(int minActivities, BigDecimal minHours, Collection<String> participating,
            Collection<String> intensive, Collection<String> deepDive) {
        if (minActivities < 1 || minActivities > 1000) {
            throw DomainException.rule("advisory-funnel-min-activities", "advisory.error.funnel-min-activities");
        }
        if (minHours == null || minHours.signum() < 0 || minHours.compareTo(ActivityRules.MAX_HOURS) > 0) {
            throw DomainException.rule("advisory-funnel-min-hours", "advisory.error.funnel-min-hours");
        }
        this.participatingMinActivities = minActivities;
        this.intensiveMinHours = minHours;
        this.participatingKinds = join(participating);
        this.intensiveKinds = join(intensive);
        this.deepDiveKinds = join(deepDive);
    }

    /** The rule as a pure policy, given the kinds' default levels for empty lists. */
    public FunnelPolicy policy() {
        return new FunnelPolicy(participatingMinActivities, intensiveMinHours, split(participatingKinds),
                split(intensiveKinds), split(deepDiveKinds));
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public long getVersion() {
        return version;
    }

    private static String join(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .collect(Collectors.joining(","));
    }

    private static Set<String> split(String s) {
        return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
