package no.kobling.partnering.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A partnership's own follow-up plan (without a row the default plan applies). */
@Entity
@Table(name = "cases_follow_up_plan")
public class FollowUpPlanSetting {

    @Id
    @Column(name = "partnership_id")
    private Long partnershipId;
    @Column(nullable = false)
    private String offsets;
    @Version
    private long version;

    protected FollowUpPlanSetting() {
    }

    public FollowUpPlanSetting(long partnershipId, FollowUpPlan plan) {
        this.partnershipId = partnershipId;
        change(plan);
    }

    public void change(FollowUpPlan plan) {
        this.offsets = plan.format();
    }

    public FollowUpPlan plan() {
        return FollowUpPlan.parse(offsets);
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public long getVersion() {
        return version;
    }
}
