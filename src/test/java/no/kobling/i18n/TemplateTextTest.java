package no.kobling.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No user-facing text is written into a template: text between tags must be replaced by th:text (or similar), and
 * title, alt, placeholder and aria-label attributes must come from th: attributes. Prototype text inside an element
 * that Thymeleaf replaces is allowed (it never reaches the user).
 */
class TemplateTextTest {

    static final Pattern TAG_OR_TEXT = Pattern.compile("<!--.*?-->|<![^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|([^<]+)",
            Pattern.DOTALL);
    static final Pattern REPLACING = Pattern.compile("\\bth:(text|utext|replace|insert|remove)\\s*=");
    static final Pattern PLAIN_ATTR = Pattern.compile(
            "(?<![:\\w-])(title|alt|placeholder|aria-label|label|value)\\s*=\\s*\"([^\"]*)\"");
    static final Set<String> RAW = Set.of("script", "style");
    static final Set<String> VOID = Set.of("meta", "link", "input", "br", "img", "hr", "source", "col", "area", "base",
            "wbr", "embed", "param", "track");

    @Test
    void templatesContainNoHardCodedText() throws IOException {
        Set<String> findings = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                scan(f, Files.readString(f), findings);
            }
        }
        assertThat(findings).as("hard-coded user-facing text in templates").isEmpty();
    }

    @Test
    void detectorFindsHardCodedText() {
        Set<String> findings = new TreeSet<>();
        scan(Path.of("t.html"), "<div><p>Hello</p><p th:text=\"#{a}\">Proto</p><img alt=\"Logo\"></div>", findings);
        assertThat(findings).hasSize(2);
    }

    static void scan(Path file, String html, Set<String> findings) {
        Matcher m = TAG_OR_TEXT.matcher(html);
        // stack of "is replaced" flags of open elements
        java.util.ArrayDeque<Boolean> replaced = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<String> names = new java.util.ArrayDeque<>();
        while (m.find()) {
            if (m.group(0).startsWith("<!--") || m.group(0).startsWith("<!")) {
                continue;
            }
            if (m.group(2) != null) {
                String name = m.group(2).toLowerCase();
                String attrs = m.group(3);
                if (m.group(1).isEmpty()) {
                    checkAttributes(file, name, attrs, findings);
                    boolean selfClosing = attrs.endsWith("/") || VOID.contains(name);
                    if (!selfClosing) {
                        boolean parentReplaced = !replaced.isEmpty() && replaced.peek();
                        replaced.push(parentReplaced || RAW.contains(name)
                                || (!"html".equals(name) && REPLACING.matcher(attrs).find()));
                        names.push(name);
                    }
                } else {
                    while (!names.isEmpty()) {
                        String open = names.pop();
                        replaced.pop();
                        if (open.equals(name)) {
                            break;
                        }
                    }
                }
            } else if (m.group(4) != null) {
                String text = m.group(4).trim();
                boolean insideReplaced = !replaced.isEmpty() && replaced.peek();
                if (!insideReplaced && text.codePoints().anyMatch(Character::isLetter)
                        && !text.startsWith("<!DOCTYPE")) {
                    findings.add(file.getFileName() + ": text \"" + abbreviate(text) + "\"");
                }
            }
        }
    }

    static void checkAttributes(Path file, String tag, String attrs, Set<String> findings) {
        Matcher a = PLAIN_ATTR.matcher(attrs);
        while (a.find()) {
            String attr = a.group(1);
            String value = a.group(2);
            if ("value".equals(attr) && !List.of("button", "submit", "reset").contains(inputType(attrs))) {
                continue;
            }
            if (value.codePoints().anyMatch(Character::isLetter)) {
                findings.add(file.getFileName() + ": <" + tag + " " + attr + "=\"" + abbreviate(value) + "\">");
            }
        }
    }

    static String inputType(String attrs) {
        Matcher t = Pattern.compile("\\btype\\s*=\\s*\"([^\"]*)\"").matcher(attrs);
        return t.find() ? t.group(1) : "";
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }
}
