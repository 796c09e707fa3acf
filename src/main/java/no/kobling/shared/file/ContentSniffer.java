package no.kobling.shared.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises a file's kind by its content, never by its name: the magic bytes of PDF, OLE2 (binary Office), PNG and
 * JPEG, and inside a ZIP the {@code mimetype} entry of OpenDocument or the parts of OOXML. Anything else (an
 * executable, HTML, a plain ZIP, a truncated file) is no kind.
 */
public final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private ContentSniffer() {
    }

    /** The kind of the content, or empty when it is none of the kinds. */
    public static Optional<FileKind> detect(byte[] content) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        if (startsWith(content, PDF)) {
            return Optional.of(FileKind.PDF);
        }
        if (startsWith(content, OLE2)) {
            return Optional.of(FileKind.LEGACY_OFFICE);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(FileKind.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(FileKind.JPEG);
        }
        if (startsWith(content, ZIP)) {
            return zipKind(content);
        }
        return Optional.empty();
    }

    private static Optional<FileKind> zipKind(byte[] content) {
        boolean contentTypes = false;
        String ooxml = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                String name = entry.getName();
                if ("mimetype".equals(name)) {
                    String mime = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    for (FileKind kind : new FileKind[] {FileKind.OPEN_DOCUMENT_TEXT,
                            FileKind.OPEN_DOCUMENT_SPREADSHEET, FileKind.OPEN_DOCUMENT_PRESENTATION}) {
                        if (kind.mediaType().equals(mime)) {
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
            case "word" -> FileKind.WORD;
            case "xl" -> FileKind.EXCEL;
            default -> FileKind.POWERPOINT;
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
