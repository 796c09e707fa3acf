package no.kobling.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A real OpenSearch 2.19 node for tests, started inside the test JVM from the Maven artifacts (no download, no
 * Docker): single node, HTTP on a free port of 127.0.0.1, data in a temporary folder, the analysis-common plugin.
 * {@link #url()} starts it on first use (idempotent, thread-safe); it stops, and its folder is deleted, when the JVM
 * ends. Every caller in one JVM gets the same node.
 *
 * <p>OpenSearch runs in its own class loader over the test class path minus Spring Boot's log4j-to-slf4j bridge, with
 * the platform class loader as parent: it gets log4j-core (which it needs) and its own copies of Netty and Lucene,
 * and nothing it loads is seen by the application under test, which talks to it over HTTP only.
 *
 * <p>With {@code KOBLING_TEST_SEARCH_URIS} (environment or system property) set, no node starts and {@link #url()}
 * answers that address instead: the same tests then run against a real cluster (docs/opensearch.md).
 */
public final class OpenSearchNode {

    /** Environment variable or system property naming an external cluster to use instead of the embedded node. */
    public static final String EXTERNAL = "KOBLING_TEST_SEARCH_URIS";

    private static String url;
    private static AutoCloseable node;
    private static Path folder;

    private OpenSearchNode() {
    }

    /**
     * The node's HTTP address, {@code http://127.0.0.1:PORT}, starting the node if it does not run yet.
     *
     * @throws IllegalStateException when the node cannot start (never a silent skip)
     */
    public static synchronized String url() {
        if (url == null) {
            String external = external();
            url = external != null ? external : startEmbedded();
        }
        return url;
    }

    /** True when the tests use an external cluster (see {@link #EXTERNAL}). */
    public static boolean isExternal() {
        return external() != null;
    }

    /** Stops the embedded node now (it also stops by itself when the JVM ends); a later {@link #url()} starts anew. */
    public static synchronized void stop() {
        if (node != null) {
            try {
                node.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop the OpenSearch test node", e);
            } finally {
                node = null;
                url = null;
                deleteFolder();
            }
        }
    }

    private static String external() {
        String value = System.getProperty(EXTERNAL, System.getenv(EXTERNAL));
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String startEmbedded() {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            folder = Files.createTempDirectory("kobling-opensearch-");
            Path data = Files.createDirectories(folder.resolve("data"));
            URLClassLoader loader = new URLClassLoader("opensearch-node", classPath(), ClassLoader.getPlatformClassLoader());
            // the node's threads inherit the context class loader of the thread that starts it
            Thread.currentThread().setContextClassLoader(loader);
            Object[] started = (Object[]) loader.loadClass(OpenSearchNodeLauncher.class.getName())
                    .getMethod("start", String.class, String.class, String.class, String.class)
                    .invoke(null, folder.toString(), data.toString(), "kobling-test", "kobling-test-node");
            node = (AutoCloseable) started[1];
            Runtime.getRuntime().addShutdownHook(new Thread(OpenSearchNode::stopQuietly, "opensearch-test-node-stop"));
            String address = "http://127.0.0.1:" + started[0];
            checkAnswers(address);
            return address;
        } catch (ReflectiveOperationException e) {
            stopQuietly();
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException("The OpenSearch test node did not start: " + cause, cause);
        } catch (IOException e) {
            stopQuietly();
            throw new IllegalStateException("The OpenSearch test node did not start: " + e, e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The node answers {@code GET /} with its name and version. */
    private static void checkAnswers(String address) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(address + "/"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("\"distribution\" : \"opensearch\"")) {
                throw new IOException("unexpected answer " + response.statusCode() + ": " + response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static synchronized void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException ignored) {
            // best effort at JVM exit
        }
    }

    private static void deleteFolder() {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder; the OS cleans it eventually
        } finally {
            folder = null;
        }
    }

    /**
     * The test class path (expanding a manifest-only jar such as Surefire's booter), without the log4j-to-slf4j
     * and SLF4J bindings: inside the node log4j must be log4j-core.
     */
    static URL[] classPath() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : List.of("java.class.path", "surefire.test.class.path")) {
            String value = System.getProperty(property);
            if (value != null) {
                for (String entry : value.split(File.pathSeparator)) {
                    addWithManifest(entry, entries);
                }
            }
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : entries) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("log4j-to-slf4j") || name.startsWith("log4j-slf4j")) {
                continue;
            }
            try {
                urls.add(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IOException(e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static void addWithManifest(String entry, Set<String> entries) throws IOException {
        if (entry.isBlank() || !entries.add(entry)) {
            return;
        }
        Path path = Path.of(entry);
        if (!entry.endsWith(".jar") || !Files.isRegularFile(path)) {
            return;
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return;
            }
            for (String reference : classPath.trim().split("\\s+")) {
                URI uri = path.toUri().resolve(reference);
                if ("file".equals(uri.getScheme())) {
                    addWithManifest(Path.of(uri).toString(), entries);
                }
            }
        }
    }
}
