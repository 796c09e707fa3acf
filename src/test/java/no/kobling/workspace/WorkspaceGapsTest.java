package no.kobling.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kobling.company.search.CompanyIndexer;
import no.kobling.event.EventFixture;
import no.kobling.identity.TestUsers;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.Zones;
import no.kobling.shared.search.IndexStatusSource;
import no.kobling.shared.search.IndexStatusSource.IndexStatus;
import no.kobling.support.IntegrationTest;
import no.kobling.survey.CompanySurveys;
import no.kobling.survey.SurveyFixture;
import no.kobling.survey.distribution.SurveyLinks;
import no.kobling.survey.distribution.application.SurveyTokens;
import no.kobling.survey.distribution.domain.SurveyRecipient;
import no.kobling.survey.distribution.domain.SurveyRecipientToken;
import no.kobling.survey.distribution.persistence.SurveyRecipientRepository;
import no.kobling.survey.distribution.persistence.SurveyRecipientTokenRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The gaps of issue 16 closed in ws16: the company representative's home lists the company's open surveys and mails
 * a new personal link on request (outbox, audit, only for the rep's own company), and the administrator's home shows
 * the search indexes' state.
 */
@IntegrationTest
class WorkspaceGapsTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SurveyRecipientRepository recipients;
    @Autowired
    SurveyRecipientTokenRepository tokens;
    @Autowired
    SurveyLinks links;
    @Autowired
    CompanySurveys companySurveys;
    @Autowired
    List<IndexStatusSource> indexSources;
    @Autowired
    CompanyIndexer indexer;

    @Test
    void theRepresentativeSeesTheCompanysOpenSurveyAndGetsANewLinkMailed() throws Exception {
        EventFixture fx = new EventFixture(ctx);
        TestUsers users = fx.users;
        SurveyFixture.Staff staff = SurveyFixture.staff(ctx, "Gap");
        EventFixture.Rep a = fx.company(TestUsers.unique("Gap Alpha"));
        EventFixture.Rep b = fx.company(TestUsers.unique("Gap Beta"));
        LocalDate today = LocalDay.today(clock, Zones.OSLO);
        long survey = SurveyFixture.createOpen(ctx, users, staff.username(), today.plusMonths(1));
        String address = TestUsers.unique("svar") + "@example.org";
        long recipient = sent(survey, a.companyId(), address, clock.instant().minus(Duration.ofHours(2)));

        String page = home(users, a.username());
        assertThat(page).contains("Customer survey").contains("Waiting for your answer")
                .contains("action=\"/home/companies/" + a.companyId() + "/surveys/" + survey + "/link\"");
        // another company's representative sees nothing of it, and may not ask for its link
        assertThat(home(users, b.username())).doesNotContain("Customer survey")
                .contains("No survey is waiting for your company.");
        mvc.perform(post("/home/companies/{c}/surveys/{s}/link", a.companyId(), survey).with(csrf())
                .with(users.as(b.username()))).andExpect(status().isNotFound());
        assertThatThrownBy(() -> users.actingAs(b.username(), () -> companySurveys.open(a.companyId())))
                .isInstanceOf(NotFoundException.class);
        // staff without REPRESENT_COMPANY may not either
        mvc.perform(post("/home/companies/{c}/surveys/{s}/link", a.companyId(), survey).with(csrf())
                .with(users.as(staff.username()))).andExpect(status().isForbidden());
        // no CSRF token, no mail
        mvc.perform(post("/home/companies/{c}/surveys/{s}/link", a.companyId(), survey)
                .with(users.as(a.username()))).andExpect(status().isForbidden());
        assertThat(outbox(address)).isEmpty();

        mvc.perform(post("/home/companies/{c}/surveys/{s}/link", a.companyId(), survey).with(csrf())
                .with(users.as(a.username()))).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/")).andExpect(flash().attribute("surveyLinkSent", address));
        List<String> mails = outbox(address);
        assertThat(mails).hasSize(1);
        Matcher m = Pattern.compile("/public/surveys/([A-Za-z0-9_-]{43})").matcher(mails.get(0));
        assertThat(m.find()).isTrue();
        SurveyLinks.Link link = links.resolve(m.group(1)).orElseThrow();
        assertThat(link.recipientId()).isEqualTo(recipient);
        assertThat(link.companyId()).isEqualTo(a.companyId());
        // audited, as the representative
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'SurveyRecipient' "
                + "and entity_id = ? and action = 'UPDATE' and actor = ?", Long.class, String.valueOf(recipient),
                a.username())).isEqualTo(1);
        // a second request right after is refused: no second mail, and the page says why
        mvc.perform(post("/home/companies/{c}/surveys/{s}/link", a.companyId(), survey).with(csrf())
                .with(users.as(a.username()))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("surveyErrorKey", "workspacegaps.error.survey-link-sent-recently"));
        assertThat(outbox(address)).hasSize(1);
        assertThat(home(users, a.username())).contains("A link was just sent: check the e-mail.")
                .doesNotContain("action=\"/home/companies/" + a.companyId() + "/surveys/" + survey + "/link\"");
        // an unknown survey of the company is not found
        mvc.perform(post("/home/companies/{c}/surveys/{s}/link", a.companyId(), 987_654_321L).with(csrf())
                .with(users.as(a.username()))).andExpect(status().isNotFound());
    }

    @Test
    void theAdministratorSeesEachSearchIndexAndWhatIsPending() throws Exception {
        IndexStatus before = index("company");
        assertThat(before.documents()).isNotNull();
        assertThat(index("municipality").inStep()).isTrue();
        assertThat(index("municipality").rows()).isPositive();
        assertThat(index("nace").inStep()).isTrue();
        long someCompany = jdbc.queryForObject("select min(id) from company_company", Long.class);
        jdbc.update("update company_company set index_pending = true where id = ?", someCompany);
        try {
            IndexStatus pending = index("company");
            assertThat(pending.pending()).isEqualTo(before.pending() + 1);
            assertThat(pending.inStep()).isFalse();
            assertThat(pending.reindexCommand()).isEqualTo("reindex");
            String page = mvc.perform(get("/").with(new TestUsers(ctx.getBean(
                    no.kobling.identity.UserAdministration.class), ctx.getBean(
                    org.springframework.security.core.userdetails.UserDetailsService.class), ctx.getBean(
                    no.kobling.identity.application.ApiTokenService.class)).as("admin")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            // the demo administrator reads Norwegian (bokmål)
            assertThat(page).contains("Søkeindekser").contains("id=\"home-index-company\"")
                    .contains("id=\"home-index-municipality\"").contains("id=\"home-index-nace\"")
                    .contains("Ikke i takt").contains("«reindex»");
        } finally {
            indexer.indexPending();
        }
        IndexStatus after = index("company");
        assertThat(after.pending()).isZero();
        assertThat(after.lastIndexed()).isNotNull();
    }

    private IndexStatus index(String name) {
        return indexSources.stream().flatMap(s -> s.indexStatus().stream()).filter(i -> i.name().equals(name))
                .findFirst().orElseThrow();
    }

    /** A recipient of the survey (the company, this address) mailed at {@code at}; returns its id. */
    private long sent(long survey, long company, String address, Instant at) {
        return new TransactionTemplate(transactions).execute(s -> {
            SurveyRecipient r = recipients.save(new SurveyRecipient(survey, company, "Kari", address, "en", at,
                    "test"));
            String hash = SurveyTokens.hash(SurveyTokens.newToken());
            r.sent(hash, at);
            tokens.save(new SurveyRecipientToken(hash, r.getId(), at));
            return r.getId();
        });
    }

    private List<String> outbox(String address) {
        return jdbc.queryForList("select body from notification_outbox where recipient = ? order by id",
                String.class, address);
    }

    private String home(TestUsers users, String username) throws Exception {
        return mvc.perform(get("/").with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
