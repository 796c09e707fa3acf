package no.kobling.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import no.kobling.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * No search text gives a 500 (issue 11 finding 6). Every GET list/search endpoint of the API, found from the OpenAPI
 * description (no hand-kept list), gets every string query parameter filled with hostile text: 300 words, a NUL
 * byte, control characters, 10 kB, unbalanced quotes and Lucene syntax. A search parameter must answer 200 or 400;
 * any other parameter anything below 500 but a 409; every error is a problem detail with a {@code code} and a
 * {@code messageKey}. Runs on H2 and PostgreSQL (the NUL byte was a 409 "conflict" there).
 */
@Tag("search")
@IntegrationTest
class SearchFuzzTest {

    static final List<String> SEARCH_PARAMETERS = List.of("q", "query", "search", "text", "term", "name");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserAdministration users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;

    TestUsers testUsers;
    String admin;

    @BeforeEach
    void setUp() {
        testUsers = new TestUsers(users, userDetails, tokens);
        admin = testUsers.create("fuzz", "ADMINISTRATOR");
    }

    static Map<String, String> hostileTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("300 words", IntStream.range(0, 300).mapToObj(i -> "ord" + i).collect(Collectors.joining(" ")));
        texts.put("NUL byte", "Giske\u0000kommune");
        texts.put("control characters", "a\u0001\u0002\u0007\u001b[31m\u007fb\tc\r\nd");
        texts.put("10 kB", "x".repeat(10_240));
        texts.put("unbalanced quotes", "\"Sveis AS 'o\\\"");
        texts.put("Lucene syntax", "*:* AND ( name:[a TO");
        texts.put("wildcards", "*?~ ^2 /regex[/ -+ && || ! {}");
        return texts;
    }

    /** GET paths without path variables, each with its string query parameters. */
    Map<String, List<String>> listEndpoints() throws Exception {
        JsonNode docs = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        Map<String, List<String>> endpoints = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
            JsonNode getOp = path.getValue().get("get");
            if (path.getKey().contains("{") || getOp == null) {
                continue;
            }
            List<String> strings = new ArrayList<>();
            JsonNode parameters = getOp.get("parameters");
            if (parameters != null) {
                for (JsonNode p : parameters) {
                    JsonNode schema = p.get("schema");
                    if ("query".equals(p.get("in").asString()) && schema != null && schema.has("type")
                            && "string".equals(schema.get("type").asString()) && !schema.has("enum")
                            && !schema.has("format")) {
                        strings.add(p.get("name").asString());
                    }
                }
            }
            if (!strings.isEmpty()) {
                endpoints.put(path.getKey(), strings);
            }
        }
        return endpoints;
    }

    @Test
    void everySearchEndpointAnswers200Or400WithACodeToHostileText() throws Exception {
        Map<String, List<String>> endpoints = listEndpoints();
        assertThat(endpoints).as("the API has search endpoints")
                .containsKeys("/api/v1/geo/nace", "/api/v1/geo/municipalities", "/api/v1/companies");
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, List<String>> endpoint : endpoints.entrySet()) {
            for (String parameter : endpoint.getValue()) {
                for (Map.Entry<String, String> text : hostileTexts().entrySet()) {
                    requests++;
                    MockHttpServletResponse r;
                    try {
                        r = mvc.perform(get(endpoint.getKey()).param(parameter, text.getValue())
                                .with(testUsers.as(admin)).header("Accept-Language", "en")).andReturn().getResponse();
                    } catch (Exception e) {
                        failures.add(endpoint.getKey() + "?" + parameter + "=<" + text.getKey() + "> -> unhandled "
                                + e.getCause());
                        continue;
                    }
                    String problem = problem(r);
                    boolean search = SEARCH_PARAMETERS.contains(parameter);
                    boolean statusOk = search ? r.getStatus() == 200 || r.getStatus() == 400
                            : r.getStatus() < 500 && r.getStatus() != 409;
                    if (!statusOk || problem != null) {
                        failures.add(endpoint.getKey() + "?" + parameter + "=<" + text.getKey() + "> -> "
                                + r.getStatus() + (problem == null ? "" : " " + problem));
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(50);
        assertThat(failures).as("answers that are a 500, a 409, or an error without code").isEmpty();
    }

    /** Null when the answer is fine; otherwise what is wrong with its problem detail. */
    String problem(MockHttpServletResponse r) throws Exception {
        if (r.getStatus() < 400) {
            return null;
        }
        String body = r.getContentAsString();
        try {
            JsonNode node = json.readTree(body);
            if (node.hasNonNull("code") && node.hasNonNull("messageKey")) {
                return null;
            }
        } catch (RuntimeException e) {
            // not JSON
        }
        return "no code/messageKey: " + body.substring(0, Math.min(body.length(), 200));
    }
}
