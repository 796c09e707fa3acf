package no.kobling.company.importing.application;

import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This process's name on import runs ({@code kobling.node-id}, default host name + a random suffix per start) and the
 * lease of a run ({@code kobling.import.lease}, default 5 minutes): a receiving or running run whose owner has not
 * reported for that long is taken as dead and marked FAILED.
 */
@Component
public class ImportNode {

    private final String id;
    private final Duration lease;

    ImportNode(@Value("${kobling.node-id:}") String configured, @Value("${kobling.import.lease:5m}") Duration lease) {
        this.id = configured == null || configured.isBlank() ? host() + "-" + UUID.randomUUID().toString()
                .substring(0, 8) : configured.strip();
        this.lease = lease;
    }

    public String id() {
        return id;
    }

    public Duration lease() {
        return lease;
    }

    private static String host() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "node" : host;
    }
}
