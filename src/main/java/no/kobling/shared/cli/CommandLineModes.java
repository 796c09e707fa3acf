package no.kobling.shared.cli;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/** Program arguments that start a command instead of the web application. */
public final class CommandLineModes {

    /** Known command names; keep in step with the {@link KoblingCommand} beans. */
    public static final Set<String> NAMES = Set.of("import", "reindex", "schedule");

    /**
     * Defaults of a command process (lowest precedence: {@code -Dkobling.jobs.enabled=true} still wins): no background
     * jobs, which belong to the running application's nodes, not to a process that exits when its command is done;
     * Spring Data repositories created on first use (their bean definitions say "not lazy" unless the bootstrap mode
     * is lazy, so the lazy initialisation alone leaves them all eager).
     */
    static final Map<String, Object> COMMAND_DEFAULTS = Map.of("kobling.jobs.enabled", "false",
            "spring.data.jpa.repositories.bootstrap-mode", "lazy");

    private CommandLineModes() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    /**
     * Sets up {@code app} for a command (issue 18.3, third round: the start of the full context was about a third of
     * the CPU of a 1,000,000-company import): no web server, no background jobs, and every bean created only when
     * the command or a start-up runner first needs it. The import needs the database, Flyway, JPA and Hibernate
     * Search, but not the ~100 Spring Data repositories of the other modules (their query parsing was a fifth of the
     * start), the partner-matching dictionaries and index, the password hasher, the scheduler, the web layer. Event
     * listeners still run (Spring creates a lazy listener's bean when its event arrives). The web application is
     * started as before.
     */
    public static void prepare(SpringApplication app) {
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLazyInitialization(true);
        app.setDefaultProperties(COMMAND_DEFAULTS);
    }
}
