package no.kobling.shared.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import no.kobling.KoblingApplication;
import no.kobling.company.domain.Company;
import no.kobling.support.TestProfiles;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The command-line mode starts the application without a web server, runs the command and reports its exit code. It
 * starts lazily ({@link CommandLineModes#prepare}): what the command does not need is never created, and what it
 * needs, including the search indexer that listens for the end of an import, still works.
 */
class CommandLineModeTest {

    private static ConfigurableApplicationContext run(String... args) {
        SpringApplication app = new SpringApplication(KoblingApplication.class);
        CommandLineModes.prepare(app);
        app.setAdditionalProfiles(TestProfiles.isPostgres() ? new String[] {"test", "postgres"} : new String[] {"test"});
        return app.run(args);
    }

    @Test
    void importRunsWithoutTheWebServer() {
        String sample = Path.of("src/test/resources/company-import/brreg_enheter_sample.csv").toString();
        try (ConfigurableApplicationContext context = run("import", "--format", "brreg-csv", sample)) {
            Long imported = context.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from company_company where org_number = '832175692'", Long.class);
            assertThat(imported).isEqualTo(1L);
            EntityManager em = context.getBean(EntityManagerFactory.class).createEntityManager();
            try {
                assertThat(Search.session(em).search(Company.class)
                        .where(f -> f.match().field("orgNumber").matching("832175692")).fetchTotalHitCount())
                        .as("the imported company is in the search index").isEqualTo(1);
            } finally {
                em.close();
            }
            Long pending = context.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from company_company where index_pending = true", Long.class);
            assertThat(pending).as("rows left for the indexer").isZero();
            assertThat(SpringApplication.exit(context)).isZero();
        }
    }

    @Test
    void aCommandStartsOnlyWhatItNeeds() {
        try (ConfigurableApplicationContext context = run("import", "--format", "nonsense", "x.csv")) {
            assertThat(context.getBeanFactory().getBeanDefinitionNames()).contains("profileIndexer");
            assertThat(context.getBeanFactory().containsSingleton("profileIndexer"))
                    .as("the partner-matching index is not built for a command").isFalse();
            assertThat(context.getBeanFactory().containsSingleton("partnerProfileRepository"))
                    .as("a repository the command does not use is not created").isFalse();
            // no background jobs in a command process (the test profile switches them off anyway: look at the default)
            assertThat(context.getEnvironment().getPropertySources().get("defaultProperties").getProperty(
                    "kobling.jobs.enabled")).isEqualTo("false");
            assertThat(SpringApplication.exit(context)).isEqualTo(2);
        }
    }
}
