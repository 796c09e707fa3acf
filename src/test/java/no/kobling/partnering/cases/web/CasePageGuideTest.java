package no.kobling.partnering.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.kobling.partnering.cases.application.CaseViews.CaseCard;
import no.kobling.partnering.cases.application.CaseViews.CaseDetail;
import no.kobling.partnering.cases.application.CaseViews.ConsentView;
import no.kobling.partnering.cases.application.CaseViews.EntryView;
import no.kobling.partnering.cases.application.CaseViews.FollowUpView;
import no.kobling.partnering.cases.application.CaseViews.MeetingView;
import no.kobling.partnering.cases.application.CaseViews.Named;
import no.kobling.partnering.cases.domain.EntryKind;
import no.kobling.partnering.cases.domain.Stage;
import org.junit.jupiter.api.Test;

/** The case page's order of things: forward stages first, the next step's actions first, and the summary. */
class CasePageGuideTest {

    static final Instant CREATED = Instant.parse("2026-11-02T08:00:00Z");

    static CaseDetail detail(Stage stage, boolean partner, boolean consents, List<FollowUpView> followUps,
            List<EntryView> entries) {
        Named a = new Named(1, "Nordfisk AS");
        CaseCard card = new CaseCard(7, stage, true, new Named(3, "Arctic"), a, partner ? new Named(2, "Gruv AB") : null,
                "NO–SE", new Named(10, "Ada"), new Named(11, "Bo"), 0, 0, null, null);
        ConsentView consent = consents ? new ConsentView("CEO", LocalDate.of(2026, 11, 3), "mail") : null;
        return new CaseDetail(card, List.of(), consent, consent, CREATED, "ada", null, true, entries, List.of(),
                followUps, List.of(), 1);
    }

    @Test
    void theStageSelectorOffersOnlyForwardStagesAndPreselectsTheNextOne() {
        var mapping = CasePageGuide.StageChoices.of(Stage.MAPPING);
        assertThat(mapping.forward()).containsExactly(Stage.SHORTLIST, Stage.INTRODUCTION, Stage.MEETING);
        assertThat(mapping.preselected()).isEqualTo(Stage.SHORTLIST);
        assertThat(mapping.back()).isEmpty();

        var introduction = CasePageGuide.StageChoices.of(Stage.INTRODUCTION);
        assertThat(introduction.preselected()).isEqualTo(Stage.MEETING);
        assertThat(introduction.forward()).doesNotContain(Stage.MAPPING, Stage.SHORTLIST, Stage.INTRODUCTION);
        assertThat(introduction.back()).containsExactly(Stage.SHORTLIST);

        // past the meeting no stage is chosen by hand: nothing is preselected, least of all an earlier stage
        var followUp = CasePageGuide.StageChoices.of(Stage.FOLLOW_UP);
        assertThat(followUp.forward()).isEmpty();
        assertThat(followUp.preselected()).isNull();
        assertThat(followUp.back()).containsExactly(Stage.MEETING);
        assertThat(CasePageGuide.StageChoices.of(Stage.OUTCOME).forward()).isEmpty();
    }

    @Test
    void theNextStepComesFirstAndTheRestIsFolded() {
        var mapping = CasePageGuide.actions(detail(Stage.MAPPING, true, false, List.of(), List.of()), false);
        assertThat(mapping.next()).containsExactly("consent", "stage");
        assertThat(mapping.other()).contains("meeting", "outcome").doesNotContain("back", "project", "close");

        var noPartner = CasePageGuide.actions(detail(Stage.MAPPING, false, true, List.of(), List.of()), true);
        assertThat(noPartner.next()).containsExactly("partner", "stage");
        assertThat(noPartner.other()).contains("project", "consent");

        var meeting = CasePageGuide.actions(detail(Stage.MEETING, true, true, List.of(), List.of()), false);
        assertThat(meeting.next()).containsExactly("meeting");
        assertThat(meeting.other()).contains("back").doesNotContain("stage", "meeting");

        var followUp = CasePageGuide.actions(detail(Stage.FOLLOW_UP, true, true, List.of(), List.of()), false);
        assertThat(followUp.next()).containsExactly("outcome");
    }

    @Test
    void theSummaryNamesTheEarliestOpenFollowUpAndTheLatestActivity() {
        var done = new FollowUpView(1, 7, LocalDate.of(2026, 11, 10), Instant.parse("2026-11-12T10:00:00Z"), "ada",
                null, false);
        var late = new FollowUpView(2, 7, LocalDate.of(2026, 12, 20), null, null, null, false);
        var early = new FollowUpView(3, 7, LocalDate.of(2026, 12, 1), null, null, null, true);
        var note = new EntryView(4, EntryKind.NOTE, "bo", "ringte", Instant.parse("2026-11-20T09:00:00Z"));
        var summary = CasePageGuide.summary(detail(Stage.FOLLOW_UP, true, true, List.of(done, late, early),
                List.of(note)));
        assertThat(summary.nextFollowUp()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(summary.nextOverdue()).isTrue();
        assertThat(summary.lastActivity()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));

        var fresh = CasePageGuide.summary(detail(Stage.MAPPING, true, false, List.of(), List.of()));
        assertThat(fresh.nextFollowUp()).isNull();
        assertThat(fresh.lastActivity()).isEqualTo(CREATED);
    }
}
