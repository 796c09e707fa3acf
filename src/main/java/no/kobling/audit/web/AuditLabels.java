package no.kobling.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * For the audit page ({@code @auditLabels}): record kinds and field names in the user's language. A kind is the
 * entity's simple name ({@code audit.entity.*}, then {@code locale.audit.entity.*}); a field its property name
 * ({@code locale.audit.field.*}). Unknown ones get a readable fallback: "followUpDate" becomes "Follow up date".
 * A field marked secret by the writer ("passwordHash*") says so.
 */
@Component("auditLabels")
public class AuditLabels {

    private final MessageSource messages;

    AuditLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String kind(String entityType) {
        if (entityType == null || entityType.isBlank()) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String own = messages.getMessage("audit.entity." + entityType, null, null, locale);
        if (own != null) {
            return own;
        }
        return messages.getMessage("locale.audit.entity." + entityType, null, readable(entityType), locale);
    }

    public String field(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String f = name.trim();
        boolean secret = f.endsWith("*");
        if (secret) {
            f = f.substring(0, f.length() - 1);
        }
        Locale locale = LocaleContextHolder.getLocale();
        String label = messages.getMessage("locale.audit.field." + f, null, readable(f), locale);
        return secret ? messages.getMessage("locale.audit.field.secret", new Object[] {label}, label, locale) : label;
    }

    /** The comma-separated field list of an entry, each field by its label, joined with ", ". */
    public String fields(String changedFields) {
        if (changedFields == null || changedFields.isBlank()) {
            return "";
        }
        List<String> labels = new ArrayList<>();
        for (String f : changedFields.split(",")) {
            if (!f.isBlank()) {
                labels.add(field(f));
            }
        }
        return String.join(", ", labels);
    }

    /** "followUpDate" → "Follow up date", "ApiToken" → "Api token". */
    static String readable(String identifier) {
        String spaced = identifier.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? identifier : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
