package no.kobling.workspace.application;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.advisory.AdvisoryOverview;
import no.kobling.company.Companies;
import no.kobling.company.ImportOverview;
import no.kobling.event.EventOverview;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.UserAdministration;
import no.kobling.notification.OutboxHealth;
import no.kobling.partnering.CaseOverview;
import no.kobling.partnering.PartnerProfiles;
import no.kobling.project.ProjectRef;
import no.kobling.project.Projects;
import no.kobling.shared.search.IndexStatusSource;
import no.kobling.survey.CompanySurveys;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Builds the home page of the signed-in user: one section per role, each only with the permission that role's pages
 * need (the facades check it again). Lists are short; each section links to the full page.
 */
@Service
public class HomeService {

    static final int SHORT_LIST = 5;
    static final int FOLLOW_UPS = 10;

    private final CurrentUsers currentUsers;
    private final AdvisoryOverview advisory;
    private final CaseOverview cases;
    private final EventOverview events;
    private final Companies companies;
    private final PartnerProfiles profiles;
    private final Projects projects;
    private final UserAdministration users;
    private final ImportOverview imports;
    private final OutboxHealth outbox;
    private final CompanySurveys surveys;
    private final List<IndexStatusSource> indexSources;

    HomeService(CurrentUsers currentUsers, AdvisoryOverview advisory, CaseOverview cases, EventOverview events,
            Companies companies, PartnerProfiles profiles, Projects projects, UserAdministration users,
            ImportOverview imports, OutboxHealth outbox, CompanySurveys surveys,
            List<IndexStatusSource> indexSources) {
        this.currentUsers = currentUsers;
        this.advisory = advisory;
        this.cases = cases;
        this.events = events;
        this.companies = companies;
        this.profiles = profiles;
        this.projects = projects;
        this.users = users;
        this.imports = imports;
        this.outbox = outbox;
        this.surveys = surveys;
        this.indexSources = indexSources;
    }

    @PreAuthorize("isAuthenticated()")
    public HomeView home() {
        CurrentUser user = currentUsers.require();
        return new HomeView(advisor(user), coordinator(user), facilitator(user), expert(user), company(user),
                funder(user), admin(user));
    }

    private HomeView.Advisor advisor(CurrentUser user) {
        if (!user.has(Permission.LOG_ACTIVITIES)) {
            return null;
        }
        List<AdvisoryOverview.DueFollowUp> followUps = advisory.followUpsDue();
        return new HomeView.Advisor(followUps.stream().limit(FOLLOW_UPS).toList(),
                followUps.stream().filter(AdvisoryOverview.DueFollowUp::overdue).count(),
                advisory.myCompanies(SHORT_LIST));
    }

    private HomeView.Coordinator coordinator(CurrentUser user) {
        if (!user.has(Permission.MANAGE_PARTNERSHIPS)) {
            return null;
        }
        CaseOverview.Board board = user.has(Permission.FACILITATE_PARTNER_SEARCH) ? null : cases.board(SHORT_LIST);
        return new HomeView.Coordinator(advisory.pyramids(), advisory.referralsWaiting(SHORT_LIST), board,
                user.has(Permission.MANAGE_EVENTS) ? events.registrationsWaiting(SHORT_LIST) : null);
    }

    private HomeView.Facilitator facilitator(CurrentUser user) {
        return user.has(Permission.FACILITATE_PARTNER_SEARCH) ? new HomeView.Facilitator(cases.board(FOLLOW_UPS))
                : null;
    }

    private AdvisoryOverview.ExpertMonth expert(CurrentUser user) {
        return user.has(Permission.OFFER_EXPERTISE) ? advisory.expertMonth() : null;
    }

    private HomeView.Company company(CurrentUser user) {
        if (!user.has(Permission.REPRESENT_COMPANY)) {
            return null;
        }
        List<Long> ids = companies.representedCompanyIds();
        String lang = LocaleContextHolder.getLocale().getLanguage();
        Set<Long> withProfile = profiles.profilesOf(ids, lang).stream().map(PartnerProfiles.ProfileSummary::companyId)
                .collect(Collectors.toSet());
        List<HomeView.CompanyItem> items = companies.refs(ids).stream().map(c -> new HomeView.CompanyItem(c,
                withProfile.contains(c.id()), advisory.referralsOfCompany(c.id()).stream().limit(SHORT_LIST)
                        .toList(), surveys.open(c.id()))).toList();
        return new HomeView.Company(items, events.companyParticipations(SHORT_LIST * 2));
    }

    /**
     * Mails a new personal answer link of the survey to the address the company's survey was sent to (ws16 point 1);
     * only for a company the user represents (404 otherwise, checked by the survey module). Returns the address.
     */
    @PreAuthorize("isAuthenticated()")
    public String resendSurveyLink(long companyId, long surveyId) {
        return surveys.resendLink(companyId, surveyId);
    }

    /** Funders: the projects their organisation funds; a pure funder sees the (empty) section even without any. */
    private List<ProjectRef> funder(CurrentUser user) {
        if (!user.has(Permission.VIEW_REPORTS)) {
            return null;
        }
        List<ProjectRef> funded = projects.funded();
        boolean pureFunder = !user.has(Permission.LOG_ACTIVITIES) && !user.has(Permission.MANAGE_PROJECTS);
        return funded.isEmpty() && !pureFunder ? null : funded;
    }

    private HomeView.Admin admin(CurrentUser user) {
        boolean usersAdmin = user.has(Permission.ADMINISTER_USERS);
        boolean referenceAdmin = user.has(Permission.ADMINISTER_REFERENCE_DATA);
        if (!usersAdmin && !referenceAdmin) {
            return null;
        }
        return new HomeView.Admin(usersAdmin ? users.countUsers() : null,
                referenceAdmin ? imports.lastImport() : java.util.Optional.empty(), referenceAdmin,
                usersAdmin ? outbox.backlog() : null, referenceAdmin ? indexes() : null);
    }

    /** Every module's search indexes by name (ws16 point 2); a source that fails is left out, never the page. */
    private List<IndexStatusSource.IndexStatus> indexes() {
        List<IndexStatusSource.IndexStatus> all = new java.util.ArrayList<>();
        for (IndexStatusSource source : indexSources) {
            try {
                all.addAll(source.indexStatus());
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(HomeService.class).warn("Index status of {} failed", source, e);
            }
        }
        all.sort(java.util.Comparator.comparing(IndexStatusSource.IndexStatus::name));
        return all;
    }
}
