package no.kobling.project.budget.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.kobling.project.budget.application.ActualsService;
import no.kobling.project.budget.application.BudgetService;
import no.kobling.project.budget.application.BudgetViews;
import no.kobling.project.budget.application.ReferenceService;
import no.kobling.project.budget.domain.ReferenceList;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** Budget, financing, exchange rates and actual costs of a project (docs/project-budget.md). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Project budgets", description = "Budget lines, financing, exchange rates and actual costs")
class BudgetApiController {

    private final BudgetService budget;
    private final ActualsService actuals;
    private final ReferenceService references;

    BudgetApiController(BudgetService budget, ActualsService actuals, ReferenceService references) {
        this.budget = budget;
        this.actuals = actuals;
        this.references = references;
    }

    record Created(long id) {
    }

    record Deleted(boolean archived) {
    }

    record LineRequest(@NotNull Long partyOrganisationId, @NotNull Long categoryId, @NotNull Integer year,
            @NotNull BigDecimal amount, @NotNull @Size(max = 3) String currency, @Size(max = 500) String note,
            Long version) {

        BudgetService.LineData data() {
            return new BudgetService.LineData(partyOrganisationId, categoryId, year, amount, currency, note);
        }
    }

    record SourceRequest(@NotNull Long kindId, Long partyOrganisationId, @NotNull BigDecimal amount,
            @NotNull @Size(max = 3) String currency, @Size(max = 500) String note, Long version) {

        BudgetService.SourceData data() {
            return new BudgetService.SourceData(kindId, partyOrganisationId, amount, currency, note);
        }
    }

    record RateRequest(@NotNull @Size(max = 3) String currency, @NotNull BigDecimal rate, LocalDate rateDate,
            @Size(max = 200) String source) {
    }

    record SettingsRequest(@NotNull @Size(max = 3) String currency, List<@Valid RateRequest> rates, Long version) {
    }

    record ActualRequest(@NotNull Long lineId, @NotNull LocalDate date, @NotNull BigDecimal amount,
            @NotNull @Size(max = 3) String currency, @Size(max = 500) String text) {
    }

    record ReferenceRequest(@Size(max = 60) String code, java.util.Map<String, String> names, Long version) {
    }

    // --- budget

    @GetMapping("/projects/{id}/budget")
    @Operation(summary = "Budget lines with their actual costs, and totals in the project currency (per party, "
            + "category and year; 422 budget-rate-missing when a currency has no stated rate)")
    BudgetViews.BudgetOverview budget(@PathVariable long id) {
        return budget.budget(id, true);
    }

    @PutMapping("/projects/{id}/budget/settings")
    @Operation(summary = "The project currency and the exchange rates of the other currencies (coordinators)")
    BudgetViews.Settings settings(@PathVariable long id, @Valid @RequestBody SettingsRequest body) {
        return budget.state(id, body.version(), body.currency(), body.rates() == null ? List.of()
                : body.rates().stream().map(r -> new BudgetService.RateData(r.currency(), r.rate(), r.rateDate(),
                        r.source())).toList());
    }

    @PostMapping("/projects/{id}/budget/lines")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a budget line: party × category × year, amount and currency (coordinators)")
    Created addLine(@PathVariable long id, @Valid @RequestBody LineRequest body) {
        return new Created(budget.addLine(id, body.data()));
    }

    @PutMapping("/projects/{id}/budget/lines/{lineId}")
    @Operation(summary = "Change a budget line")
    void changeLine(@PathVariable long id, @PathVariable long lineId, @Valid @RequestBody LineRequest body) {
        budget.changeLine(id, lineId, body.version(), body.data());
    }

    @DeleteMapping("/projects/{id}/budget/lines/{lineId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a budget line without actual costs (422 budget-line-has-actuals otherwise)")
    void deleteLine(@PathVariable long id, @PathVariable long lineId) {
        budget.deleteLine(id, lineId);
    }

    // --- financing

    @GetMapping("/projects/{id}/financing")
    @Operation(summary = "Financing sources, with in-kind hours (hours × the party's rate), and totals")
    BudgetViews.FinancingOverview financing(@PathVariable long id) {
        return budget.financing(id, true);
    }

