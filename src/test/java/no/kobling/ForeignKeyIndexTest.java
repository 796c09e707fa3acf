package no.kobling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.kobling.support.IntegrationTest;
import no.kobling.support.TestProfiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Indexes on PostgreSQL, read from its catalogue after every migration ran: every foreign key has an index whose
 * leading columns are the key's columns (else deleting a parent row, or joining from it, scans the whole child
 * table), and every column in {@link #FREQUENT_FILTERS} leads an index. PostgreSQL only (H2 indexes every foreign key
 * by itself and has no pg_catalog): skipped on H2 by an explicit assumption, run by {@code -Ppostgres}.
 */
@IntegrationTest
class ForeignKeyIndexTest {

    /**
     * Columns that lists, boards and background jobs filter on (table.column); each must lead an index. Add the
     * filter of every new list or job here.
     */
    static final List<String> FREQUENT_FILTERS = List.of(
            "actor_person.organisation_id",
            "advisory_activity.organisation_id",
            "advisory_activity.follow_up_date",
            "advisory_activity.project_id",
            "audit_entry.occurred_at",
            "cases_case.facilitator_a_org_id",
            "cases_case.facilitator_b_org_id",
            "cases_case.partnership_id",
            "cases_case.project_id",
            "catalogue_referral.project_id",
            "cases_follow_up.due_on",
            "company_company.municipality_id",
            "company_company.nace_code",
            "event_co_organiser.organisation_id",
            "event_event.organiser_org_id",
            "event_event.created_at",
            "event_event.project_id",
            "event_meeting.status",
            "event_meeting_request.status",
            "event_participant.company_id",
            "event_schedule_run.status",
            "event_schedule_run.finished_at",
            "identity_user.organisation_id",
            "notification_notification.user_id",
            "notification_outbox.status",
            "partnering_profile.status");

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void onlyOnPostgres() {
        Assumptions.assumeTrue(TestProfiles.isPostgres(), "pg_catalog: PostgreSQL only (run with -Ppostgres)");
    }

    @Test
    void everyForeignKeyHasAnIndexLeadingWithItsColumns() {
        List<String> missing = jdbc.queryForList("""
                select c.conrelid::regclass || '(' || (select string_agg(a.attname, ', ' order by k.ord)
                       from unnest(c.conkey) with ordinality k(att, ord)
                       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.att) || ') ' || c.conname
                from pg_constraint c
                join pg_namespace n on n.oid = c.connamespace
                where c.contype = 'f' and n.nspname = current_schema()
                  and not exists (
                    select 1 from pg_index i
                    where i.indrelid = c.conrelid
                      and (select array_agg(x order by x)
                           from unnest((i.indkey::int2[])[0:array_length(c.conkey, 1) - 1]) x)
                        = (select array_agg(x order by x) from unnest(c.conkey) x))
                order by 1
                """, String.class);
        assertThat(missing).as("foreign keys without an index leading with their columns").isEmpty();
        // the check itself sees the schema: there are foreign keys to look at
        assertThat(jdbc.queryForObject("select count(*) from pg_constraint c join pg_namespace n "
                + "on n.oid = c.connamespace where c.contype = 'f' and n.nspname = current_schema()", Long.class))
                .isGreaterThan(100);
    }

    @Test
    void everyFrequentFilterLeadsAnIndex() {
        List<String> missing = FREQUENT_FILTERS.stream().filter(filter -> {
            String[] parts = filter.split("\\.");
            Long count = jdbc.queryForObject("""
                    select count(*) from pg_index i
                    join pg_class t on t.oid = i.indrelid
                    join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
                    join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]
                    where t.relname = ? and a.attname = ?
                    """, Long.class, parts[0], parts[1]);
            Long exists = jdbc.queryForObject("""
                    select count(*) from information_schema.columns
                    where table_schema = current_schema() and table_name = ? and column_name = ?
                    """, Long.class, parts[0], parts[1]);
            assertThat(exists).as("documented filter column %s exists", filter).isEqualTo(1);
            return count == 0;
        }).toList();
        assertThat(missing).as("frequent filter columns without an index leading with them").isEmpty();
    }
}
