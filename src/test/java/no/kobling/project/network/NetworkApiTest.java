package no.kobling.project.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Networks through the API: the life of a network, every bad-input rule, tenancy and who may change what. */
@IntegrationTest
class NetworkApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcTemplate jdbc;

    NetworkTestData data;

    @BeforeEach
    void setUp() {
        data = new NetworkTestData(context, new TestUsers(userAdministration, userDetails, tokens));
    }

    ResultActions api(String method, String user, String path, String json, Object... vars) throws Exception {
        var request = switch (method) {
            case "GET" -> get(path, vars);
            case "PUT" -> put(path, vars);
            case "DELETE" -> delete(path, vars);
            default -> post(path, vars);
        };
        request = request.with(data.users.as(user)).with(csrf()).accept(MediaType.APPLICATION_JSON);
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    long create(String json) throws Exception {
        String body = api("POST", data.coordA, "/api/v1/networks", json).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    void refused(ResultActions result, String code) throws Exception {
        result.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void aNetworkLivesFromStartToArchive() throws Exception {
        String name = TestUsers.unique("Suppliers");
        long id = create(data.networkJson(name, "2026-01-15", null, data.giske));
        api("GET", data.facB, "/api/v1/networks/{id}", null, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name)).andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.facilitator.id").value(data.facBId))
                .andExpect(jsonPath("$.organiser.id").value(data.orgA))
                .andExpect(jsonPath("$.municipalities[0].id").value(data.giske))
                .andExpect(jsonPath("$.mayChange").value(true)).andExpect(jsonPath("$.mayDelete").value(false));

        // the facilitator adds members and records a meeting
        api("POST", data.facB, "/api/v1/networks/{id}/members", "{\"companyId\":" + data.company1 + "}", id)
                .andExpect(status().isCreated()).andExpect(jsonPath("$[0].joinedOn").value("2026-01-15"));
        api("POST", data.facB, "/api/v1/networks/{id}/members",
                "{\"companyId\":" + data.company2 + ",\"joinedOn\":\"2026-02-01\"}", id).andExpect(status().isCreated());
        api("GET", data.advisorA, "/api/v1/networks/{id}/members", null, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        api("POST", data.facB, "/api/v1/networks/{id}/meetings", "{\"heldOn\":\"2026-02-10\",\"topic\":\"Kick-off\","
                + "\"municipalityId\":" + data.giske + ",\"attendingCompanyIds\":[" + data.company1 + "]}", id)
                .andExpect(status().isCreated());
        api("GET", data.advisorA, "/api/v1/networks/{id}/meetings", null, id).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].topic").value("Kick-off"))
                .andExpect(jsonPath("$[0].attending[0].id").value(data.company1))
                .andExpect(jsonPath("$[0].municipality.id").value(data.giske));

        // an advisor of the partnership sees it but may not change it; the facilitator may
        api("PUT", data.advisorA, "/api/v1/networks/{id}", data.networkJson(name, "2026-01-15", null, data.giske),
                id).andExpect(status().isForbidden());
        api("PUT", data.facB, "/api/v1/networks/{id}", data.networkJson(name + " II", "2026-01-10", null, data.giske,
                data.sula), id).andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name + " II"))
                .andExpect(jsonPath("$.municipalities.length()").value(2));
        // a stale version is refused
        String stale = data.networkJson(name, "2026-01-10", null, data.giske).replace("}", ",\"version\":0}");
        api("PUT", data.coordA, "/api/v1/networks/{id}", stale, id).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrent-modification"));

        // the list filters by partnership, status, municipality and text
        api("GET", data.advisorA, "/api/v1/networks?partnershipId={p}&status=ACTIVE&municipalityId={m}&q={q}", null,
                data.partnershipP, data.sula, name.substring(0, 12).toUpperCase()).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1)).andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].members").value(2));
        api("GET", data.advisorA, "/api/v1/networks?partnershipId={p}&status=ENDED", null, data.partnershipP)
                .andExpect(jsonPath("$.totalElements").value(0));
        api("GET", data.advisorA, "/api/v1/networks?partnershipId={p}&municipalityId={m}", null, data.partnershipP,
                data.alesund).andExpect(jsonPath("$.totalElements").value(0));

        // ending it needs an end date, which may not be before a meeting
        refused(api("PUT", data.coordA, "/api/v1/networks/{id}", data.networkJson(name, "2026-01-10", null,
                data.giske).replace("}", ",\"status\":\"ENDED\"}"), id), "network-end-date-required");
        refused(api("PUT", data.coordA, "/api/v1/networks/{id}", data.networkJson(name, "2026-01-10", "2026-02-01",
                data.giske), id), "network-meeting-after-end");
        refused(api("PUT", data.coordA, "/api/v1/networks/{id}", data.networkJson(name, "2026-02-11", null,
                data.giske), id), "network-meeting-before-start");

        // a member that attended is kept with a left date; one that did not is removed
        api("DELETE", data.facB, "/api/v1/networks/{id}/members/{c}?leftOn=2026-03-01", null, id, data.company1)
                .andExpect(status().isOk()).andExpect(jsonPath("$.keptWithLeftDate").value(true));
        api("DELETE", data.facB, "/api/v1/networks/{id}/members/{c}", null, id, data.company2)
                .andExpect(status().isOk()).andExpect(jsonPath("$.keptWithLeftDate").value(false));
        api("GET", data.facB, "/api/v1/networks/{id}/members", null, id).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].leftOn").value("2026-03-01"));

        // only coordinators delete; with meetings the network is archived, keeps its history and leaves the list
        api("DELETE", data.facB, "/api/v1/networks/{id}", null, id).andExpect(status().isForbidden());
        api("DELETE", data.coordA, "/api/v1/networks/{id}", null, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.archived").value(true));
        api("GET", data.advisorA, "/api/v1/networks/{id}", null, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.archived").value(true)).andExpect(jsonPath("$.meetings.length()").value(1));
        api("GET", data.advisorA, "/api/v1/networks?partnershipId={p}", null, data.partnershipP)
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        api("GET", data.advisorA, "/api/v1/networks?partnershipId={p}&archived=true", null, data.partnershipP)
                .andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
        refused(api("POST", data.coordA, "/api/v1/networks/{id}/members", "{\"companyId\":" + data.company2 + "}",
                id), "network-archived");

        // without meetings it is deleted
        long empty = create(data.networkJson(TestUsers.unique("Empty"), "2026-01-15", null, data.giske));
        api("DELETE", data.coordA, "/api/v1/networks/{id}", null, empty).andExpect(jsonPath("$.archived").value(false));
        api("GET", data.coordA, "/api/v1/networks/{id}", null, empty).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from project_network where id = ?", Long.class, empty))
                .isZero();
    }

    @Test
    void badInputIsRefusedWithStableCodes() throws Exception {
        refused(api("POST", data.coordA, "/api/v1/networks", data.networkJson("Bad", "2026-03-01", "2026-02-01",
                data.giske)), "network-end-before-start");
        refused(api("POST", data.coordA, "/api/v1/networks", data.networkJson("Bad", "2026-03-01", null,
                data.alesund)), "network-municipality-outside");
        refused(api("POST", data.coordA, "/api/v1/networks", data.networkJson("Bad", "2026-03-01", null)),
                "network-municipality-required");
        refused(api("POST", data.coordA, "/api/v1/networks", data.networkJson("Bad", "2026-03-01", null, data.giske)
                .replace("\"organiserOrganisationId\":" + data.orgA, "\"organiserOrganisationId\":" + data.orgC)),
                "network-organiser-not-member");
        refused(api("POST", data.coordA, "/api/v1/networks", data.networkJson("Bad", "2026-03-01", null, data.giske)
                .replace("\"facilitatorUserId\":" + data.facBId, "\"facilitatorUserId\":" + data.coordCId)),
                "network-facilitator-not-allowed");
        refused(api("POST", data.coordA, "/api/v1/networks", data.networkJson("Bad", "2026-03-01", null, data.giske)
                .replace("\"partnershipId\":" + data.partnershipP, "\"partnershipId\":" + data.partnershipQ)),
                "network-partnership-not-allowed");
        refused(api("POST", data.coordA, "/api/v1/networks", data.networkJson("Bad", "2026-03-01", null, data.giske)
                .replace("\"partnershipId\":" + data.partnershipP, "\"partnershipId\":" + data.endedE)),
                "partnership-ended");
        // a project the caller may not tag with is refused (404 for one it may not see, 422 otherwise)
        api("POST", data.coordA, "/api/v1/networks", data.networkJson("Bad", "2026-03-01", null, data.giske)
                .replace("}", ",\"projectId\":987654321}")).andExpect(r -> assertThat(r.getResponse().getStatus())
                        .isIn(404, 422));
        // shape: a name and a start date are required
        api("POST", data.coordA, "/api/v1/networks", data.networkJson("", "2026-03-01", null, data.giske))
                .andExpect(status().isBadRequest());
        // an advisor (no MANAGE_PROJECTS) starts no network
        api("POST", data.advisorA, "/api/v1/networks", data.networkJson("Bad", "2026-03-01", null, data.giske))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from project_network where name = 'Bad'", Long.class))
                .isZero();

        long id = create(data.networkJson(TestUsers.unique("Rules"), "2026-03-01", null, data.giske));
        String members = "/api/v1/networks/{id}/members";
        api("POST", data.coordA, members, "{\"companyId\":" + data.company1 + "}", id).andExpect(status().isCreated());
        refused(api("POST", data.coordA, members, "{\"companyId\":" + data.company1 + "}", id),
                "network-member-duplicate");
        refused(api("POST", data.coordA, members, "{\"companyId\":987654321}", id), "network-company-unknown");
        refused(api("POST", data.coordA, members, "{\"companyId\":" + data.company2 + ",\"joinedOn\":\"2026-02-01\"}",
                id), "network-member-before-start");
        refused(api("POST", data.coordA, members, "{\"companyId\":" + data.company2 + ",\"joinedOn\":\"2026-04-01\","
                + "\"leftOn\":\"2026-03-15\"}", id), "network-member-left-before-joined");
        String meetings = "/api/v1/networks/{id}/meetings";
        refused(api("POST", data.coordA, meetings, "{\"heldOn\":\"2026-02-28\",\"topic\":\"Early\",\"place\":\"Hall\"}",
                id), "network-meeting-before-start");
        refused(api("POST", data.coordA, meetings, "{\"heldOn\":\"2026-03-05\",\"topic\":\"T\",\"place\":\"Hall\","
                + "\"attendingCompanyIds\":[" + data.company2 + "]}", id), "network-attendee-not-member");
        refused(api("POST", data.coordA, meetings, "{\"heldOn\":\"2026-03-05\",\"topic\":\"T\",\"municipalityId\":"
                + data.alesund + "}", id), "network-municipality-outside");
        refused(api("POST", data.coordA, meetings, "{\"heldOn\":\"2026-03-05\",\"topic\":\"T\"}", id),
                "network-meeting-place-required");
        api("GET", data.coordA, "/api/v1/networks/{id}", null, id).andExpect(jsonPath("$.members.length()").value(1))
                .andExpect(jsonPath("$.meetings.length()").value(0));
    }

    @Test
    void anotherTenantGets404AndAnEndedPartnershipHidesItsNetworks() throws Exception {
        long id = create(data.networkJson(TestUsers.unique("Hidden"), "2026-01-15", null, data.giske));
        for (String path : List.of("/api/v1/networks/{id}", "/api/v1/networks/{id}/members",
                "/api/v1/networks/{id}/meetings")) {
            api("GET", data.coordC, path, null, id).andExpect(status().isNotFound());
        }
        api("PUT", data.coordC, "/api/v1/networks/{id}", data.networkJson("Taken", "2026-01-15", null, data.giske),
                id).andExpect(status().isNotFound());
        api("POST", data.coordC, "/api/v1/networks/{id}/members", "{\"companyId\":" + data.company1 + "}", id)
                .andExpect(status().isNotFound());
        api("POST", data.coordC, "/api/v1/networks/{id}/meetings", "{\"heldOn\":\"2026-02-01\",\"topic\":\"T\","
                + "\"place\":\"P\"}", id).andExpect(status().isNotFound());
        api("DELETE", data.coordC, "/api/v1/networks/{id}/members/{c}", null, id, data.company1)
                .andExpect(status().isNotFound());
        api("DELETE", data.coordC, "/api/v1/networks/{id}", null, id).andExpect(status().isNotFound());
        api("GET", data.coordC, "/api/v1/networks?partnershipId={p}", null, data.partnershipP)
                .andExpect(jsonPath("$.totalElements").value(0));
        api("GET", data.coordC, "/networks/{id}", null, id).andExpect(status().isNotFound());

        // a network of a partnership that has ended since stays readable to its former members (history), but no
        // member can change it any more
        jdbc.update("update project_network set partnership_id = ? where id = ?", data.endedE, id);
        api("GET", data.coordA, "/api/v1/networks/{id}", null, id).andExpect(status().isOk());
        api("POST", data.coordA, "/api/v1/networks/{id}/meetings", "{\"heldOn\":\"2026-02-01\",\"topic\":\"T\","
                + "\"place\":\"P\"}", id).andExpect(status().isForbidden());
        api("DELETE", data.coordA, "/api/v1/networks/{id}", null, id).andExpect(status().isForbidden());
        api("GET", data.coordC, "/api/v1/networks/{id}", null, id).andExpect(status().isNotFound());
    }
}
