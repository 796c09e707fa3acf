package no.kobling.shared.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.kobling.KoblingApplication;
import no.kobling.support.TestProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The command-line mode starts the application without a web server, runs the command and reports its exit code. */
class CommandLineModeTest {

    @Test
    void importRunsWithoutTheWebServer() {
        String sample = Path.of("src/test/resources/company-import/brreg_enheter_sample.csv").toString();
        String[] profiles = TestProfiles.isPostgres() ? new String[] {"test", "postgres"} : new String[] {"test"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KoblingApplication.class)
                .web(WebApplicationType.NONE).profiles(profiles)
                .run("import", "--format", "brreg-csv", sample)) {
            Long imported = context.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from company_company where org_number = '832175692'", Long.class);
            assertThat(imported).isEqualTo(1L);
            assertThat(SpringApplication.exit(context)).isZero();
        }
    }

    @Test
    void unknownFormatIsAUsageError() {
        String[] profiles = TestProfiles.isPostgres() ? new String[] {"test", "postgres"} : new String[] {"test"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KoblingApplication.class)
                .web(WebApplicationType.NONE).profiles(profiles)
                .run("import", "--format", "nonsense", "x.csv")) {
            assertThat(SpringApplication.exit(context)).isEqualTo(2);
        }
    }
}
