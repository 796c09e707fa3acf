package no.kobling.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kobling.actor.Actors;
import no.kobling.actor.MemberRole;
import no.kobling.actor.NetworkRole;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.actor.PartnershipData;
import no.kobling.actor.PersonData;
import no.kobling.advisory.Advisory;
import no.kobling.advisory.Catalogue;
import no.kobling.company.Companies;
import no.kobling.company.CompanyTestData;
import no.kobling.event.EventFixture;
import no.kobling.event.domain.Participant;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.partnering.PartnerProfiles;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole class of "another tenant's record" (issue 11, Done when): walks every {@code /api/v1} path with a path
 * variable in the OpenAPI description, fills it with ids of records of organisation X (in partnership P), calls it as
 * a user of organisation Y (in partnership Q) who holds every non-administrator role, and expects 404 — the answer of
 * a record that does not exist. For a write, the answer must equal that for unknown ids (status and code): a 404, or
 * a 400 of the request shape that does not depend on the record. Never 200, 403 or 500.
 * <p>
 * A path missing from {@link #ids} fails the test ("a new endpoint"): add its ids, or list it in {@link #ALLOWED}
 * with the reason.
 */
@IntegrationTest
class CrossTenantApiTest {

    static final long UNKNOWN = 987_654_321L;

    /**
     * "METHOD path" (or "* path" for every method) → why another tenant's id may answer something other than 404.
     */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            // shared reference data: everyone may read it
            Map.entry("* /api/v1/geo/municipalities/{id}", "geo reference data, readable by every user"),
            Map.entry("* /api/v1/geo/municipalities/by-code/{country}/{code}", "geo reference data"),
            Map.entry("* /api/v1/geo/nace/{code}", "NACE reference data"),
            Map.entry("* /api/v1/advisory/kinds/{id}", "activity kinds are reference data (administrators edit)"),
            Map.entry("* /api/v1/advisory/kinds/{id}/restore", "activity kinds are reference data"),
            Map.entry("* /api/v1/agreement-areas/{id}", "areas of cooperation are reference data (administrators edit)"),
            Map.entry("* /api/v1/agreement-areas/{id}/restore", "areas of cooperation are reference data"),
            // budget (issue 13): cost categories and kinds of financing are reference data (administrators edit)
            Map.entry("* /api/v1/budget/{list}", "budget reference lists"),
            Map.entry("* /api/v1/budget/{list}/{refId}", "budget reference lists"),
            Map.entry("* /api/v1/budget/{list}/{refId}/restore", "budget reference lists"),
            // surveys (issue 15, surveycore): templates are shipped reference data; a survey made from one belongs to
            // the caller's own organisation
            Map.entry("* /api/v1/survey-templates/{code}/surveys", "survey templates are shipped reference data"),
            // platform administration, not tenant data: a non-administrator is refused the whole endpoint (403)
            Map.entry("* /api/v1/admin/users/{id}", "user administration is platform administration (403 for all)"),
            Map.entry("* /api/v1/admin/sso-providers/{id}",
                    "identity providers are platform administration like users (403 for all; SsoAdministrationTest)"),
            Map.entry("* /api/v1/imports/{id}", "register imports are platform administration (403 for all)"),
            Map.entry("* /api/v1/imports/{id}/rejections", "register imports are platform administration"),
            // project plans: project types are reference data (administrators edit)
            Map.entry("* /api/v1/project-types/{id}", "project types are reference data, readable by every user"),
            Map.entry("* /api/v1/project-types/{id}/archive", "project types are reference data"),
            // the shared company register: every user with directory access reads every company
            Map.entry("GET /api/v1/companies/{id}", "the shared company register is readable by everyone"),
            Map.entry("GET /api/v1/companies/{id}/history", "the shared company register"),
            Map.entry("GET /api/v1/companies/{id}/figures/{year}", "the shared company register"),
            Map.entry("GET /api/v1/companies/{id}/possible-duplicates", "the shared company register"),
            Map.entry("GET /api/v1/companies/{id}/partner-recommendations",
                    "recommendations of published profiles for a register company (published = public)"),
            Map.entry("GET /api/v1/advisory/companies/{companyId}/needs",
                    "a register company: the list holds only the caller's visible needs (see needsOfAForeignTenant)"),
            Map.entry("PUT /api/v1/advisory/companies/{companyId}/needs/{code}",
                    "assesses a need of the caller's own organisation for a register company"),
            // survey distribution (issue 15): consent to surveys belongs to the register company, not to a tenant
            Map.entry("* /api/v1/companies/{id}/survey-consent",
                    "consent to surveys is the shared register company's (staff with MANAGE_SURVEYS record it)"),
            Map.entry("GET /api/v1/companies/{id}/representatives",
                    "the shared company register: who represents a company is shown on its page"),
            Map.entry("GET /api/v1/companies/{companyId}/survey-need-suggestions",
                    "a register company: the list holds only suggestions of surveys the caller reads (surveyresult)"),
            Map.entry("GET /api/v1/companies/{id}/timeline",
                    "a register company: the timeline holds only the caller's visible entries (CompanyTimelineTest)"));

    /**
     * Writes on the shared company register (issue 11 findings 1 and 9, docs/security.md): every user reads every
     * company, so a company outside the caller's area is not hidden but refused — 403 {@code company-not-in-area} (or
     * 404 {@code user-not-found} for a user the caller may not link), or the 400 of the request shape. Never 2xx.
     */
    static final Set<String> REGISTER_WRITES = Set.of("PUT /api/v1/companies/{id}",
            "PUT /api/v1/companies/{id}/figures/{year}", "POST /api/v1/companies/{id}/merge",
            "POST /api/v1/companies/{id}/representatives", "DELETE /api/v1/companies/{id}/representatives/{userId}",
            "POST /api/v1/companies/{id}/representatives/{userId}/verify");

    /** Valid bodies for writes, so that they reach the service's checks rather than stop at the request shape. */
    static Map<String, String> bodies(World x) {
        Map<String, String> all = new LinkedHashMap<>(bodies0(x));
        all.putAll(x.budget.bodies()); // budget (issue 13): project budget, financing, actuals, agreement, hours
        all.putAll(no.kobling.indicator.report.ReportScheduleTenancyFixture.bodies()); // reporting schedule (reportplus)
        all.putAll(no.kobling.indicator.ManualTenancyFixture.bodies()); // manual indicators (issue 14, "manual")
        all.putAll(no.kobling.partnering.cases.checkin.CheckInTenancyFixture.bodies()); // check-ins (issue 15)
        return all;
    }

    static Map<String, String> bodies0(World x) {
        String v1 = "/api/v1";
        return Map.ofEntries(
                Map.entry("PUT " + v1 + "/organisations/{id}",
                        "{\"name\":\"Taken\",\"kind\":\"BUSINESS_GARDEN\",\"countryCode\":\"NO\",\"version\":0}"),
                Map.entry("PUT " + v1 + "/partnerships/{id}",
                        "{\"name\":\"Taken\",\"startDate\":\"2025-01-01\",\"version\":0}"),
                Map.entry("PUT " + v1 + "/people/{id}", "{\"name\":\"Taken\",\"roles\":[\"ADVISOR\"],\"version\":0}"),
                Map.entry("PUT " + v1 + "/entrepreneurs/{id}", "{\"name\":\"Taken\",\"consent\":true,\"version\":0}"),
                Map.entry("POST " + v1 + "/entrepreneurs/{id}/company", "{\"companyId\":" + x.companyX + "}"),
                Map.entry("POST " + v1 + "/cases/{id}/entries", "{\"body\":\"Hello\"}"),
                Map.entry("POST " + v1 + "/cases/{id}/stage", "{\"stage\":\"SHORTLIST\",\"version\":0}"),
                Map.entry("POST " + v1 + "/cases/{id}/partner", "{\"companyId\":" + x.companyX2 + "}"),
                Map.entry("POST " + v1 + "/cases/{id}/meetings", "{\"heldAt\":\"2026-01-10T10:00:00Z\"}"),
                Map.entry("PUT " + v1 + "/catalogue/services/{id}",
                        "{\"texts\":{\"en\":{\"name\":\"Taken\",\"description\":\"d\"}},\"version\":0}"),
                Map.entry("POST " + v1 + "/catalogue/bookings/{id}/hours", "{\"date\":\"2026-01-10\",\"hours\":1}"),
                Map.entry("POST " + v1 + "/catalogue/referrals/{id}/feedback", "{\"score\":5}"),
                Map.entry("PUT " + v1 + "/catalogue/experts/{personId}/capacity", "{\"hoursPerMonth\":5}"),
                // networks (issue 13): valid bodies, so they reach the tenancy check
                Map.entry("PUT " + v1 + "/networks/{id}", "{\"name\":\"Taken\",\"organiserOrganisationId\":" + x.orgX
                        + ",\"facilitatorUserId\":" + x.xUserId + ",\"startDate\":\"2026-01-01\",\"version\":0}"),
                Map.entry("POST " + v1 + "/networks/{id}/members", "{\"companyId\":" + x.companyX + "}"),
                Map.entry("POST " + v1 + "/networks/{id}/meetings",
                        "{\"heldOn\":\"2026-02-01\",\"topic\":\"Taken\",\"place\":\"Hall\"}"),
                // results (issue 14)
                Map.entry("PUT " + v1 + "/projects/{id}/targets/{code}", "{\"value\":1}"),
                Map.entry("PUT " + v1 + "/projects/{id}/results/counting", "{\"counting\":\"PARTNERSHIP\"}"),
                // reports (issue 14 point 4)
                Map.entry("POST " + v1 + "/projects/{id}/reports",
                        "{\"from\":\"2026-01-01\",\"to\":\"2026-03-31\",\"deadline\":\"2026-04-30\"}"),
                Map.entry("PUT " + v1 + "/projects/{id}/reports/{reportId}", "{\"narrative\":\"Taken\"}"),
                Map.entry("POST " + v1 + "/projects/{id}/reports/{reportId}/submit", "{\"lateReason\":\"Taken\"}"),
                Map.entry("POST " + v1 + "/projects/{id}/reports/{reportId}/acknowledge", "{\"comment\":\"ok\"}"),
                Map.entry("POST " + v1 + "/projects/{id}/reports/{reportId}/return", "{\"comment\":\"no\"}"));
    }

    static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyApiPathWithAnIdAnswers404ToAnotherTenant() throws Exception {
        World x = new World(context);
        String y = x.otherTenantUser();
        Map<String, List<Object>> ids = ids(x);
        Map<String, String> bodies = bodies(x);
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
        List<String> problems = new ArrayList<>();
        Set<String> walked = new TreeSet<>();
        for (var path : paths.entrySet()) {
            String template = path.getKey();
            if (!template.startsWith("/api/v1/") || !template.contains("{")) {
                continue;
            }
            for (String method : path.getValue().keySet()) {
                String verb = method.toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "PUT", "POST", "PATCH", "DELETE").contains(verb)
                        || ALLOWED.containsKey(verb + " " + template) || ALLOWED.containsKey("* " + template)) {
                    continue;
                }
                if (REGISTER_WRITES.contains(verb + " " + template)) {
                    MockHttpServletResponse refused = call(y, verb, expand(template, registerIds(x, template), false),
                            registerBodies(x).getOrDefault(verb + " " + template, "{}"));
                    boolean ok = (refused.getStatus() == 403 && "company-not-in-area".equals(code(refused)))
                            || (refused.getStatus() == 404 && "user-not-found".equals(code(refused)))
                            || refused.getStatus() == 400;
                    if (!ok) {
                        problems.add(verb + " " + template + " → " + refused.getStatus() + " " + code(refused)
                                + " (expected 403 company-not-in-area)");
                    }
                    walked.add(verb + " " + template);
                    continue;
                }
                List<Object> values = ids.get(template);
                if (values == null) {
                    problems.add(verb + " " + template + ": new endpoint with an id — add it to the walk");
                    continue;
                }
                walked.add(verb + " " + template);
                String body = bodies.getOrDefault(verb + " " + template, "{}");
                MockHttpServletResponse foreign = call(y, verb, expand(template, values, false), body);
                MockHttpServletResponse unknown = call(y, verb, expand(template, values, true), body);
                String seen = verb + " " + template + " → " + foreign.getStatus() + " " + code(foreign);
                if (verb.equals("GET")) {
                    if (foreign.getStatus() != 404) {
                        problems.add(seen + " (expected 404)");
                    }
                } else if (foreign.getStatus() != 404 && (foreign.getStatus() != unknown.getStatus()
                        || !java.util.Objects.equals(code(foreign), code(unknown)) || foreign.getStatus() != 400)) {
                    problems.add(seen + " (expected 404, or the 400 an unknown id gets: " + unknown.getStatus() + " "
                            + code(unknown) + ")");
                }
            }
        }
        assertThat(walked).as("the walk covers the API").hasSizeGreaterThan(60);
        assertThat(problems).as("answers to another tenant's ids").isEmpty();
        assertThat(bodies.keySet()).as("bodies of walked writes").allSatisfy(k -> assertThat(walked).contains(k));
    }

    /** Company X2 lies in no municipality of Y's partnerships and was entered by no organisation of Y's. */
    private static List<Object> registerIds(World x, String template) {
        if (template.contains("{year}")) {
            return List.of(x.companyX2, 2025);
        }
        if (template.contains("{userId}")) {
            return List.of(x.companyX2, x.xUserId);
        }
        return List.of(x.companyX2);
    }

    private static Map<String, String> registerBodies(World x) {
        return Map.of("PUT /api/v1/companies/{id}", "{\"name\":\"Taken AS\",\"version\":0}",
                "PUT /api/v1/companies/{id}/figures/{year}", "{\"revenue\":1000,\"employees\":3}",
                "POST /api/v1/companies/{id}/merge", "{\"duplicateId\":" + x.companyX + "}",
                "POST /api/v1/companies/{id}/representatives", "{\"username\":\"" + x.xUser + "\"}");
    }

    @Test
    void registerWritesAreCovered() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
        assertThat(REGISTER_WRITES).allSatisfy(k -> {
            String[] parts = k.split(" ");
            assertThat(paths).containsKey(parts[1]);
            assertThat(paths.get(parts[1])).containsKey(parts[0].toLowerCase(java.util.Locale.ROOT));
        });
    }

    @Test
    void everyAllowListEntryNamesAPathThatExists() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Object> paths = JsonPath.read(docs, "$.paths");
        assertThat(ALLOWED.keySet()).allSatisfy(k -> assertThat(paths).containsKey(k.substring(k.indexOf(' ') + 1)));
    }

    /** Path template → values of its variables in order (ids of X's records; other variables a valid value). */
    private Map<String, List<Object>> ids(World x) {
        Map<String, List<Object>> m = new LinkedHashMap<>();
        String v1 = "/api/v1";
        m.put(v1 + "/organisations/{id}", List.of(id(x.orgX)));
        // project plans: a project of X with phases, a gate with minutes and a deliverable with a file
        no.kobling.project.plan.PlanTenancyFixture.ids(context, x.users, x.xUser, x.partnershipP, x.orgX, x.orgX2)
                .forEach((path, values) -> m.put(path, values.stream().map(v -> (Object) id(v)).toList()));
        // project timeline and PDF plan (helper "timeline"): a plain project of X
        long timelineProjectX = x.users.actingAs(x.xUser, () -> x.context.getBean(
                no.kobling.project.plan.application.ProjectService.class).create(
                        new no.kobling.project.plan.application.ProjectData(TestUsers.unique("Timeline X"),
                                x.context.getBean(no.kobling.project.plan.persistence.ProjectTypeRepository.class)
                                        .findByCode("PLAIN").orElseThrow().getId(), x.partnershipP, null, null,
                                LocalDate.of(2026, 1, 1), null, null, null, Set.of(x.giske), Set.of(), List.of()))
                .getId());
        m.put(v1 + "/projects/{id}/plan.pdf", List.of(id(timelineProjectX)));
        m.put(v1 + "/projects/{id}/timeline", List.of(id(timelineProjectX)));
        m.put(v1 + "/partnerships/{id}", List.of(id(x.partnershipP)));
        m.put(v1 + "/people/{id}", List.of(id(x.personX)));
        m.put(v1 + "/entrepreneurs/{id}", List.of(id(x.entrepreneurX)));
        m.put(v1 + "/entrepreneurs/{id}/company", List.of(id(x.entrepreneurX)));
        m.put(v1 + "/advisory/activities/{id}", List.of(id(x.activityX)));
        m.put(v1 + "/advisory/activities/{id}/follow-up-done", List.of(id(x.activityX)));
        m.put(v1 + "/advisory/needs/{id}", List.of(id(x.needX)));
        m.put(v1 + "/advisory/needs/{id}/activities/{activityId}", List.of(id(x.needX), id(x.activityX)));
        m.put(v1 + "/advisory/partnerships/{id}/funnel-rules", List.of(id(x.partnershipP)));
        m.put(v1 + "/catalogue/services/{id}", List.of(id(x.serviceX)));
        m.put(v1 + "/catalogue/services/{id}/referrals", List.of(id(x.serviceX)));
        m.put(v1 + "/catalogue/services/{id}/referrals/export.xlsx", List.of(id(x.serviceX)));
        m.put(v1 + "/catalogue/services/{id}/referrals/export.csv", List.of(id(x.serviceX)));
        m.put(v1 + "/events/{id}/participants/export.xlsx", List.of(id(x.draftEventX)));
        m.put(v1 + "/events/{id}/participants/export.csv", List.of(id(x.draftEventX)));
        m.put(v1 + "/catalogue/services/{id}/reactivate", List.of(id(x.serviceX)));
        m.put(v1 + "/catalogue/referrals/{id}", List.of(id(x.referralX)));
        m.put(v1 + "/catalogue/referrals/{id}/feedback", List.of(id(x.referralX)));
        m.put(v1 + "/catalogue/referrals/{id}/{action}", List.of(id(x.referralX), "accept"));
        m.put(v1 + "/catalogue/bookings/{id}", List.of(id(x.bookingX)));
        m.put(v1 + "/catalogue/bookings/{id}/hours", List.of(id(x.bookingX)));
        m.put(v1 + "/catalogue/experts/{personId}/capacity", List.of(id(x.personX)));
        // the hub inbox of X's partnership (issue 16 point 2)
        m.put(v1 + "/catalogue/partnerships/{partnershipId}/inbox", List.of(id(x.partnershipP)));
        m.put(v1 + "/cases/{id}", List.of(id(x.caseX)));
        for (String s : List.of("close", "entries", "meetings", "outcomes", "partner", "stage")) {
            m.put(v1 + "/cases/{id}/" + s, List.of(id(x.caseX)));
        }
        m.put(v1 + "/cases/{id}/consents/{side}", List.of(id(x.caseX), "A"));
        m.put(v1 + "/cases/{id}/follow-ups/{followUpId}/done", List.of(id(x.caseX), id(x.followUpX)));
        m.put(v1 + "/cases/plans/{partnershipId}", List.of(id(x.partnershipP)));
        // follow-up check-ins of partner cases (issue 15, helper "checkin"): X's case
        no.kobling.partnering.cases.checkin.CheckInTenancyFixture.ids(x.caseX).forEach((path, values) -> m.put(path,
                values.stream().map(v -> v instanceof Long l ? (Object) id(l) : v).toList()));
        // tagging (issue 13): the project tag of X's case and of X's referral
        m.put(v1 + "/cases/{id}/project", List.of(id(x.caseX)));
        m.put(v1 + "/catalogue/referrals/{id}/project", List.of(id(x.referralX)));
        m.put(v1 + "/partnering/profiles/{companyId}", List.of(id(x.profileCompanyX)));
        for (String s : List.of("declined-partners", "renewal", "validation")) {
            m.put(v1 + "/partnering/profiles/{companyId}/" + s, List.of(id(x.profileCompanyX)));
        }
        // recommendations in sections (issue 17): X's draft profile is not Y's to see
        m.put(v1 + "/companies/{id}/partner-recommendations/overview", List.of(id(x.profileCompanyX)));
        m.put(v1 + "/notifications/{id}/read", List.of(id(x.notificationX)));
        m.put(v1 + "/me/tokens/{id}", List.of(id(x.tokenX)));
        // a draft event of X: invisible to everyone but its organisers
        for (String s : List.of("", "/meetings", "/participants", "/participants/mine", "/report", "/sessions",
                "/tables", "/requests", "/schedule-runs")) {
            m.put(v1 + "/events/{id}" + s, List.of(id(x.draftEventX)));
        }
        m.put(v1 + "/events/{id}/schedule-runs/{runId}", List.of(id(x.draftEventX), id(1L)));
        m.put(v1 + "/events/{id}/schedule-runs/{runId}/accept", List.of(id(x.draftEventX), id(1L)));
        m.put(v1 + "/events/{id}/schedule-runs/{runId}/discard", List.of(id(x.draftEventX), id(1L)));
        m.put(v1 + "/events/{id}/requests/{rid}/{answer}", List.of(id(x.openEventX), id(x.requestX), "accept"));
        // meetings of an open event are the organisers' to change
        for (String s : List.of("held", "lock", "move", "no-show", "unschedule")) {
            m.put(v1 + "/events/{id}/meetings/{mid}/" + s, List.of(id(x.openEventX), id(1L)));
        }
        // an open event is visible to every signed-in user; its participants' private data is not
        m.put(v1 + "/events/{id}/participants/{pid}", List.of(id(x.openEventX), id(x.participantX)));
        for (String s : List.of("agenda", "marketplace", "recommendations", "requests", "availability", "check-in")) {
            m.put(v1 + "/events/{id}/participants/{pid}/" + s, List.of(id(x.openEventX), id(x.participantX)));
        }
        m.put(v1 + "/events/{id}/participants/{pid}/{decision}",
                List.of(id(x.openEventX), id(x.participantX), "approve"));
        m.put(v1 + "/events/{id}/participants/{pid}/meetings/{mid}/feedback",
                List.of(id(x.openEventX), id(x.participantX), id(1L)));
        // cooperation agreements (helper "agreement"): X's agreement with X2 and its one document
        no.kobling.project.Agreements agreements = context.getBean(no.kobling.project.Agreements.class);
        long agreementX = x.users.actingAs(x.xUser, () -> agreements.create(new no.kobling.project.Agreements
                .AgreementData(TestUsers.unique("Agreement X"), "Purpose", Set.of(x.orgX, x.orgX2),
                        Set.of(agreements.areaCodes().get(0)), LocalDate.of(2026, 1, 1), null, x.partnershipP)));
        long documentX = x.users.actingAs(x.xUser, () -> agreements.attach(agreementX, "x.pdf",
                "%PDF-1.4 agreement X".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        for (String s : List.of("", "/versions", "/documents")) {
            m.put(v1 + "/agreements/{id}" + s, List.of(id(agreementX)));
        }
        m.put(v1 + "/agreements/{id}/documents/{documentId}", List.of(id(agreementX), id(documentX)));
        m.put(v1 + "/agreements/{id}/parties/{organisationId}/sign", List.of(id(agreementX), id(x.orgX)));
        m.put(v1 + "/agreements/{id}/parties/{organisationId}/terminate", List.of(id(agreementX), id(x.orgX)));
        // networks (issue 13 point 7): a network of partnership P
        m.put(v1 + "/networks/{id}", List.of(id(x.networkX)));
        m.put(v1 + "/networks/{id}/members", List.of(id(x.networkX)));
        m.put(v1 + "/networks/{id}/meetings", List.of(id(x.networkX)));
        m.put(v1 + "/networks/{id}/members/{companyId}", List.of(id(x.networkX), id(x.companyX)));
        // budget (issue 13): a project of X with a line, a financing source, an actual cost and hours
        x.budget.ids().forEach((k, v) -> m.put(k, v.stream().map(i -> (Object) id(i)).toList()));
        // results (issue 14): a project of X with its results, breakdowns, targets and counting
        long projectX = resultsProject(x);
        for (String s : List.of("/results", "/results/counting", "/targets")) {
            m.put(v1 + "/projects/{id}" + s, List.of(id(projectX)));
        }
        m.put(v1 + "/projects/{id}/results/{code}/breakdown", List.of(id(projectX), "companies-reached"));
        m.put(v1 + "/projects/{id}/targets/{code}", List.of(id(projectX), "jobs-created"));
        // manual indicators and drill-down lists (issue 14, helper "manual"): a manual indicator of X with an entry
        no.kobling.indicator.ManualTenancyFixture.ids(context, x.users, x.xUser, projectX).forEach((path, values) ->
                m.put(path, values.stream().map(v -> v instanceof Long l ? (Object) id(l) : v).toList()));
        // reports (issue 14 point 4): a draft report of that project
        long reportX = x.users.actingAs(x.xUser, () -> context.getBean(
                no.kobling.indicator.report.application.ReportService.class).create(projectX, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30), null, java.util.Locale.ENGLISH)).getId();
        m.put(v1 + "/projects/{id}/reports", List.of(id(projectX)));
        for (String s : List.of("", "/submit", "/acknowledge", "/return", "/versions")) {
            m.put(v1 + "/projects/{id}/reports/{reportId}" + s, List.of(id(projectX), id(reportX)));
        }
        m.put(v1 + "/projects/{id}/reports/{reportId}.csv", List.of(id(projectX), id(reportX)));
        m.put(v1 + "/projects/{id}/reports/{reportId}.xlsx", List.of(id(projectX), id(reportX)));
        m.put(v1 + "/projects/{id}/reports/{reportId}.pdf", List.of(id(projectX), id(reportX)));
        // reporting schedule and budget CSV (helper "reportplus"): a period without a report of that project
        no.kobling.indicator.report.ReportScheduleTenancyFixture.ids(context, x.users, x.xUser, projectX, reportX)
                .forEach((k, v) -> m.put(k, v.stream().map(i -> (Object) id(i)).toList()));
        // surveys (issue 15, surveycore): the fixture survey of X (a draft), its first section and question
        no.kobling.survey.SurveyTenancyFixture.ids(context, x.users, x.xUser)
                .forEach((path, values) -> m.put(path, values.stream().map(v -> (Object) id(v)).toList()));
        // survey results (issue 15, helper "surveyresult"): X's project survey, a response, a need suggestion, a mapping
        no.kobling.survey.result.SurveyResultTenancyFixture.ids(context, x.users, x.xUser, x.partnershipP, x.companyX,
                x.giske).forEach((path, values) -> m.put(path, values.stream().map(v -> (Object) id(v)).toList()));
        // survey distribution (helper "surveysend"): a survey of X with one recipient
        no.kobling.survey.distribution.SurveySendTenancyFixture.ids(context, x.users, x.xUser)
                .forEach((path, values) -> m.put(path, values.stream().map(v -> (Object) id(v)).toList()));
        return m;
    }

    /** Results (issue 14): a plain project of X in partnership P. */
    private long resultsProject(World x) {
        long plain = context.getBean(no.kobling.project.plan.persistence.ProjectTypeRepository.class)
                .findByCode("PLAIN").orElseThrow().getId();
        return x.users.actingAs(x.xUser, () -> context.getBean(no.kobling.project.plan.application.ProjectService.class)
                .create(new no.kobling.project.plan.application.ProjectData(TestUsers.unique("Results X"), plain,
                        x.partnershipP, null, null, LocalDate.of(2026, 1, 1), null, "g", "d", Set.of(x.giske),
                        Set.of(), List.of()))).getId();
    }

    /** An id variable (replaced by an unknown id in the comparison call). */
    record Id(long value) {
    }

    static Id id(long value) {
        return new Id(value);
    }

    static String expand(String template, List<Object> values, boolean unknownIds) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (m.find()) {
            Object v = values.get(i++);
            String text = v instanceof Id id ? String.valueOf(unknownIds ? UNKNOWN : id.value()) : v.toString();
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        assertThat(i).as("variables of %s", template).isEqualTo(values.size());
        return out.toString();
    }

    private MockHttpServletResponse call(String username, String verb, String uri, String body) throws Exception {
        var builder = request(HttpMethod.valueOf(verb), uri).with(new TestUsers(
                context.getBean(UserAdministration.class),
                context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                context.getBean(no.kobling.identity.application.ApiTokenService.class)).as(username)).with(csrf())
                .accept(MediaType.APPLICATION_JSON);
        if (!verb.equals("GET") && !verb.equals("DELETE")) {
            builder.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(builder).andReturn().getResponse();
    }

    private static String code(MockHttpServletResponse response) {
        try {
            return JsonPath.read(response.getContentAsString(), "$.code");
        } catch (Exception e) {
            return null;
        }
    }

    /** Tenant X (organisation X in partnership P) with one record of each kind; Y is a tenant of its own. */
    static final class World {

        final ApplicationContext context;
        final UserAdministration admin;
        final TestUsers users;
        final long giske;
        final long orgX;
        final long orgX2;
        final long partnershipP;
        final String xUser;
        final long xUserId;
        final String xUser2;
        final long personX;
        final long entrepreneurX;
        final long companyX;
        final long companyX2;
        final long activityX;
        final long needX;
        final long serviceX;
        final long referralX;
        final long bookingX;
        final long caseX;
        final long followUpX;
        final long profileCompanyX;
        final long notificationX;
        final long tokenX;
        final long draftEventX;
        final long openEventX;
        final long participantX;
        final long requestX;
        final long networkX;
        final no.kobling.project.budget.BudgetTenancyFixture budget;

        World(ApplicationContext context) throws Exception {
            this.context = context;
            admin = context.getBean(UserAdministration.class);
            users = new TestUsers(admin,
                    context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                    context.getBean(no.kobling.identity.application.ApiTokenService.class));
            Actors actors = context.getBean(Actors.class);
            Companies companies = context.getBean(Companies.class);
            Advisory advisory = context.getBean(Advisory.class);
            Catalogue catalogue = context.getBean(Catalogue.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            giske = context.getBean(Geography.class).municipalityByCode("NO", "1532").orElseThrow().id();
            orgX = organisation(actors, "Tenant X");
            orgX2 = organisation(actors, "Tenant X2");
            partnershipP = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(
                    TestUsers.unique("P"), null, LocalDate.of(2025, 1, 1), null, Set.of(giske),
                    Map.of(orgX, MemberRole.OWNER, orgX2, MemberRole.MEMBER))));
            xUser = user("x", orgX);
            xUserId = users.id(xUser);
            xUser2 = user("x2", orgX2);
            personX = SystemAccess.run(() -> actors.createPerson(new PersonData(TestUsers.unique("Expert X"),
                    Set.of(NetworkRole.MENTOR_EXPERT), orgX, giske, Set.of("nb"), Set.of("export"), null, null,
                    false, null)));
            entrepreneurX = SystemAccess.run(() -> companies.registerEntrepreneur(new Companies.EntrepreneurData(
                    orgX, TestUsers.unique("Gründer"), null, giske, "Idea", true, false, Set.of())));
            companyX = company(companies, "NO", CompanyTestData.norwegianNumber());
            companyX2 = company(companies, "SE", CompanyTestData.swedishNumber());
            activityX = users.actingAs(xUser, () -> advisory.logActivity(new Advisory.ActivityData("VISIT",
                    LocalDate.of(2026, 1, 5), BigDecimal.ONE, orgX, Set.of(users.id(xUser)), Set.of(companyX),
                    "X's private note", false, LocalDate.of(2026, 2, 1))));
            needX = users.actingAs(xUser, () -> advisory.assessNeed(companyX, "EXPORT", "HIGH", "OPEN", orgX));
            serviceX = SystemAccess.run(() -> catalogue.createService(new Catalogue.ServiceData(orgX,
                    Map.of("en", TestUsers.unique("Service X")), Map.of("en", "Only for P"), partnershipP, Set.of(),
                    Set.of(), 10)));
            referralX = users.actingAs(xUser, () -> catalogue.refer(serviceX, companyX, "X's referral"));
            SystemAccess.run(() -> catalogue.setExpertCapacity(personX, 20));
            bookingX = SystemAccess.run(() -> catalogue.bookExpert(personX, companyX, YearMonth.of(2027, 1),
                    BigDecimal.ONE, "export"));
            caseX = users.actingAs(xUser, () -> context.getBean(
                    no.kobling.partnering.cases.application.CaseService.class).create(
                            new no.kobling.partnering.cases.application.CaseCommands.NewCase(partnershipP, companyX,
                                    companyX2, Set.of(), users.id(xUser), users.id(xUser2))));
            // a follow-up needs a meeting, which needs both consents: the case is checked first, so any id will do
            followUpX = 1L;
            profileCompanyX = companyX;
            SystemAccess.run(() -> context.getBean(PartnerProfiles.class).saveProfile(new PartnerProfiles.ProfileData(
                    companyX, orgX, "Welding", "Partners in Sweden", Set.of(), Set.of(), Set.of("SUPPLIER"),
                    Set.of(), Set.of("SE"), Set.of("en"), false)));
            notificationX = jdbc.queryForObject("select min(id) from notification_notification where user_id = ?",
                    Long.class, users.id(xUser2));
            users.token(xUser);
            tokenX = jdbc.queryForObject("select min(id) from identity_api_token where user_id = ?", Long.class,
                    users.id(xUser));
            EventFixture events = new EventFixture(context);
            String organiser = user("x-org", orgX);
            draftEventX = events.as(organiser, () -> events.events.create(
                    new no.kobling.event.application.EventService.EventCommand(null, null,
                            no.kobling.event.domain.Event.Mode.PLACE, "Ålesund", 48, null, "Europe/Oslo", Set.of(),
                            Map.of("en", new no.kobling.event.domain.Event.Text(TestUsers.unique("Draft"), "d"))))
                    .getId());
            openEventX = events.openEvent(organiser, 6, 2, null).getId();
            EventFixture.Rep a = events.company(TestUsers.unique("Event A"));
            EventFixture.Rep b = events.company(TestUsers.unique("Event B"));
            Participant pa = events.participant(organiser, openEventX, a, Participant.Type.PARTNER);
            Participant pb = events.participant(organiser, openEventX, b, Participant.Type.PARTNER);
            participantX = pa.getId();
            requestX = events.as(a.username(), () -> events.requests.send(openEventX, pa.getId(), pb.getId(), "Hi",
                    1)).getId();
            networkX = SystemAccess.run(() -> context.getBean(no.kobling.project.Networks.class).create(
                    new no.kobling.project.Networks.NetworkData(partnershipP, TestUsers.unique("Network X"), null,
                            orgX, xUserId, Set.of(giske), LocalDate.of(2026, 1, 1), null, null)));
            budget = no.kobling.project.budget.BudgetTenancyFixture.create(context, users, xUser, orgX, partnershipP);
        }

        /** A user of organisation Y (in its own partnership Q) with every role but the administrator's. */
        String otherTenantUser() {
            Actors actors = context.getBean(Actors.class);
            long orgY = organisation(actors, "Tenant Y");
            long orgY2 = organisation(actors, "Tenant Y2");
            SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("Q"), null,
                    LocalDate.of(2025, 1, 1), null, Set.of(giske), Map.of(orgY, MemberRole.OWNER,
                            orgY2, MemberRole.MEMBER))));
            return user("y", orgY);
        }

        private long organisation(Actors actors, String name) {
            return SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(TestUsers.unique(name),
                    OrganisationKind.BUSINESS_GARDEN, "NO", giske, null, null, null, null, null)));
        }

        private long company(Companies companies, String country, String number) {
            return SystemAccess.run(() -> companies.register(new Companies.CompanyData(country, number,
                    TestUsers.unique("Company"), "AS", "25.62", "NO".equals(country) ? giske : null, 5, null,
                    Set.of())));
        }

        private String user(String prefix, long organisation) {
            String username = TestUsers.unique(prefix);
            SystemAccess.run(() -> admin.createUser(new NewUser(username, "Test " + username, username + "@example.org",
                    TestUsers.PASSWORD, organisation, Set.of("PARTNERSHIP_COORDINATOR", "ADVISOR", "FACILITATOR",
                            "MENTOR", "FUNDER", "COMPANY_REPRESENTATIVE"), "en")));
            return username;
        }
    }
}
