package no.kobling.indicator.manual.domain;

import java.util.Optional;
import no.kobling.shared.file.ContentSniffer;
import no.kobling.shared.file.FileKind;

/**
 * The kinds of file a manual indicator's evidence may be: PDF, Office files (OOXML, OpenDocument and the old binary
 * Office format), PNG and JPEG images (the project module's document kinds plus images). Recognised by content, never
 * by name ({@link ContentSniffer}); the file name's extension must agree with the content (a disguised file is
 * refused).
 */
public enum EvidenceKind {
    PDF,
    WORD,
    EXCEL,
    POWERPOINT,
    OPEN_DOCUMENT_TEXT,
    OPEN_DOCUMENT_SPREADSHEET,
    OPEN_DOCUMENT_PRESENTATION,
    /** The binary Office format (doc, xls, ppt): an OLE2 compound file. */
    LEGACY_OFFICE,
    PNG,
    JPEG;

    public String contentType() {
        return file().contentType();
    }

    /** Whether a file name's extension fits this kind. */
    public boolean fitsName(String filename) {
        return file().fitsName(filename);
    }

    /** The kind of the content, or empty when it is none of the accepted kinds. */
    public static Optional<EvidenceKind> detect(byte[] content) {
        return ContentSniffer.detect(content).flatMap(found -> found.in(EvidenceKind.class));
    }

    private FileKind file() {
        return FileKind.valueOf(name());
    }
}
