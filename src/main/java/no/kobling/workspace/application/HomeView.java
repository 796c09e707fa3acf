package no.kobling.workspace.application;

import java.util.List;
import java.util.Optional;
import no.kobling.advisory.AdvisoryOverview;
import no.kobling.company.CompanyRef;
import no.kobling.company.ImportOverview;
import no.kobling.event.EventOverview;
import no.kobling.notification.OutboxHealth;
import no.kobling.partnering.CaseOverview;
import no.kobling.project.ProjectRef;
import no.kobling.shared.search.IndexStatusSource;
import no.kobling.survey.CompanySurveys;

/** What the home page shows: a section per role the user has ({@code null} when the user lacks the permission). */
public record HomeView(Advisor advisor, Coordinator coordinator, Facilitator facilitator,
        AdvisoryOverview.ExpertMonth expert, Company company, List<ProjectRef> funder, Admin admin) {

    public boolean empty() {
        return advisor == null && coordinator == null && facilitator == null && expert == null && company == null
                && funder == null && admin == null;
    }

    public record Advisor(List<AdvisoryOverview.DueFollowUp> followUps, long overdue,
            List<CompanyRef> companies) {
    }

    /** {@code cases}: null when the facilitator section shows the board; {@code registrations}: null without MANAGE_EVENTS. */
    public record Coordinator(List<AdvisoryOverview.PyramidFigures> pyramids,
            List<AdvisoryOverview.WaitingReferral> referrals, CaseOverview.Board cases,
            List<EventOverview.WaitingRegistrations> registrations) {
    }

    public record Facilitator(CaseOverview.Board board) {
    }

    /** A represented company: whether it has a partner profile yet, its referrals and its open surveys. */
    public record CompanyItem(CompanyRef company, boolean hasProfile, List<AdvisoryOverview.WaitingReferral> referrals,
            List<CompanySurveys.CompanySurvey> surveys) {
    }

    public record Company(List<CompanyItem> companies, List<EventOverview.CompanyParticipation> events) {

        public boolean needsProfile() {
            return companies.stream().anyMatch(c -> !c.hasProfile());
        }
    }

    /** Null parts: the administrator lacks that permission ({@code indexes}: the search indexes, reference data). */
    public record Admin(Long users, Optional<ImportOverview.LastImport> lastImport, boolean importsVisible,
            OutboxHealth.Backlog outbox, List<IndexStatusSource.IndexStatus> indexes) {
    }
}
