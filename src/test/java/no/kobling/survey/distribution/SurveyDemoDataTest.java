package no.kobling.survey.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import no.kobling.company.Companies;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.support.IntegrationTest;
import no.kobling.survey.SurveyFixture;
import no.kobling.survey.distribution.application.SurveyConsentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15, demo data: the demo companies have contact addresses and three of them consent to surveys, so the demo
 * coordinator can add one and send; the invitation lands in the outbox (no real mail). Those without consent are
 * refused.
 */
@IntegrationTest
class SurveyDemoDataTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SurveyConsentService consents;

    @Test
    void theDemoCoordinatorCanSendASurveyToAConsentingDemoCompany() throws Exception {
        TestUsers users = new TestUsers(context.getBean(UserAdministration.class),
                context.getBean(UserDetailsService.class), context.getBean(ApiTokenService.class));
        Companies companies = context.getBean(Companies.class);
        long giske = SystemAccess.run(() -> companies.idByOrgNumber("NO", "959083010")).orElseThrow();
        long fjord = SystemAccess.run(() -> companies.idByOrgNumber("NO", "952601814")).orElseThrow();
        assertThat(jdbc.queryForObject("select count(*) from company_company where org_number in "
                + "('952601814', '959083010', '966131861', '909139090', '5594628199', '5594821992') "
                + "and email like '%@%.example'", Integer.class)).isEqualTo(6);
        for (String[] c : new String[][] {{"NO", "959083010"}, {"SE", "5594628199"}, {"SE", "5594821992"}}) {
            long id = SystemAccess.run(() -> companies.idByOrgNumber(c[0], c[1])).orElseThrow();
            assertThat(SystemAccess.run(() -> consents.of(id)).current()).as("consent of %s", c[1]).isTrue();
        }

        long survey = SurveyFixture.create(context, users, "koordinator",
                SurveyFixture.spec(LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(14)));
        mvc.perform(post("/api/v1/surveys/{id}/recipients", survey).with(users.as("koordinator")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"COMPANY\",\"id\":" + giske + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.added[0].email")
                        .value("hei@giske-digital.example"));
        mvc.perform(post("/api/v1/surveys/{id}/recipients", survey).with(users.as("koordinator")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"COMPANY\",\"id\":" + fjord + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("recipient-no-consent"));
        mvc.perform(post("/api/v1/surveys/{id}/send", survey).with(users.as("koordinator")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mailed").value(1));
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where recipient = ? and subject like ?",
                Integer.class, "hei@giske-digital.example", "%Kundeundersøkelse%")).isEqualTo(1);
    }
}
