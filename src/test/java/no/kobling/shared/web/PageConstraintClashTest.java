package no.kobling.shared.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.kobling.identity.TestUsers;
import no.kobling.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12 point 5: a page post that runs into a unique constraint answers a 409 page with the message in the
 * user's language (as the API answers 409 with code "conflict"), not a 500 page. The clash is real:
 * {@link ClashingTestPage} (test sources only) inserts one row twice into a table with a primary key.
 */
@IntegrationTest
class PageConstraintClashTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void aPagePostThatClashesWithAUniqueConstraintAnswers409WithAFriendlyPage() throws Exception {
        TestUsers users = new TestUsers(context.getBean(no.kobling.identity.UserAdministration.class),
                context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                context.getBean(no.kobling.identity.application.ApiTokenService.class));
        String user = users.create("clash", "ADVISOR");

        // the test user's language is English (TestUsers): the page speaks it
        mvc.perform(post("/test-only/constraint-clash").with(users.as(user)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("The change conflicts with existing data.")))
                .andExpect(content().string(Matchers.containsString("conflict")));
    }
}
