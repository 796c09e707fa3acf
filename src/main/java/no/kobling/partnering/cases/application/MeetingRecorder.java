package no.kobling.partnering.cases.application;

import java.time.Instant;
import java.time.LocalDate;
import no.kobling.partnering.cases.domain.FollowUp;
import no.kobling.partnering.cases.domain.FollowUpPlan;
import no.kobling.partnering.cases.domain.FollowUpPlanSetting;
import no.kobling.partnering.cases.domain.Meeting;
import no.kobling.partnering.cases.domain.PartnerCase;
import no.kobling.partnering.cases.persistence.FollowUpPlanRepository;
import no.kobling.partnering.cases.persistence.FollowUpRepository;
import no.kobling.partnering.cases.persistence.MeetingRepository;
import org.springframework.stereotype.Component;

/**
 * A held meeting: recorded on the case, which moves to follow-up, with the follow-up plan of its partnership (the
 * default +14 days, +3 months, +6 months unless the partnership configured its own) counted from the meeting day.
 */
@Component
class MeetingRecorder {

    private final MeetingRepository meetings;
    private final FollowUpRepository followUps;
    private final FollowUpPlanRepository plans;
    private final CaseDays days;

    MeetingRecorder(MeetingRepository meetings, FollowUpRepository followUps, FollowUpPlanRepository plans,
            CaseDays days) {
        this.meetings = meetings;
        this.followUps = followUps;
        this.plans = plans;
        this.days = days;
    }

    /** The plan counts from the day of the meeting in the zone of the case's partnership (docs/time.md). */
    Meeting record(PartnerCase c, Instant heldAt, String source, String sourceReference, String by) {
        return record(c, heldAt, days.partnershipDay(heldAt, c.getPartnershipId()), source, sourceReference, by);
    }

    Meeting record(PartnerCase c, Instant heldAt, LocalDate day, String source, String sourceReference, String by) {
        c.meetingHeld();
        Meeting meeting = meetings.save(new Meeting(c.getId(), heldAt, source, sourceReference, by));
        for (LocalDate due : plan(c.getPartnershipId()).dueDates(day)) {
            followUps.save(new FollowUp(c.getId(), meeting.getId(), due));
        }
        return meeting;
    }

    FollowUpPlan plan(long partnershipId) {
        return plans.findById(partnershipId).map(FollowUpPlanSetting::plan).orElse(FollowUpPlan.DEFAULT);
    }
}
