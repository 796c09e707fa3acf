package no.kobling.shared.export;

/**
 * Records that someone exported a list (the audit module implements it): who, which list, which format and filters.
 */
public interface ExportAudit {

    void exported(String list, ExportFormat format, String filters);
}
