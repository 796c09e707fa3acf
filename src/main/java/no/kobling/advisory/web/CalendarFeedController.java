package no.kobling.advisory.web;

import java.util.Locale;
import no.kobling.advisory.application.WorkspaceService;
import no.kobling.identity.SupportedLocales;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The private, revocable iCalendar feed of an advisor's follow-ups (no login: the address is the secret). */
@RestController
class CalendarFeedController {

    private final WorkspaceService workspace;

    CalendarFeedController(WorkspaceService workspace) {
        this.workspace = workspace;
    }

    @GetMapping("/public/advisory/calendar/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret, @RequestParam(defaultValue = "nb") String lang) {
        // an unknown language falls back to the default (nb), never an error
        Locale locale = SupportedLocales.match(lang).orElse(SupportedLocales.DEFAULT);
        return workspace.calendarFeed(secret, locale)
                .map(body -> ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                        .header("Cache-Control", "private, no-store").body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
