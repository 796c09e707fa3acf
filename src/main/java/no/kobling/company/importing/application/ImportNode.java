package no.kobling.company.importing.application;

import java.time.Duration;
import no.kobling.shared.NodeId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This process's name on import runs ({@link NodeId}) and the
 * lease of a run ({@code kobling.import.lease}, default 5 minutes): a receiving or running run whose owner has not
 * reported for that long is taken as dead and marked FAILED.
 */
@Component
public class ImportNode {

    private final String id;
    private final Duration lease;

    ImportNode(NodeId node, @Value("${kobling.import.lease:5m}") Duration lease) {
        this.id = node.id();
        this.lease = lease;
    }

    public String id() {
        return id;
    }

    public Duration lease() {
        return lease;
    }
}
