package no.kobling.support;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * The part of {@link OpenSearchNode} that touches OpenSearch's classes. It is loaded by the node's own isolated class
 * loader (never by the test's), so OpenSearch gets its log4j-core, Netty and Lucene without meeting Spring Boot's
 * log4j-to-slf4j bridge. {@link OpenSearchNode} calls {@link #start} reflectively; only JDK types cross the boundary.
 */
public final class OpenSearchNodeLauncher {

    private OpenSearchNodeLauncher() {
    }

    /**
     * Starts a single-node cluster with HTTP and transport on free ports of 127.0.0.1, and the modules of a real
     * distribution that Hibernate Search needs: analysis-common (the analyzers) and reindex (delete-by-query, which
     * the mass indexer uses to purge an index).
     *
     * @return the HTTP port, and the node as a {@link AutoCloseable}
     */
    public static Object[] start(String home, String data, String clusterName, String nodeName) throws Exception {
        Settings settings = Settings.builder()
                .put("path.home", home)
                .put("path.data", data)
                .put("cluster.name", clusterName)
                .put("node.name", nodeName)
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", "0")
                .put("transport.port", "0")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // a test machine's disk may be nearly full; a single node has nowhere to put replicas anyway
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("cluster.default_number_of_replicas", 0)
                .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> nodeName);
        Node node = new PluginNode(environment,
                List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class));
        node.start();
        int port = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
        return new Object[] {port, (AutoCloseable) node::close};
    }

    /** {@link Node}'s constructor that takes classpath plugins is protected (OpenSearch's own MockNode uses it too). */
    private static final class PluginNode extends Node {
        PluginNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }
}
