package no.kobling.shared;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This process's name among the application nodes ({@code kobling.node-id}; default the host name and a random suffix
 * per start), written as the owner of every lease the node takes: import runs, scheduling runs, e-mails being sent and
 * daily jobs. One name per process, so an operator sees which node holds what.
 */
@Component
public class NodeId {

    private final String id;

    NodeId(@Value("${kobling.node-id:}") String configured) {
        this.id = configured == null || configured.isBlank() ? host() + "-" + UUID.randomUUID().toString().substring(0, 8)
                : configured.strip();
    }

    public String id() {
        return id;
    }

    private static String host() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "node" : host;
    }
}
