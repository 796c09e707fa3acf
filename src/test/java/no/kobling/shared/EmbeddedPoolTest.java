package no.kobling.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded H2 keeps its pooled connections: H2 binds the check constraints with IN lists to the session that
 * compiled them, and once the pool retired that connection (Hikari's 30-minute lifetime) every checked insert failed
 * ("Check constraint invalid ... The database has been closed"). PostgreSQL keeps Hikari's default lifetime.
 */
@IntegrationTest
class EmbeddedPoolTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theEmbeddedDatabaseNeverRetiresItsConnections() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        if (pool.getJdbcUrl().startsWith("jdbc:h2:")) {
            assertThat(pool.getMaxLifetime()).isZero();
        } else {
            assertThat(pool.getMaxLifetime()).isEqualTo(1_800_000L);
        }
    }
}
