package no.kobling.company.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Set;
import no.kobling.company.application.CompanyExistsException;
import no.kobling.company.application.CompanyService;
import no.kobling.company.application.DuplicateFinder;
import no.kobling.company.application.RegisterOwnedFieldsException;
import no.kobling.company.application.TargetGroupCatalogue;
import no.kobling.company.application.Views.ChangeView;
import no.kobling.company.application.Views.CompanyHit;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.company.application.Views.DuplicateView;
import no.kobling.company.application.Views.Facets;
import no.kobling.company.application.Views.FigureView;
import no.kobling.company.application.Views.MergeResult;
import no.kobling.company.application.Views.Suggestion;
import no.kobling.company.application.Views.TargetGroupView;
import no.kobling.company.search.CompanyQuery;
import no.kobling.company.search.CompanySearch;
import no.kobling.company.search.CompanySearchResult;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.PageResult;
import no.kobling.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Companies", description = "The company register: search with facets, companies, yearly figures, history, "
        + "duplicates and merging")
class CompanyApiController {

    static final Set<String> SORTS = Set.of(CompanySearch.SORT_RELEVANCE, CompanySearch.SORT_NAME);

    private final CompanyService companies;
    private final CompanySearch search;
    private final DuplicateFinder duplicates;
    private final TargetGroupCatalogue targetGroups;
    private final MessageSource messages;

    CompanyApiController(CompanyService companies, CompanySearch search, DuplicateFinder duplicates,
            TargetGroupCatalogue targetGroups, MessageSource messages) {
        this.companies = companies;
        this.search = search;
        this.duplicates = duplicates;
        this.targetGroups = targetGroups;
        this.messages = messages;
    }

    /** A page of hits with the facet counts of the whole result. */
    record SearchResponse(List<CompanyHit> content, int page, int size, long totalElements, int totalPages,
            Facets facets) {
    }

    record FigureRequest(@PositiveOrZero BigDecimal revenue, @Pattern(regexp = "NOK|SEK|EUR") String currency,
            @PositiveOrZero Integer employees, Long version) {
    }

    record MergeRequest(@NotNull Long duplicateId) {
    }

    @GetMapping("/companies")
    @Operation(summary = "Search companies: free text (names, former names, descriptions; typo tolerant), filters, "
            + "facet counts; sort relevance (default with text) or name; sizeBand is NONE (0), MICRO (1-4), "
            + "SMALL_MICRO (5-9), SMALL (10-49), MEDIUM (50-249), LARGE (250+), UNKNOWN")
    SearchResponse list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long regionId, @RequestParam(required = false) Long municipalityId,
            @RequestParam(required = false) Long partnershipId, @RequestParam(required = false) String nace,
            @RequestParam(required = false) String sizeBand, @RequestParam(required = false) String targetGroup,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort) {
        String defaultSort = q == null || q.isBlank() ? CompanySearch.SORT_NAME : CompanySearch.SORT_RELEVANCE;
        CompanySearchResult result = search.search(new CompanyQuery(q, country, regionId, municipalityId,
                partnershipId, nace, sizeBand, targetGroup, status), Paging.of(page, size, sort, SORTS, defaultSort));
        PageResult<CompanyHit> p = PageResult.of(result.page(), h -> h);
        return new SearchResponse(p.content(), p.page(), p.size(), p.totalElements(), p.totalPages(),
                result.facets());
    }

    @GetMapping("/companies/suggest")
    @Operation(summary = "Autocomplete: companies whose name starts with the words typed")
    List<Suggestion> suggest(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "10") int limit) {
        return search.suggest(q, limit);
    }

    @PostMapping("/companies")
    @Operation(summary = "Register a company (MANAGE_COMPANIES); 409 company-exists with existingId/existingUrl "
            + "when the organisation number is registered; 422 invalid-org-number on a wrong check digit")
    ResponseEntity<CompanyView> create(@Valid @RequestBody CompanyRequest body) {
        CompanyView created = companies.create(body.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/companies/" + created.id())).body(created);
    }

    @GetMapping("/companies/{id}")
    @Operation(summary = "One company (a merged company names the one it was merged into in mergedIntoId)")
    CompanyView get(@PathVariable long id) {
        return companies.get(id);
    }

    @PutMapping("/companies/{id}")
    @Operation(summary = "Change a company in your organisation's area (403 company-not-in-area otherwise); send the "
            + "version you read (409 if it changed since); on an imported company, fields from the national register "
            + "answer 422 company-field-owned-by-register with their names in fields")
    CompanyView update(@PathVariable long id, @Valid @RequestBody CompanyRequest body) {
        return companies.update(id, body.version(), body.toCommand());
    }

    @GetMapping("/companies/{id}/history")
    @Operation(summary = "History of changes of a company, newest first")
    PageResult<ChangeView> history(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResult.of(companies.history(id, Paging.of(page, size, null, Set.of("occurredAt"), "occurredAt")),
                c -> c);
    }

    @GetMapping("/companies/{id}/figures/{year}")
    @Operation(summary = "Revenue and employees of one fiscal year")
    FigureView figure(@PathVariable long id, @PathVariable int year) {
        return companies.figure(id, year).orElseThrow(() -> new NotFoundException("figure", year));
    }

    @PutMapping("/companies/{id}/figures/{year}")
    @Operation(summary = "Enter or change the figures of one fiscal year (send the version when changing)")
    FigureView putFigure(@PathVariable long id, @PathVariable int year, @Valid @RequestBody FigureRequest body) {
        return companies.recordFigure(id, year, body.revenue(), body.currency(), body.employees(), body.version());
    }

    @PostMapping("/companies/{id}/merge")
    @Operation(summary = "Merge the duplicate into this company (MERGE_COMPANIES, both in your area); nothing is lost")
    MergeResult merge(@PathVariable long id, @Valid @RequestBody MergeRequest body) {
        return companies.merge(id, body.duplicateId());
    }

    @GetMapping("/companies/{id}/possible-duplicates")
    @Operation(summary = "Companies and entrepreneurs with similar names in the same municipality")
    List<DuplicateView> possibleDuplicates(@PathVariable long id) {
        return duplicates.forCompany(id);
    }

    @GetMapping("/target-groups")
    @Operation(summary = "Target groups with names in the caller's language")
    List<TargetGroupView> targetGroups() {
        return targetGroups.all();
    }

    @ExceptionHandler(RegisterOwnedFieldsException.class)
    ProblemDetail registerOwned(RegisterOwnedFieldsException e) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        p.setType(URI.create("https://kobling.no/problems/" + e.code()));
        p.setTitle(messages.getMessage("error.title.422", null, "Unprocessable Content",
                LocaleContextHolder.getLocale()));
        p.setDetail(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        p.setProperty("code", e.code());
        p.setProperty("messageKey", e.messageKey());
        p.setProperty("fields", e.fields());
        return p;
    }

    @ExceptionHandler(CompanyExistsException.class)
    ProblemDetail exists(CompanyExistsException e) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        p.setType(URI.create("https://kobling.no/problems/" + e.code()));
        p.setTitle(messages.getMessage("error.title.409", null, "Conflict", LocaleContextHolder.getLocale()));
        p.setDetail(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        p.setProperty("code", e.code());
        p.setProperty("messageKey", e.messageKey());
        p.setProperty("existingId", e.existingId());
        p.setProperty("existingUrl", "/api/v1/companies/" + e.existingId());
        return p;
    }
}
