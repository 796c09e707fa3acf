package no.kobling.identity.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kobling.login.*}: how many failed sign-ins a username and a client address may have before each further
 * attempt must wait (1 s, 2 s, 4 s, ... doubling up to the maximum delay), and after how long without a failure the
 * count is forgotten. See docs/security.md (identity).
 */
@ConfigurationProperties("kobling.login")
public record LoginThrottleProperties(
        @DefaultValue("5") int usernameFreeFailures,
        @DefaultValue("5m") Duration usernameMaxDelay,
        @DefaultValue("20") int addressFreeFailures,
        @DefaultValue("15m") Duration addressMaxDelay,
        @DefaultValue("24h") Duration forgetAfter) {

    public static LoginThrottleProperties defaults() {
        return new LoginThrottleProperties(5, Duration.ofMinutes(5), 20, Duration.ofMinutes(15), Duration.ofHours(24));
    }
}
