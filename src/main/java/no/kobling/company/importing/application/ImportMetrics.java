package no.kobling.company.importing.application;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Register imports for Prometheus (issue 19 point 7), read from the import runs at each scrape (the same on every
 * node): {@code kobling_import_rows_total{outcome="read|inserted|updated|unchanged|rejected"}} (rows per second:
 * {@code rate(kobling_import_rows_total{outcome="read"}[5m])}) and {@code kobling_import_runs{status}}.
 */
@Component
class ImportMetrics implements MeterBinder {

    private static final Map<String, String> COLUMNS = Map.of("read", "records_read", "inserted", "inserted",
            "updated", "updated", "unchanged", "unchanged", "rejected", "rejected");

    private final JdbcTemplate jdbc;

    ImportMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String outcome : new String[] {"read", "inserted", "updated", "unchanged", "rejected"}) {
            FunctionCounter.builder("kobling.import.rows", this, m -> m.total(outcome))
                    .description("Rows of register imports, by outcome").tag("outcome", outcome).register(registry);
        }
        for (String status : new String[] {"RUNNING", "COMPLETED", "FAILED"}) {
            Gauge.builder("kobling.import.runs", this, m -> m.runs(status))
                    .description("Register import runs, by status").tag("status", status.toLowerCase())
                    .register(registry);
        }
    }

    private double total(String outcome) {
        Number n = jdbc.queryForObject("select coalesce(sum(" + COLUMNS.get(outcome) + "), 0) from company_import_run",
                Number.class);
        return n == null ? 0 : n.doubleValue();
    }

    private double runs(String status) {
        Long n = jdbc.queryForObject("select count(*) from company_import_run where status = ?", Long.class, status);
        return n == null ? 0 : n;
    }
}
