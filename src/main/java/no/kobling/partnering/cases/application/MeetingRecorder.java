package no.kobling.partnering.cases.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    MeetingRecorder(MeetingRepository meetings, FollowUpRepository followUps, FollowUpPlanRepository plans) {
        this.meetings = meetings;
        this.followUps = followUps;
        this.plans = plans;
    }

    Meeting record(PartnerCase c, Instant heldAt, String source, String sourceReference, String by) {
        c.meetingHeld();
        Meeting meeting = meetings.save(new Meeting(c.getId(), heldAt, source, sourceReference, by));
        LocalDate day = heldAt.atZone(ZoneOffset.UTC).toLocalDate();
        for (LocalDate due : plan(c.getPartnershipId()).dueDates(day)) {
            followUps.save(new FollowUp(c.getId(), meeting.getId(), due));
        }
        return meeting;
    }

    FollowUpPlan plan(long partnershipId) {
        return plans.findById(partnershipId).map(FollowUpPlanSetting::plan).orElse(FollowUpPlan.DEFAULT);
    }
}
