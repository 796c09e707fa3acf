package no.kobling.shared.file;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of uploaded file Kobling recognises by content ({@link ContentSniffer}): PDF, Office files (OOXML,
 * OpenDocument and the old binary Office format), PNG and JPEG images. Each module accepts its own subset (project
 * documents, indicator evidence) as an enum of its own whose constants carry these names.
 */
public enum FileKind {
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

    private final String mediaType;
    private final String[] extensions;

    FileKind(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** The media type the kind is known by (an OpenDocument's {@code mimetype} entry names it). */
    String mediaType() {
        return mediaType;
    }

    /** The content type a download of this kind is served with. */
    public String contentType() {
        return LEGACY_OFFICE == this ? "application/octet-stream" : mediaType;
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

    /** The constant of a module's accepted kinds with this kind's name, or empty when the module does not accept it. */
    public <E extends Enum<E>> Optional<E> in(Class<E> accepted) {
        return Arrays.stream(accepted.getEnumConstants()).filter(e -> e.name().equals(name())).findFirst();
    }
}