    @PostMapping("/projects/{id}/financing")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a financing source (coordinators)")
    Created addSource(@PathVariable long id, @Valid @RequestBody SourceRequest body) {
        return new Created(budget.addSource(id, body.data()));
    }

    @PutMapping("/projects/{id}/financing/{sourceId}")
    @Operation(summary = "Change a financing source")
    void changeSource(@PathVariable long id, @PathVariable long sourceId, @Valid @RequestBody SourceRequest body) {
        budget.changeSource(id, sourceId, body.version(), body.data());
    }

    @DeleteMapping("/projects/{id}/financing/{sourceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a financing source")
    void deleteSource(@PathVariable long id, @PathVariable long sourceId) {
        budget.deleteSource(id, sourceId);
    }

    // --- actuals

    @GetMapping("/projects/{id}/actuals")
    @Operation(summary = "Actual costs of the project, oldest first")
    List<BudgetViews.ActualView> actuals(@PathVariable long id) {
        return actuals.list(id);
    }

    @PostMapping("/projects/{id}/actuals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter an actual cost against a budget line (coordinators)")
    Created addActual(@PathVariable long id, @Valid @RequestBody ActualRequest body) {
        return new Created(actuals.add(id, new ActualsService.ActualData(body.lineId(), body.date(), body.amount(),
                body.currency(), body.text())));
    }

    @DeleteMapping("/projects/{id}/actuals/{actualId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an actual cost")
    void deleteActual(@PathVariable long id, @PathVariable long actualId) {
        actuals.delete(id, actualId);
    }

    @PostMapping(path = "/projects/{id}/actuals/import")
    @Operation(summary = "Import actual costs from a ledger export (CSV, docs/project-budget.md): good rows are "
            + "added, bad rows reported with their line numbers")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE))
    ActualsService.ImportReport importActuals(@PathVariable long id, HttpServletRequest request)
            throws IOException {
        MultipartHttpServletRequest multipart = org.springframework.web.util.WebUtils.getNativeRequest(request,
                MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("file");
        return actuals.importLedger(id, file == null ? null : file.getBytes());
    }

    // --- reference lists

    @GetMapping("/budget/categories")
    @Operation(summary = "Cost categories (archived ones with includeArchived=true)")
    List<ReferenceService.ReferenceView> categories(@RequestParam(defaultValue = "false") boolean includeArchived) {
        return references.list(ReferenceList.CATEGORY, includeArchived);
    }

    @GetMapping("/budget/financing-kinds")
    @Operation(summary = "Kinds of financing (archived ones with includeArchived=true)")
    List<ReferenceService.ReferenceView> kinds(@RequestParam(defaultValue = "false") boolean includeArchived) {
        return references.list(ReferenceList.FINANCING, includeArchived);
    }

    @PostMapping("/budget/{list}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a cost category (list=categories) or kind of financing (list=financing-kinds); "
            + "ADMINISTER_REFERENCE_DATA")
    ReferenceService.ReferenceView createReference(@PathVariable String list,
            @Valid @RequestBody ReferenceRequest body) {
        return references.create(list(list), body.code(), body.names());
    }

    @PutMapping("/budget/{list}/{refId}")
    @Operation(summary = "Rename a cost category or kind of financing")
    ReferenceService.ReferenceView renameReference(@PathVariable String list, @PathVariable long refId,
            @Valid @RequestBody ReferenceRequest body) {
        return references.rename(list(list), refId, body.version(), body.names());
    }

    @DeleteMapping("/budget/{list}/{refId}")
    @Operation(summary = "Delete an unused entry; one in use is archived (archived=true)")
    Deleted deleteReference(@PathVariable String list, @PathVariable long refId) {
        return new Deleted(references.delete(list(list), refId));
    }

    @PostMapping("/budget/{list}/{refId}/restore")
    @Operation(summary = "Offer an archived entry again")
    ReferenceService.ReferenceView restoreReference(@PathVariable String list, @PathVariable long refId) {
        return references.restore(list(list), refId);
    }

    private static ReferenceList list(String list) {
        return switch (list) {
            case "categories" -> ReferenceList.CATEGORY;
            case "financing-kinds" -> ReferenceList.FINANCING;
            default -> throw new no.kobling.shared.NotFoundException("budget-list", list);
        };
    }
}
