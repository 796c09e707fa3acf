package no.kobling.identity.application;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import no.kobling.identity.domain.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up: creates the first administrator from {@link BootstrapProperties} when there are no users. A half or
 * weak configuration (username without password, password shorter than {@link UserService#MIN_PASSWORD_LENGTH})
 * stops the start (already when the bean is created) with a message naming the property, so no installation runs
 * with an unusable administrator. When there is no configuration and no user once the application is ready (demo
 * data included), a warning points the operator to {@code /setup}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
@EnableConfigurationProperties(BootstrapProperties.class)
public class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final BootstrapProperties properties;
    private final FirstAdministrator firstAdministrator;

    BootstrapAdministrator(BootstrapProperties properties, FirstAdministrator firstAdministrator) {
        this.properties = properties;
        this.firstAdministrator = firstAdministrator;
        if (!properties.isEmpty()) {
            validate(properties);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrap();
    }

    /** What {@link #run} does; returns the new administrator's id if one was created. */
    public Optional<Long> bootstrap() {
        if (properties.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> created = firstAdministrator.create(properties.adminUsername().strip(),
                properties.adminUsername().strip(), BootstrapProperties.blank(properties.adminEmail()) ? null
                        : properties.adminEmail().strip(), properties.adminPassword(), null);
        if (created.isPresent()) {
            log.info("Created the first administrator '{}' from kobling.bootstrap.admin-username. Remove "
                    + "kobling.bootstrap.admin-password from the configuration now.", properties.adminUsername());
        } else {
            log.info("Users exist already: kobling.bootstrap.admin-* is ignored and can be removed.");
        }
        return created;
    }

    /** Once everything (demo data included) has started: tell the operator how to get in, if nobody can. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void hintWhenNobodyCanSignIn() {
        if (firstAdministrator.needed()) {
            log.warn("Kobling has no users yet. Open /setup in a browser to create the first administrator, "
                    + "or set kobling.bootstrap.admin-username and kobling.bootstrap.admin-password.");
        }
    }

    static void validate(BootstrapProperties p) {
        if (BootstrapProperties.blank(p.adminUsername()) || BootstrapProperties.blank(p.adminPassword())) {
            throw fail("kobling.bootstrap.admin-username and kobling.bootstrap.admin-password must be set together "
                    + "(or both left empty to use the setup page /setup).");
        }
        if (p.adminPassword().length() < UserService.MIN_PASSWORD_LENGTH) {
            throw fail("kobling.bootstrap.admin-password must be at least " + UserService.MIN_PASSWORD_LENGTH
                    + " characters long.");
        }
        if (p.adminPassword().getBytes(StandardCharsets.UTF_8).length > UserService.MAX_PASSWORD_BYTES) {
            throw fail("kobling.bootstrap.admin-password must be at most " + UserService.MAX_PASSWORD_BYTES
                    + " bytes long.");
        }
        String username = p.adminUsername().strip().toLowerCase(Locale.ROOT);
        if (!UserAccount.USERNAME.matcher(username).matches()) {
            throw fail("kobling.bootstrap.admin-username may contain only letters a-z, digits and . _ @ - "
                    + "(2 to 100 characters).");
        }
    }

    private static IllegalStateException fail(String message) {
        log.error("Refusing to start: {}", message);
        return new IllegalStateException("Refusing to start: " + message);
    }
}
