package no.kobling.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structured logs (issue 19 point 7, docs/operations.md): an application started with the {@code jsonlogs} profile and
 * Kobling's own configuration files (application.properties, application-jsonlogs.properties) writes each log record
 * as one line of JSON (Elastic Common Schema) with the time, level, logger and message, the message escaped (quotes,
 * a line break) so a record never spans two lines. A line is parsed, not searched for substrings.
 */
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsProfileTest {

    @Configuration(proxyBeanMethods = false)
    static class NothingButLogging {
    }

    @Test
    void theJsonlogsProfileWritesEachRecordAsOneJsonLine(CapturedOutput output) {
        String token = UUID.randomUUID().toString();
        String logger = "no.kobling.ops.JsonLogsProbe";
        String message = "probe " + token + " said \"hello\"\nand a second line";
        Instant before = Instant.now();
        // Spring Boot leaves the structured format in system properties: restore them, and the plain console format,
        // so the test classes after this one in the same JVM log as before
        java.util.Properties saved = (java.util.Properties) System.getProperties().clone();
        // other test contexts in this JVM have set up logging already, and Spring Boot leaves an initialised logging
        // system alone: clean it up so that the application started here configures the jsonlogs format
        LoggingSystem.get(getClass().getClassLoader()).cleanUp();
        try (ConfigurableApplicationContext ignored = start("jsonlogs")) {
            LoggerFactory.getLogger(logger).warn(message);
        } finally {
            System.setProperties(saved);
            start().close();
        }
        List<String> lines = output.getOut().lines().filter(l -> l.contains(token)).toList();
        assertThat(lines).as(output.getOut()).hasSize(1);
        JsonNode json = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(json.isObject()).isTrue();
        Instant at = Instant.parse(text(json, "@timestamp"));
        assertThat(at).isBetween(before.minus(Duration.ofSeconds(1)), Instant.now().plus(Duration.ofSeconds(1)));
        assertThat(text(json, "log.level")).isEqualTo("WARN");
        assertThat(text(json, "log.logger")).isEqualTo(logger);
        assertThat(text(json, "message")).isEqualTo(message);
        assertThat(text(json, "process.thread.name")).isEqualTo(Thread.currentThread().getName());
        assertThat(text(json, "ecs.version")).isNotBlank();

        // the start-up lines of Spring Boot itself are JSON too (nothing logs around the structured format)
        List<String> startup = output.getOut().lines().filter(l -> l.contains("jsonlogs")
                && l.contains("profile is active")).toList();
        assertThat(startup).isNotEmpty().allSatisfy(l -> assertThat(JsonMapper.builder().build().readTree(l)
                .isObject()).isTrue());
    }

    private static ConfigurableApplicationContext start(String... profiles) {
        return new SpringApplicationBuilder(NothingButLogging.class).web(WebApplicationType.NONE).profiles(profiles)
                .properties("spring.main.banner-mode=off", "spring.main.lazy-initialization=true").run();
    }

    /** An ECS field, written flat ("log.level") or nested ({"log":{"level":..}}) depending on the version. */
    private static String text(JsonNode json, String field) {
        JsonNode flat = json.get(field);
        if (flat != null && !flat.isMissingNode()) {
            return flat.asString();
        }
        JsonNode node = json;
        for (String part : field.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        assertThat(node).as("field %s in %s", field, json).isNotNull();
        return node.asString();
    }
}
