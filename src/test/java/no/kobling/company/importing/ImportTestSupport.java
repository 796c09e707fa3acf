package no.kobling.company.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Test files: resources copied to temp files, with placeholders replaced. */
final class ImportTestSupport {

    private ImportTestSupport() {
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ImportTestSupport.class.getResourceAsStream("/company-import/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String replace(String text, Map<String, String> replacements) {
        String t = text;
        for (Map.Entry<String, String> e : replacements.entrySet()) {
            t = t.replace(e.getKey(), e.getValue());
        }
        return t;
    }

    static Path file(String suffix, byte[] content) throws IOException {
        Path file = Files.createTempFile("kobling-import-", suffix);
        file.toFile().deleteOnExit();
        Files.write(file, content);
        return file;
    }

    static Path file(String suffix, String content) throws IOException {
        return file(suffix, content.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** 1-based line on which the CSV record of this organisation number starts. */
    static long lineOf(String csv, String orgNumber) {
        String[] lines = csv.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("\"" + orgNumber + "\"")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(orgNumber);
    }
}
