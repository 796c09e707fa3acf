package no.kobling.advisory.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.advisory.catalogue.application.ReferralService;
import no.kobling.advisory.catalogue.application.ReferralView;
import no.kobling.advisory.catalogue.application.ServiceCatalogue;
import no.kobling.advisory.catalogue.application.ServiceCommand;
import no.kobling.advisory.catalogue.application.ServiceView;
import no.kobling.advisory.catalogue.application.UsageReport;
import org.springframework.format.annotation.DateTimeFormat;
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

@RestController
@RequestMapping("/api/v1/catalogue")
@Tag(name = "Service catalogue", description = "Services of the hub and members, referrals and usage")
class CatalogueApiController {

    private final ServiceCatalogue catalogue;
    private final ReferralService referrals;
    private final UsageReport usage;

    CatalogueApiController(ServiceCatalogue catalogue, ReferralService referrals, UsageReport usage) {
        this.catalogue = catalogue;
        this.referrals = referrals;
        this.usage = usage;
    }

    record TextRequest(@Size(max = 200) String name, @Size(max = 4000) String description) {
    }

    record ServiceRequest(Long providerOrganisationId, @NotNull @Size(min = 1, max = 5) Map<String, @Valid TextRequest> texts,
            Long partnershipId, Set<Long> municipalityIds, Set<String> targetGroups,
            @Min(0) @Max(100_000) Integer capacityPerMonth, Long version) {

        ServiceCommand command() {
            Map<String, ServiceCommand.Text> t = new java.util.HashMap<>();
            texts.forEach((k, v) -> t.put(k, v == null ? null : new ServiceCommand.Text(v.name(), v.description())));
            return new ServiceCommand(providerOrganisationId, t, partnershipId, municipalityIds, targetGroups,
                    capacityPerMonth);
        }
    }

    record ReferralRequest(@NotNull Long serviceId, @NotNull Long companyId, @Size(max = 2000) String note,
            Long projectId) {
    }

    /** The project to tag the referral with; {@code null} clears the tag. */
    record ProjectRequest(Long projectId, Long version) {
    }

    record FeedbackRequest(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 2000) String comment) {
    }

    record DeleteResult(long id, ServiceCatalogue.DeleteOutcome outcome) {
    }

    @GetMapping("/services")
    @Operation(summary = "Services the caller may see; optionally only those offered in a municipality")
    List<ServiceView> list(@RequestParam(required = false) Long municipalityId,
            @RequestParam(defaultValue = "false") boolean includeArchived) {
        return catalogue.list(municipalityId, includeArchived);
    }

    @GetMapping("/services/{id}")
    @Operation(summary = "One service, texts in the caller's language with fallback")
    ServiceView get(@PathVariable long id) {
        return catalogue.get(id);
    }

    @PostMapping("/services")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a service of the caller's organisation")
    ServiceView create(@Valid @RequestBody ServiceRequest body) {
        return catalogue.create(body.command());
    }

    @PutMapping("/services/{id}")
    @Operation(summary = "Change a service (optimistic locking with version)")
    ServiceView update(@PathVariable long id, @Valid @RequestBody ServiceRequest body) {
        return catalogue.update(id, body.version(), body.command());
    }

    @DeleteMapping("/services/{id}")
    @Operation(summary = "Delete a service; one in use (referrals, bookings, activities) is archived instead")
    DeleteResult delete(@PathVariable long id) {
        return new DeleteResult(id, catalogue.delete(id));
    }

    @PostMapping("/services/{id}/reactivate")
    @Operation(summary = "Offer an archived service again")
    ServiceView reactivate(@PathVariable long id) {
        return catalogue.reactivate(id);
    }

    @GetMapping("/services/{id}/referrals")
    @Operation(summary = "Referrals to the service that the caller may see")
    List<ReferralView> referrals(@PathVariable long id, @RequestParam(required = false) Long projectId) {
        return referrals.ofService(id).stream()
                .filter(r -> projectId == null || projectId.equals(r.projectId())).toList();
    }

    @PostMapping("/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer a company to a service offered in its municipality")
    ReferralView refer(@Valid @RequestBody ReferralRequest body) {
        return referrals.refer(body.serviceId(), body.companyId(), body.note(), body.projectId());
    }

    @GetMapping("/partnerships/{partnershipId}/inbox")
    @Operation(summary = "The hub inbox: referrals waiting for an answer in the partnership's municipalities, oldest "
            + "first, with the moves the caller may make")
    List<ReferralView> inbox(@PathVariable long partnershipId) {
        return referrals.inbox(partnershipId);
    }

    @GetMapping("/referrals")
    @Operation(summary = "Referrals of a company that the caller may see (its representatives see all)")
    List<ReferralView> ofCompany(@RequestParam long companyId, @RequestParam(required = false) Long projectId) {
        return referrals.ofCompany(companyId).stream()
                .filter(r -> projectId == null || projectId.equals(r.projectId())).toList();
    }

    @PutMapping("/referrals/{id}/project")
    @Operation(summary = "Tag the referral with a project (projectId null: no project); the referring organisation "
            + "only; 422 project-not-taggable for a closed project or one the caller's organisation takes no part in")
    ReferralView tagReferral(@PathVariable long id, @RequestBody ProjectRequest body) {
        return referrals.tagWithProject(id, body.projectId(), body.version());
    }

    @GetMapping("/referrals/{id}")
    ReferralView referral(@PathVariable long id) {
        return referrals.get(id);
    }

    @PostMapping("/referrals/{id}/{action:accept|decline|deliver}")
    @Operation(summary = "The provider accepts, declines or marks the referral delivered")
    ReferralView move(@PathVariable long id, @PathVariable String action) {
        return referrals.move(id, action);
    }

    @PostMapping("/referrals/{id}/feedback")
    @Operation(summary = "Feedback 1–5 with a comment on a delivered referral")
    ReferralView feedback(@PathVariable long id, @Valid @RequestBody FeedbackRequest body) {
        return referrals.feedback(id, body.score(), body.comment());
    }

    @GetMapping("/usage")
    @Operation(summary = "Referrals, deliveries, feedback and activities per service and municipality")
    UsageReport.Usage usage(@RequestParam(required = false) Long partnershipId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return usage.usage(partnershipId, from, to);
    }
}
