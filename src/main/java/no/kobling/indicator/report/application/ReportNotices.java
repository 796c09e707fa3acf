package no.kobling.indicator.report.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.kobling.identity.Permission;
import no.kobling.identity.UserDirectory;
import no.kobling.indicator.report.domain.Report;
import no.kobling.notification.Notifications;
import no.kobling.project.ProjectScope;
import org.springframework.stereotype.Component;

/**
 * Who hears of a report's step (docs/reports.md): when a report is submitted, the users of the project's funder
 * organisation who may read reports ({@code VIEW_REPORTS}); when the funder returns it, its submitter and the project's
 * coordinators ({@code MANAGE_PROJECTS} in the owner organisation), with the funder's comment. The link is the
 * report's page. Runs in the caller's transaction (the outbox sends the mail once it commits).
 */
@Component
class ReportNotices {

    private final Notifications notifications;
    private final UserDirectory users;

    ReportNotices(Notifications notifications, UserDirectory users) {
        this.notifications = notifications;
        this.users = users;
    }

    void submitted(ProjectScope scope, Report report) {
        if (scope.funderOrganisationId() == null) {
            return;
        }
        for (UserDirectory.UserInfo u : users.enabledWithPermission(Permission.VIEW_REPORTS,
                List.of(scope.funderOrganisationId()))) {
            notifications.notify(u.id(), "report.notification.submitted", List.of(scope.name(),
                    report.getFrom().toString(), report.getTo().toString()), link(report));
        }
    }

    void returned(ProjectScope scope, Report report, long callerId) {
        Set<Long> recipients = new LinkedHashSet<>();
        if (report.getSubmittedByUserId() != null) {
            recipients.add(report.getSubmittedByUserId());
        }
        users.enabledWithPermission(Permission.MANAGE_PROJECTS, List.of(scope.ownerOrganisationId()))
                .forEach(u -> recipients.add(u.id()));
        recipients.remove(callerId);
        for (long user : recipients) {
            notifications.notify(user, "report.notification.returned", List.of(scope.name(),
                    report.getFrom().toString(), report.getTo().toString(),
                    report.getFunderComment() == null ? "" : report.getFunderComment()), link(report));
        }
    }

    private static String link(Report report) {
        return "/projects/" + report.getProjectId() + "/reports/" + report.getId();
    }
}
