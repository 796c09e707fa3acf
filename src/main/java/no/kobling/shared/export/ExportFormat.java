package no.kobling.shared.export;

import java.util.Locale;
import no.kobling.shared.NotFoundException;

/** The file formats a list downloads as: an Excel workbook or semicolon-separated text. */
public enum ExportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv;charset=UTF-8", "csv");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format of a path's extension ({@code xlsx} or {@code csv}); any other answers 404 like an unknown path. */
    public static ExportFormat of(String extension) {
        String e = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(e)) {
                return f;
            }
        }
        throw new NotFoundException("export-format", e);
    }
}
