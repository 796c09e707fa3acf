package no.kobling.shared.web;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A page whose post breaks a unique constraint of the real schema (PageConstraintClashTest). It exists only on the
 * test classpath (a top-level class: Spring Boot's test filter skips classes nested in tests).
 */
@Controller
class ClashingTestPage {

    private final JdbcTemplate jdbc;

    ClashingTestPage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/test-only/constraint-clash")
    String clash() {
        String bucket = "test-clash:" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            jdbc.update("insert into shared_rate_counter (bucket, window_start, hits) values (?, 0, 1)", bucket);
        }
        return "redirect:/";
    }
}
