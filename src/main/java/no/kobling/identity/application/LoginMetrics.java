package no.kobling.identity.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Sign-in failures for Prometheus ({@code kobling_login_failures_total{method, reason}}, issue 19 point 7): password
 * sign-ins (bad-credentials, disabled, other) and single sign-on (the refusal code, e.g. invalid_id_token).
 */
@Component
public class LoginMetrics {

    private final MeterRegistry registry;

    LoginMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void failed(String method, String reason) {
        Counter.builder("kobling.login.failures").description("Sign-ins refused, by method and reason")
                .tag("method", method).tag("reason", reason).register(registry).increment();
    }
}
