package no.kobling.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The five bundles (nb, nn, sv, fi, en) of every basename have the same keys and no empty texts; every key a
 * template or a coded error names exists.
 */
class MessageBundlesTest {

    static final List<String> LANGS = List.of("nb", "nn", "sv", "fi", "en");
    static final Path RESOURCES = Path.of("src/main/resources");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
    static final Pattern CODE_KEY = Pattern.compile(
            "(?:rule|conflict|new DomainException\\(\\s*\\d+,)\\s*\\(?\\s*\"[a-z0-9-]+\",\\s*\"([A-Za-z0-9_.\\-]+)\"");
    static final Pattern LITERAL_KEY = Pattern.compile("\"((?:error|validation)\\.[a-z0-9.\\-]+)\"");

    @Test
    void everyBundleHasTheSameKeysInAllFiveLanguages() throws IOException {
        Map<String, Map<String, Properties>> bundles = loadAll();
        assertThat(bundles).containsKey("messages");
        for (var bundle : bundles.entrySet()) {
            assertThat(bundle.getValue().keySet()).as("languages of " + bundle.getKey())
                    .containsExactlyInAnyOrderElementsOf(LANGS);
            Set<String> english = bundle.getValue().get("en").stringPropertyNames();
            for (String lang : LANGS) {
                Properties p = bundle.getValue().get(lang);
                assertThat(p.stringPropertyNames()).as(bundle.getKey() + "_" + lang + " keys")
                        .containsExactlyInAnyOrderElementsOf(english);
                p.stringPropertyNames().forEach(k -> assertThat(p.getProperty(k).trim())
                        .as(bundle.getKey() + "_" + lang + ": " + k).isNotEmpty());
            }
        }
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> known = allKeys();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing in the bundles").isEmpty();
    }

    @Test
    void everyMessageKeyOfCodedErrorsExists() throws IOException {
        Set<String> known = allKeys();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                for (Pattern pattern : List.of(CODE_KEY, LITERAL_KEY)) {
                    Matcher m = pattern.matcher(src);
                    while (m.find()) {
                        String key = m.group(1);
                        if (!known.contains(key) && !key.endsWith(".")) {
                            missing.add(f.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(missing).as("message keys named in Java code but missing in the bundles").isEmpty();
    }

    static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        loadAll().values().forEach(langs -> keys.addAll(langs.get("en").stringPropertyNames()));
        return keys;
    }

    /** basename → language → properties, for messages_*.properties and i18n/*_*.properties. */
    static Map<String, Map<String, Properties>> loadAll() throws IOException {
        Map<String, Map<String, Properties>> result = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(RESOURCES)) {
            s.filter(p -> p.getFileName().toString().matches("messages_[a-z]{2}\\.properties")).forEach(files::add);
        }
        Path i18n = RESOURCES.resolve("i18n");
        if (Files.isDirectory(i18n)) {
            try (Stream<Path> s = Files.list(i18n)) {
                s.filter(p -> p.getFileName().toString().matches(".+_[a-z]{2}\\.properties")).forEach(files::add);
            }
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String base = name.substring(0, name.length() - ".properties".length() - 3);
            String lang = name.substring(base.length() + 1, base.length() + 3);
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            result.computeIfAbsent(base, k -> new TreeMap<>()).put(lang, p);
        }
        return result;
    }
}
