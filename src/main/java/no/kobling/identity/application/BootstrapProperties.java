package no.kobling.identity.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kobling.bootstrap.admin-*}: the first administrator of a non-demo installation, created at start-up while
 * there is no user. Leave empty to use the one-time page {@code /setup} instead.
 */
@ConfigurationProperties("kobling.bootstrap")
public record BootstrapProperties(String adminUsername, String adminPassword, String adminEmail) {

    boolean isEmpty() {
        return blank(adminUsername) && blank(adminPassword);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
