package no.kobling.indicator.manual.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a manual indicator's evidence may be: PDF, Office files (OOXML, OpenDocument and the old binary
 * Office format), PNG and JPEG images (the project module's document kinds plus images). Recognised by content, never
 * by name; the file name's extension must agree with the content (a disguised file is refused).
 */
public enum EvidenceKind {
    PDF("application/pdf", "pdf"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    POWERPOINT("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    OPEN_DOCUMENT_TEXT("application/vnd.oasis.opendocument.text", "odt"),
    OPEN_DOCUMENT_SPREADSHEET("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    OPEN_DOCUMENT_PRESENTATION("application/vnd.oasis.opendocument.presentation", "odp"),
    /** The binary Office format (doc, xls, ppt): an OLE2 compound file. */
    LEGACY_OFFICE("application/x-tika-msoffice", "doc", "xls", "ppt"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private final String contentType;
    private final String[] extensions;

    EvidenceKind(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return LEGACY_OFFICE == this ? "application/octet-stream" : contentType;
    }

    /** Whether a file name's extension fits this kind. */
    public boolean fitsName(String filename) {
        String lower = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 ? "" : lower.substring(dot + 1);
        for (String e : extensions) {
            if (e.equals(ext)) {
                return true;
            }
        }
        return false;
    }

    /** The kind of the content, or empty when it is none of the accepted kinds. */
    public static Optional<EvidenceKind> detect(byte[] content) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1})) {
            return Optional.of(LEGACY_OFFICE);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return zipKind(content);
        }
        return Optional.empty();
    }

    private static Optional<EvidenceKind> zipKind(byte[] content) {
        boolean contentTypes = false;
        String ooxml = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                String name = entry.getName();
                if ("mimetype".equals(name)) {
                    String mime = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    for (EvidenceKind kind : new EvidenceKind[] {OPEN_DOCUMENT_TEXT, OPEN_DOCUMENT_SPREADSHEET,
                            OPEN_DOCUMENT_PRESENTATION}) {
                        if (kind.contentType.equals(mime)) {
                            return Optional.of(kind);
                        }
                    }
                    return Optional.empty();
                }
                if ("[Content_Types].xml".equals(name)) {
                    contentTypes = true;
                } else if (ooxml == null && name.startsWith("word/")) {
                    ooxml = "word";
                } else if (ooxml == null && name.startsWith("xl/")) {
                    ooxml = "xl";
                } else if (ooxml == null && name.startsWith("ppt/")) {
                    ooxml = "ppt";
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!contentTypes || ooxml == null) {
            return Optional.empty();
        }
        return Optional.of(switch (ooxml) {
            case "word" -> WORD;
            case "xl" -> EXCEL;
            default -> POWERPOINT;
        });
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
