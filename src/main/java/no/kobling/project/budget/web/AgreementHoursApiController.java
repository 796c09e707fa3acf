package no.kobling.project.budget.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.kobling.project.budget.application.ProjectAgreementService;
import no.kobling.project.budget.application.HoursService;
import no.kobling.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The project agreement (parties, responsibilities, economic frame, signatures) and the hours of a project. */
@RestController
@RequestMapping("/api/v1/projects/{id}")
@Tag(name = "Project agreements and hours", description = "Project agreement per party, logged hours")
class AgreementHoursApiController {

    private final ProjectAgreementService agreements;
    private final HoursService hours;

    AgreementHoursApiController(ProjectAgreementService agreements, HoursService hours) {
        this.agreements = agreements;
        this.hours = hours;
    }

    record Created(long id) {
    }

    record AgreementRequest(LocalDate agreementDate, Long version) {
    }

    record PartyTermsRequest(BigDecimal hourRate, @Size(max = 3) String hourRateCurrency,
            @Size(max = 200) String signer, LocalDate signedOn, Long version) {
    }

    record HoursRequest(Long deliverableId, @NotNull LocalDate date, @NotNull BigDecimal hours,
            @Size(max = 500) String note) {
    }

    @GetMapping("/agreement")
    @Operation(summary = "The project agreement: parties, responsibilities, deliverables owned, economic frame, "
            + "agreement date and signatures")
    ProjectAgreementService.AgreementView agreement(@PathVariable long id) {
        return agreements.view(id);
    }

    @PutMapping("/agreement")
    @Operation(summary = "Set the agreement date (coordinators)")
    ProjectAgreementService.AgreementView date(@PathVariable long id, @Valid @RequestBody AgreementRequest body) {
        agreements.date(id, body.version(), body.agreementDate());
        return agreements.view(id);
    }

    @PutMapping("/agreement/parties/{organisationId}")
    @Operation(summary = "A party's in-kind hour rate and its signature (signer and date; blank signer removes it)")
    ProjectAgreementService.AgreementView partyTerms(@PathVariable long id, @PathVariable long organisationId,
            @Valid @RequestBody PartyTermsRequest body) {
        agreements.partyTerms(id, organisationId, body.version(), body.hourRate(), body.hourRateCurrency(),
                body.signer(), body.signedOn());
        return agreements.view(id);
    }

    @GetMapping("/hours")
    @Operation(summary = "Logged hours, newest first, filtered by user, party organisation and month (yyyy-MM)")
    PageResult<HoursService.HoursView> hours(@PathVariable long id, @RequestParam(required = false) Long userId,
            @RequestParam(required = false) Long partyOrganisationId,
            @RequestParam(required = false) YearMonth month, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return hours.list(id, userId, partyOrganisationId, month, page, size);
    }

    @GetMapping("/hours/summary")
    @Operation(summary = "Hours per month, party and user")
    List<HoursService.MonthSum> summary(@PathVariable long id) {
        return hours.summary(id);
    }

    @PostMapping("/hours")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log own hours on the project or one of its deliverables (LOG_PROJECT_HOURS, staff of a "
            + "party; more than 0 and at most 24 per day)")
    Created log(@PathVariable long id, @Valid @RequestBody HoursRequest body) {
        return new Created(hours.log(id, new HoursService.HoursData(body.deliverableId(), body.date(), body.hours(),
                body.note())));
    }

    @DeleteMapping("/hours/{entryId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an hours entry (own, or any for coordinators)")
    void delete(@PathVariable long id, @PathVariable long entryId) {
        hours.delete(id, entryId);
    }
}
