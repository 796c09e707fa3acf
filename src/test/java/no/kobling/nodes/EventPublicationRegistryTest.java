package no.kobling.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.kobling.company.Companies;
import no.kobling.company.Companies.CompanyData;
import no.kobling.company.CompanyImportCompleted;
import no.kobling.company.CompanyTestData;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 18.2: "import completed → index" survives a crash. The event is stored in Spring Modulith's JDBC registry with
 * the publishing transaction and completed when the index listener has run. A crash after the commit and before the
 * listener leaves the publication incomplete (made here exactly: the row as the registry writes it, without completion,
 * and a company whose index write is pending); resubmitting it — what a restart or {@code EventPublicationJob} does —
 * runs the listener, indexes the company and completes the publication.
 */
@IntegrationTest
class EventPublicationRegistryTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    Companies companies;

    @Test
    void anIncompletePublicationLeftByACrashCompletesWhenResubmitted() {
        long run = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                events.publishEvent(new CompanyImportCompleted(run, 0, 0)));
        Map<String, Object> published = jdbc.queryForMap("select * from event_publication where event_type like ? "
                + "and serialized_event like ?", "%CompanyImportCompleted", "%" + run + "%");
        assertThat(published.get("completion_date")).as("completed once the listener ran").isNotNull();
        assertThat((String) published.get("listener_id")).contains("CompanyIndexer");

        // the crash: a later run committed (its publication and a pending index write) and the node died
        long crashed = run - 1;
        long company = SystemAccess.run(() -> companies.register(new CompanyData("NO",
                CompanyTestData.norwegianNumber(), "Krasj Indeks AS", "AS", "25.62", null, 3, null, Set.of())));
        jdbc.update("update company_company set index_pending = true where id = ?", company);
        UUID id = UUID.randomUUID();
        jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, "
                + "status, completion_attempts) values (?, ?, ?, ?, current_timestamp, 'PUBLISHED', 1)", id,
                published.get("listener_id"), published.get("event_type"),
                ((String) published.get("serialized_event")).replace(String.valueOf(run), String.valueOf(crashed)));

        incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(id));

        assertThat(jdbc.queryForObject("select completion_date from event_publication where id = ?", Object.class, id))
                .as("the resubmitted publication is completed").isNotNull();
        assertThat(jdbc.queryForObject("select index_pending from company_company where id = ?", Boolean.class,
                company)).as("the listener indexed the pending company").isFalse();
    }
}
