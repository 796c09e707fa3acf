package no.kobling.event.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import no.kobling.event.application.ParticipantService;
import no.kobling.event.domain.Participant;
import no.kobling.shared.export.ExportColumn;
import no.kobling.shared.export.ExportRows;
import no.kobling.shared.export.ListExports;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The participants of an event as XLSX or CSV, for its organisers (others: 404, as for the participant list). An
 * event's participants are bounded by its capacity, so they are read as one list.
 */
@RestController
@Tag(name = "Matchmaking events")
class ParticipantExportController {

    static final List<ExportColumn<Participant>> COLUMNS = List.of(
            ExportColumn.of("event.participant.company", Participant::getCompanyName),
            ExportColumn.of("event.register.org-number", Participant::getOrgNumber),
            ExportColumn.label("export.country", p -> p.getCountryCode() == null ? null
                    : "company.country." + p.getCountryCode()),
            ExportColumn.label("event.participant.type", p -> "export.participant-type." + p.getType()),
            ExportColumn.label("export.status", p -> "event.participant.status." + p.getStatus()),
            ExportColumn.of("event.participant.contact", Participant::getContactName),
            ExportColumn.of("export.email", Participant::getContactEmail),
            ExportColumn.of("export.participant.max-meetings", Participant::getMaxMeetings),
            ExportColumn.of("event.participant.checked-in", Participant::getCheckedInAt));

    private final ParticipantService participants;
    private final ListExports exports;

    ParticipantExportController(ParticipantService participants, ListExports exports) {
        this.participants = participants;
        this.exports = exports;
    }

    @GetMapping({"/events/{id}/participants/export.xlsx", "/events/{id}/participants/export.csv",
            "/api/v1/events/{id}/participants/export.xlsx", "/api/v1/events/{id}/participants/export.csv"})
    @Operation(summary = "The event's participants as XLSX or CSV (organisers); the export is audited")
    void export(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
        List<Participant> all = participants.all(id);
        exports.write(response, ListExports.format(request), "event-" + id + "-participants",
                ListExports.filters("eventId", id), COLUMNS, ExportRows.of(all));
    }
}
