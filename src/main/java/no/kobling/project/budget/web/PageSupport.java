package no.kobling.project.budget.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.kobling.shared.DomainException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Form parsing and flash messages shared by the budget pages. */
final class PageSupport {

    private PageSupport() {
    }

    /** A number typed with a decimal comma or point (spaces allowed); blank is null; else 422. */
    static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String v = text.replace("\u00A0", "").replace(" ", "").replace(',', '.');
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw DomainException.rule("budget-number-invalid", "budget.error.number-invalid", text);
        }
    }

    static Integer integer(String text) {
        BigDecimal d = decimal(text);
        return d == null ? null : d.intValue();
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.rule("budget-date-invalid", "budget.error.date-invalid", text);
        }
    }

    static Long id(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Runs a change; a broken rule (not a 404) goes to the page as a flash message. */
    static void attempt(RedirectAttributes flash, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("saved", true);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            flash.addFlashAttribute("errorKey", e.messageKey());
            flash.addFlashAttribute("errorArgs", e.args());
        }
    }
}
