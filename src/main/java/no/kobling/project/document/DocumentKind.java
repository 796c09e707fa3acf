package no.kobling.project.document;

import java.util.Optional;
import no.kobling.shared.file.ContentSniffer;
import no.kobling.shared.file.FileKind;

/**
 * The kinds of file a project or agreement document may be: PDF and Office files (OOXML, OpenDocument and the old
 * binary Office format). Recognised by content, never by name ({@link ContentSniffer}): a file called
 * {@code minutes.pdf} that is not a PDF is refused, and so is an executable renamed to {@code .docx} or an image. The
 * file name's extension must agree with the content ({@code report.pdf} holding a Word file is refused as disguised).
 */
public enum DocumentKind {
    PDF,
    WORD,
    EXCEL,
    POWERPOINT,
    OPEN_DOCUMENT_TEXT,
    OPEN_DOCUMENT_SPREADSHEET,
    OPEN_DOCUMENT_PRESENTATION,
    /** The binary Office format (doc, xls, ppt): an OLE2 compound file. */
    LEGACY_OFFICE;

    public String contentType() {
        return file().contentType();
    }

    /** Whether a file name's extension fits this kind. */
    public boolean fitsName(String filename) {
        return file().fitsName(filename);
    }

    /** The kind of the content, or empty when it is none of the accepted kinds. */
    public static Optional<DocumentKind> detect(byte[] content) {
        return ContentSniffer.detect(content).flatMap(found -> found.in(DocumentKind.class));
    }

    private FileKind file() {
        return FileKind.valueOf(name());
    }
}
