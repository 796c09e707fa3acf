package no.kobling.advisory.catalogue.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands: referred → accepted → delivered → feedback given; the provider may decline a new
 * referral. Every other move is refused.
 */
public enum ReferralStatus {
    REFERRED,
    ACCEPTED,
    DECLINED,
    DELIVERED,
    FEEDBACK_GIVEN;

    /** The states this one may move to. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case REFERRED -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(FEEDBACK_GIVEN);
            case DECLINED, FEEDBACK_GIVEN -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean mayMoveTo(ReferralStatus target) {
        return next().contains(target);
    }

    /** Delivered referrals (with or without feedback) count as delivered in usage figures. */
    public boolean isDelivered() {
        return this == DELIVERED || this == FEEDBACK_GIVEN;
    }
}
