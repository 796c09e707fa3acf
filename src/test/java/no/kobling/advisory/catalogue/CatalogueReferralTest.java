package no.kobling.advisory.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.advisory.catalogue.application.ReferralService;
import no.kobling.advisory.catalogue.application.ServiceCatalogue;
import no.kobling.advisory.catalogue.application.ServiceCommand;
import no.kobling.advisory.catalogue.application.UsageReport;
import no.kobling.advisory.catalogue.domain.ReferralStatus;
import no.kobling.shared.DomainException;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The service catalogue end to end: services, referrals and their rules, usage counts, tenancy, archiving. */
@IntegrationTest
class CatalogueReferralTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ServiceCatalogue catalogue;
    @Autowired
    ReferralService referrals;
    @Autowired
    UsageReport usageReport;

    CatalogueWorld w;

    @BeforeEach
    void setUp() {
        w = new CatalogueWorld(context);
    }

    long service(String name, Long partnership, Set<Long> municipalities) {
        return w.users.actingAs(w.coordinator, () -> catalogue.create(new ServiceCommand(null,
                Map.of("nb", new ServiceCommand.Text(name, "Beskrivelse"), "en",
                        new ServiceCommand.Text(name + " (en)", null)), partnership, municipalities, Set.of(), 5)))
                .id();
    }

    /** A pattern for the page: the row of {@code label} with its referral and delivered counts. */
    static java.util.regex.Pattern figureRow(String label, long referrals, long delivered) {
        return java.util.regex.Pattern.compile("(?s).*<th scope=\"row\">" + label + "</th>\\s*<td>" + referrals
                + "</td>\\s*<td>" + delivered + "</td>.*");
    }

    long refer(long service, long company) {
        return w.users.actingAs(w.advisor, () -> referrals.refer(service, company, null)).id();
    }

    @Test
    void usagePerServiceAndMunicipalityMatchesAnIndependentCount() throws Exception {
        long regional = service("Regional", w.partnership, Set.of());
        long local = service("Local", null, Set.of(w.giske, w.sula));
        Map<Long, Long> companies = Map.of(w.giske, w.company("Giske", w.giske), w.sula, w.company("Sula", w.sula),
                w.roros, w.company("Roros", w.roros), w.kiruna, w.company("Kiruna", w.kiruna));
        record Made(long service, long municipality, ReferralStatus status, Integer score) {
        }
        List<Made> made = new ArrayList<>();
        List<Long> places = List.of(w.giske, w.sula, w.roros, w.kiruna);
        ReferralStatus[] cycle = {ReferralStatus.REFERRED, ReferralStatus.ACCEPTED, ReferralStatus.DELIVERED,
            ReferralStatus.FEEDBACK_GIVEN, ReferralStatus.DECLINED};
        for (int i = 0; i < 17; i++) {
            long place = places.get(i % places.size());
            long service = (i % 3 == 0 && (place == w.giske || place == w.sula)) ? local : regional;
            long id = refer(service, companies.get(place));
            ReferralStatus target = cycle[i % cycle.length];
            Integer score = target == ReferralStatus.FEEDBACK_GIVEN ? 1 + (i * 7) % 5 : null;
            w.users.actingAs(w.coordinator, () -> {
                switch (target) {
                    case ACCEPTED -> referrals.move(id, "accept");
                    case DECLINED -> referrals.move(id, "decline");
                    case DELIVERED, FEEDBACK_GIVEN -> {
                        referrals.move(id, "accept");
                        referrals.move(id, "deliver");
                    }
                    default -> {
                    }
                }
                return null;
            });
            if (score != null) {
                w.users.actingAs(w.advisor, () -> referrals.feedback(id, score, "ok"));
            }
            made.add(new Made(service, place, target, score));
        }

        var usage = w.users.actingAs(w.coordinator, () -> usageReport.usage(w.partnership, null, null));
        var rows = usage.rows().stream().filter(r -> r.serviceId() == regional || r.serviceId() == local).toList();
        var expected = made.stream().collect(Collectors.groupingBy(m -> List.of(m.service(), m.municipality())));
        assertThat(rows).hasSize(expected.size());
        for (var row : rows) {
            List<Made> group = expected.get(List.of(row.serviceId(), row.municipalityId()));
            assertThat(group).as("row %s", row).isNotNull();
            assertThat(row.referrals()).isEqualTo(group.size());
            assertThat(row.delivered()).isEqualTo(group.stream().filter(m -> m.status() == ReferralStatus.DELIVERED
                    || m.status() == ReferralStatus.FEEDBACK_GIVEN).count());
            var scores = group.stream().map(Made::score).filter(Objects::nonNull).toList();
            assertThat(row.feedbackCount()).isEqualTo(scores.size());
            if (scores.isEmpty()) {
                assertThat(row.averageFeedback()).isNull();
            } else {
                assertThat(row.averageFeedback()).isCloseTo(scores.stream().mapToInt(Integer::intValue).average()
                        .orElseThrow(), org.assertj.core.data.Offset.offset(1e-9));
            }
        }
        // the small municipality's companies use the region's offer: Røros only through the regional service
        long rorosRegional = made.stream().filter(m -> m.municipality() == w.roros).count();
        assertThat(usage.perMunicipality().stream().filter(t -> Objects.equals(t.id(), w.roros)).findFirst()
                .orElseThrow().referrals()).isEqualTo(rorosRegional);
        long total = made.size();
        assertThat(usage.perService().stream().filter(t -> t.id() == regional || t.id() == local)
                .mapToLong(UsageReport.Total::referrals).sum()).isEqualTo(total);
        // the page draws the chart and the tables from the same figures
        mvc.perform(get("/catalogue/usage").param("partnershipId", String.valueOf(w.partnership))
                .with(w.users.as(w.coordinator))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"usage-chart\"")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"usage-per-municipality\"")))
                // ... and shows the numbers counted above, not only a table: referrals and delivered per service
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.matchesPattern(figureRow("Regional \\(en\\)",
                                made.stream().filter(m -> m.service() == regional).count(),
                                made.stream().filter(m -> m.service() == regional && (m.status() == ReferralStatus.DELIVERED
                                        || m.status() == ReferralStatus.FEEDBACK_GIVEN)).count()))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.matchesPattern(figureRow("Local \\(en\\)",
                                made.stream().filter(m -> m.service() == local).count(),
                                made.stream().filter(m -> m.service() == local && (m.status() == ReferralStatus.DELIVERED
                                        || m.status() == ReferralStatus.FEEDBACK_GIVEN)).count()))));
        // another tenant sees none of it
        var outside = w.users.actingAs(w.outsiderCoordinator, () -> usageReport.usage(null, null, null));
        assertThat(outside.rows()).noneMatch(r -> r.serviceId() == regional || r.serviceId() == local);
    }

    @Test
    void referralRulesAndStateMachineRefuseBadInputWithClearCodes() throws Exception {
        long local = service("Local only", null, Set.of(w.giske));
        long inGiske = w.company("Giske", w.giske);
        long inRoros = w.company("Roros", w.roros);
        long outsiders = w.company("Tromso", w.tromso);

        mvc.perform(post("/api/v1/catalogue/referrals").with(w.users.as(w.advisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"serviceId\":" + local + ",\"companyId\":" + inRoros + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("service-not-offered-here"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Røros")));
        mvc.perform(post("/api/v1/catalogue/referrals").with(w.users.as(w.advisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"serviceId\":" + local + ",\"companyId\":" + outsiders + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/catalogue/referrals").with(w.users.as(w.outsiderAdvisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"serviceId\":" + local + ",\"companyId\":" + outsiders + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/catalogue/services/{id}", local).with(w.users.as(w.outsiderAdvisor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/catalogue/services/{id}", local).with(w.users.as(w.outsiderAdvisor)))
                .andExpect(status().isNotFound());

        String body = mvc.perform(post("/api/v1/catalogue/referrals").with(w.users.as(w.advisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"serviceId\":" + local + ",\"companyId\":" + inGiske + ",\"note\":\"Eksport\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("REFERRED"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        mvc.perform(get("/api/v1/catalogue/referrals/{id}", id).with(w.users.as(w.outsiderAdvisor)))
                .andExpect(status().isNotFound());
        // only the provider moves it
        mvc.perform(post("/api/v1/catalogue/referrals/{id}/accept", id).with(w.users.as(w.advisor)).with(csrf()))
                .andExpect(status().isForbidden());
        // illegal move: delivered before accepted
        mvc.perform(post("/api/v1/catalogue/referrals/{id}/deliver", id).with(w.users.as(w.coordinator))
                .with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("referral-transition-illegal"));
        // feedback before delivery
        mvc.perform(post("/api/v1/catalogue/referrals/{id}/feedback", id).with(w.users.as(w.advisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"score\":4}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/catalogue/referrals/{id}/accept", id).with(w.users.as(w.coordinator))
                .with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(post("/api/v1/catalogue/referrals/{id}/deliver", id).with(w.users.as(w.coordinator))
                .with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DELIVERED"));
        mvc.perform(post("/api/v1/catalogue/referrals/{id}/feedback", id).with(w.users.as(w.advisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"score\":6,\"comment\":\"too good\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("score"));
        assertThatThrownBy(() -> w.users.actingAs(w.advisor, () -> referrals.feedback(id, 6, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("referral-feedback-score"));
        // the company's representative sees its referrals and gives the feedback; another company's does not
        String representative = w.users.create("rep", "COMPANY_REPRESENTATIVE");
        String otherRepresentative = w.users.create("rep", "COMPANY_REPRESENTATIVE");
        no.kobling.identity.SystemAccess.run(() -> {
            w.companies.addRepresentative(inGiske, representative);
            w.companies.addRepresentative(inRoros, otherRepresentative);
        });
        mvc.perform(get("/api/v1/catalogue/referrals").param("companyId", String.valueOf(inGiske))
                .with(w.users.as(representative))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id)).andExpect(jsonPath("$[0].actions[0]").value("feedback"));
        mvc.perform(get("/api/v1/catalogue/referrals").param("companyId", String.valueOf(inGiske))
                .with(w.users.as(w.outsiderAdvisor))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/catalogue/referrals/{id}/feedback", id).with(w.users.as(otherRepresentative))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"score\":1}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/catalogue/referrals/{id}/feedback", id).with(w.users.as(representative))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"score\":5,\"comment\":\"Nyttig\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FEEDBACK_GIVEN"))
                .andExpect(jsonPath("$.feedbackScore").value(5));
        // the page form shows the rule next to the company field
        mvc.perform(post("/catalogue/services/{id}/referrals", local).with(w.users.as(w.advisor)).with(csrf())
                .param("companyId", String.valueOf(inRoros)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"companyId-error\"")));
    }

    @Test
    void deletingAServiceInUseArchivesItAndKeepsItsHistory() throws Exception {
        long used = service("Used", w.partnership, Set.of());
        long unused = service("Unused", null, Set.of(w.sula));
        long company = w.company("Sula", w.sula);
        long referral = refer(used, company);

        mvc.perform(delete("/api/v1/catalogue/services/{id}", used).with(w.users.as(w.advisor)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/catalogue/services/{id}", used).with(w.users.as(w.outsiderCoordinator))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/catalogue/services/{id}", used).with(w.users.as(w.coordinator)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ARCHIVED"));
        mvc.perform(get("/api/v1/catalogue/services/{id}", used).with(w.users.as(w.advisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ARCHIVED"));
        mvc.perform(get("/api/v1/catalogue/referrals/{id}", referral).with(w.users.as(w.advisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.serviceName").value("Used (en)"));
        mvc.perform(post("/api/v1/catalogue/referrals").with(w.users.as(w.advisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"serviceId\":" + used + ",\"companyId\":" + company + "}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("service-archived"));
        mvc.perform(get("/api/v1/catalogue/services").with(w.users.as(w.advisor)))
                .andExpect(jsonPath("$[?(@.id == " + used + ")]").isEmpty());

        mvc.perform(delete("/api/v1/catalogue/services/{id}", unused).with(w.users.as(w.coordinator))
                .with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DELETED"));
        mvc.perform(get("/api/v1/catalogue/services/{id}", unused).with(w.users.as(w.coordinator)))
                .andExpect(status().isNotFound());
    }

    @Test
    void servicesNeedANameAnAreaAndTheManagePermission() throws Exception {
        mvc.perform(post("/api/v1/catalogue/services").with(w.users.as(w.coordinator)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"texts\":{\"sv\":{\"name\":\"Rådgivning\"}},\"municipalityIds\":[]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("service-area-required"));
        mvc.perform(post("/api/v1/catalogue/services").with(w.users.as(w.coordinator)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"texts\":{\"sv\":{\"name\":\" \"}},\"municipalityIds\":[" + w.giske + "]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("service-name-required"));
        mvc.perform(post("/api/v1/catalogue/services").with(w.users.as(w.coordinator)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"texts\":{\"sv\":{\"name\":\"Rådgivning\"}},\"partnershipId\":" + w.otherPartnership
                        + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("service-partnership-unknown"));
        mvc.perform(post("/api/v1/catalogue/services").with(w.users.as(w.advisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"texts\":{\"sv\":{\"name\":\"Rådgivning\"}},\"municipalityIds\":[" + w.giske + "]}"))
                .andExpect(status().isForbidden());
        // a Swedish-only text falls back for a Norwegian reader
        mvc.perform(post("/api/v1/catalogue/services").with(w.users.as(w.coordinator)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "nb")
                .content("{\"texts\":{\"sv\":{\"name\":\"Rådgivning\"}},\"municipalityIds\":[" + w.kiruna + "]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("Rådgivning"));
        // pages render for the coordinator
        mvc.perform(get("/catalogue").with(w.users.as(w.coordinator))).andExpect(status().isOk());
        mvc.perform(get("/catalogue/services/new").with(w.users.as(w.coordinator))).andExpect(status().isOk());
        mvc.perform(get("/catalogue/usage").with(w.users.as(w.coordinator))).andExpect(status().isOk());
        mvc.perform(post("/catalogue/services").with(w.users.as(w.coordinator)).with(csrf())
                .param("nameNb", "").param("capacityPerMonth", "-1"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"capacityPerMonth-error\"")));
    }
}
