package no.kobling.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import no.kobling.advisory.AdvisoryFacts;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.FactsFilter;
import no.kobling.support.IntegrationTest;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 19 point 3: erasing a person anonymises them in every module, keeps the statistics (the pyramid and the
 * indicator facts are the same before and after, counted by this test through the public API and facade), and leaves
 * no trace: no text column of any table, no term or stored value of the search index, and no e-mail in the outbox
 * holds their name or e-mail. A facilitator of an open case is refused with 409 and nothing changes.
 */
@IntegrationTest
class PrivacyErasureTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    AdvisoryFacts advisoryFacts;

    @Test
    void erasureAnonymisesEverywhereKeepsStatisticsAndIsRefusedForAnOpenCaseFacilitator() throws Exception {
        PrivacyWorld w = new PrivacyWorld(context);
        assertThat(traces(w)).as("the fixture names the person in many tables").hasSizeGreaterThan(8);
        String pyramidBefore = pyramid(w);
        Map<String, Object> factsBefore = facts(w);

        // a facilitator of an open case: refused, nothing changed
        mvc.perform(post("/api/v1/privacy/erasures").with(w.world.users.as(w.admin))
                        .contentType(MediaType.APPLICATION_JSON).content(w.subjectJson()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("privacy-open-case-facilitator"));
        assertThat(jdbc.sql("select name from actor_person where id = ?").param(w.personId).query(String.class)
                .single()).isEqualTo(w.name);

        w.closeCase();
        String body = mvc.perform(post("/api/v1/privacy/erasures").with(w.world.users.as(w.admin))
                        .contentType(MediaType.APPLICATION_JSON).content(w.subjectJson()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String module : List.of("identity", "actor", "company", "advisory", "event", "survey", "notification",
                "partnering")) {
            assertThat(((Number) JsonPath.read(body, "$.changed." + module)).intValue()).as(module).isPositive();
        }

        assertThat(traces(w)).as("text columns naming the person after erasure").isEmpty();
        assertThat(indexTraces(w)).as("search index terms and stored values").isEmpty();
        assertThat(jdbc.sql("select count(*) from notification_outbox where lower(recipient) = ?").param(w.email)
                .query(Long.class).single()).isZero();
        assertThat(pyramid(w)).isEqualTo(pyramidBefore);
        assertThat(facts(w)).isEqualTo(factsBefore);
        // the rows that statistics count are still there
        assertThat(jdbc.sql("select count(*) from event_participant where id = ?").param(w.participantId)
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from company_entrepreneur where id = ?").param(w.entrepreneurId)
                .query(Long.class).single()).isOne();
        // the login is gone: disabled
        assertThat(jdbc.sql("select enabled from identity_user where id = ?").param(w.subjectUserId)
                .query(Boolean.class).single()).isFalse();
        // the erasure itself is on record (without the e-mail) and audited
        mvc.perform(get("/api/v1/audit").param("entityType", "PrivacyRequest").with(w.world.users.as(w.admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(
                        org.hamcrest.Matchers.greaterThan(0)));
        // a second search finds nothing: 404
        mvc.perform(post("/api/v1/privacy/searches").with(w.world.users.as(w.admin))
                        .contentType(MediaType.APPLICATION_JSON).content(w.subjectJson()))
                .andExpect(status().isNotFound());
    }

    private String pyramid(PrivacyWorld w) throws Exception {
        return mvc.perform(get("/api/v1/advisory/pyramid").param("partnershipId", "" + w.world.partnership)
                        .with(w.world.users.as(w.world.advisorA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Map<String, Object> facts(PrivacyWorld w) {
        FactsFilter filter = new FactsFilter(w.world.partnership, Set.of(w.world.orgA, w.world.orgB), Set.of(),
                LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1), null);
        Map<String, Object> facts = new TreeMap<>();
        SystemAccess.run(() -> {
            facts.put("funnel", new TreeMap<>(advisoryFacts.funnelLevels(filter)));
            List<String> activities = new ArrayList<>();
            advisoryFacts.activities(filter, Set.of()).forEach(a -> activities.add(a.id() + ":" + a.kindCode() + ":"
                    + new java.util.TreeSet<>(a.companyIds()) + ":" + new java.util.TreeSet<>(a.entrepreneurIds())));
            activities.sort(null);
            facts.put("activities", activities);
        });
        return facts;
    }

    /** Every text column of every table that holds the person's name, surname token or e-mail. */
    private List<String> traces(PrivacyWorld w) throws Exception {
        List<String> found = new ArrayList<>();
        List<String[]> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                    ? "public" : "PUBLIC";
            try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR || type == Types.CLOB
                            || type == Types.NVARCHAR || type == Types.NCLOB || type == Types.LONGNVARCHAR) {
                        columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                    }
                }
            }
        }
        String surname = ("slett" + w.token).toLowerCase(Locale.ROOT);
        for (String[] col : columns) {
            String sql = "select count(*) from " + quote(col[0]) + " where lower(cast(" + quote(col[1]) + " as varchar(100000)))"
                    + " like ? or lower(cast(" + quote(col[1]) + " as varchar(100000))) like ?";
            long n = jdbc.sql(sql).params("%" + surname + "%", "%" + w.email + "%").query(Long.class).single();
            if (n > 0) {
                found.add(col[0] + "." + col[1] + " (" + n + ")");
            }
        }
        return found;
    }

    private static String quote(String column) {
        return "\"" + column + "\"";
    }

    /** Index terms and stored values of every indexed entity that contain the person's surname token or e-mail. */
    private List<String> indexTraces(PrivacyWorld w) throws Exception {
        String surname = ("slett" + w.token).toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(Object.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (var info : leaf.reader().getFieldInfos()) {
                    Terms terms = leaf.reader().terms(info.name);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum it = terms.iterator();
                    for (BytesRef term = it.next(); term != null; term = it.next()) {
                        String text = term.utf8ToString().toLowerCase(Locale.ROOT);
                        if (text.contains(surname) || text.contains(w.email)) {
                            found.add(info.name + ":" + text);
                        }
                    }
                }
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    for (var field : stored.document(doc).getFields()) {
                        String value = field.stringValue();
                        if (value != null && (value.toLowerCase(Locale.ROOT).contains(surname)
                                || value.toLowerCase(Locale.ROOT).contains(w.email))) {
                            found.add("stored " + field.name());
                        }
                    }
                }
            }
        }
        return found;
    }
}
