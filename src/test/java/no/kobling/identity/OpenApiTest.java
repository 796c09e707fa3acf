package no.kobling.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.kobling.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The API description is public and says how to authenticate. */
@IntegrationTest
class OpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void apiDocsDescribeTheApiAndTheBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.info.title").value("Kobling API"))
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/admin/users/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me/tokens/{id}'].delete").exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.description")
                        .value(Matchers.containsString("/account")))
                .andExpect(jsonPath("$.security[0].bearerAuth").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.security[0].bearerAuth").exists())
                // only the API, not the pages
                .andExpect(jsonPath("$.paths['/account']").doesNotExist());
    }

    @Test
    void swaggerUiAnswers() throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
