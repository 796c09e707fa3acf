package no.kobling.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files are served from their own folders and nothing else is looked up as a file: a page's links to pages
 * ({@code /companies/42}) must not pass through a resource lookup (see {@link StaticResources}: a catch-all mapping
 * made every rendered link search the classpath).
 */
@IntegrationTest
class StaticResourcesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void theStaticFilesAndTheVersionlessWebJarsAreServed() throws Exception {
        for (String path : new String[] {"/css/kobling.css", "/js/kobling.js", "/favicon.svg",
                "/webjars/htmx.org/dist/htmx.min.js", "/webjars/chart.js/dist/chart.umd.min.js"}) {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
    }

    @Test
    void onlyTheStaticFoldersAreResourceMappingsSoPageLinksAreNotLookedUp() {
        assertThat(resourceUrls.getHandlerMap().keySet()).as("resource URL patterns")
                .doesNotContain("/**")
                .allMatch(p -> p.startsWith("/css/") || p.startsWith("/js/") || p.startsWith("/img/")
                        || p.startsWith("/webjars/") || p.equals("/favicon.svg") || p.startsWith("/swagger-ui")
                        || p.startsWith("/v3/"), "a static folder");
        assertThat(resourceUrls.getForLookupPath("/companies/42")).as("a page link is not a file").isNull();
        assertThat(resourceUrls.getForLookupPath("/css/kobling.css")).isEqualTo("/css/kobling.css");
    }

    @Test
    void aMissingFileIsNotFound() throws Exception {
        mvc.perform(get("/css/no-such.css")).andExpect(status().isNotFound());
        mvc.perform(get("/webjars/no-such/dist/x.js")).andExpect(status().isNotFound());
    }
}
