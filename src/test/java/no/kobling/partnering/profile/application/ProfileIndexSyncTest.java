package no.kobling.partnering.profile.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Set;
import no.kobling.company.Companies;
import no.kobling.company.Companies.CompanyData;
import no.kobling.company.CompanyTestData;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.partnering.profile.matching.MatchProfile;
import no.kobling.partnering.profile.persistence.PartnerProfileRepository;
import no.kobling.shared.JobLease;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 18.2: partner matching is the same on every node within seconds. Node A is this application; node B is a
 * second matching index with its own sync over the same database, built before the changes. A profile saved and then
 * validated on A reaches B's index at B's next poll, equal to A's; a change rolled back on A never reaches B.
 */
@IntegrationTest
class ProfileIndexSyncTest {

    static final String TROMSO = "samtalepart";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Companies companies;
    @Autowired
    Geography geography;
    @Autowired
    PartnerProfileRepository profiles;
    @Autowired
    ProfileIndexer nodeA;
    @Autowired
    ProfileIndexSync syncA;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JobLease lease;
    @Autowired
    Clock clock;

    @Test
    void aChangeOnNodeAReachesNodeBsIndexAtItsNextPoll() throws Exception {
        ProfileIndexer nodeB = new ProfileIndexer(profiles, companies, geography, clock, 0.1);
        ProfileIndexSync syncB = new ProfileIndexSync(jdbc, profiles, nodeB, transactions, lease, clock, true);
        long company = SystemAccess.run(() -> companies.register(new CompanyData("NO",
                CompanyTestData.norwegianNumber(), "Synk Sveis AS", "AS", "25.62", null, 10, null, Set.of())));
        nodeA.index();
        nodeB.index();
        syncB.sync(); // what other tests changed before is applied: from here on B is in step

        mvc.perform(put("/api/v1/partnering/profiles/{id}", company).with(user(userDetails.loadUserByUsername(TROMSO)))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"offers":"Vi tilbyr sveising og maskinering av stål","seeks":"Vi søker kunder i havbruk",
                         "cooperationTypes":["SUPPLIER"],"languages":["nb"]}""")).andExpect(status().isOk());
        assertThat(nodeA.index().get(company)).as("node A at once").isPresent();
        assertThat(nodeB.index().get(company)).as("node B before its poll").isEmpty();

        assertThat(syncB.sync()).isGreaterThanOrEqualTo(1);
        assertSame(nodeA.index().get(company).orElseThrow(), nodeB.index().get(company).orElseThrow());
        assertThat(nodeB.index().get(company).orElseThrow().isPublic()).isFalse();

        mvc.perform(post("/api/v1/partnering/profiles/{id}/validation", company)
                .with(user(userDetails.loadUserByUsername(TROMSO))).with(csrf())).andExpect(status().isOk());
        assertThat(nodeB.index().get(company).orElseThrow().isPublic()).as("B before its poll").isFalse();
        syncB.sync();
        assertThat(nodeB.index().get(company).orElseThrow().isPublic()).as("B after its poll").isTrue();
        assertSame(nodeA.index().get(company).orElseThrow(), nodeB.index().get(company).orElseThrow());
        assertThat(syncB.sync()).as("nothing new: nothing re-read").isZero();
    }

    @Test
    void aRolledBackChangeIsNeverAnnounced() {
        ProfileIndexer nodeB = new ProfileIndexer(profiles, companies, geography, clock, 0.1);
        ProfileIndexSync syncB = new ProfileIndexSync(jdbc, profiles, nodeB, transactions, lease, clock, true);
        nodeB.index();
        syncB.sync();
        var someProfile = profiles.findAll().stream().findFirst().orElseThrow();
        Integer before = jdbc.queryForObject("select count(*) from partnering_profile_change", Integer.class);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> {
            syncA.changed(profiles.findById(someProfile.getId()).orElseThrow());
            s.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from partnering_profile_change", Integer.class))
                .isEqualTo(before);
        assertThat(syncB.sync()).isZero();
    }

    static void assertSame(MatchProfile a, MatchProfile b) {
        assertThat(b).usingRecursiveComparison().isEqualTo(a);
    }
}
