package no.kobling.actor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import no.kobling.actor.application.PartnershipService;
import no.kobling.actor.application.PartnershipSummary;
import no.kobling.actor.application.PartnershipView;
import no.kobling.shared.PageResult;
import no.kobling.shared.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/partnerships")
@Tag(name = "Partnerships", description = "Partnerships the caller's organisation is a member of")
class PartnershipApiController {

    private final PartnershipService partnerships;

    PartnershipApiController(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @GetMapping
    @Operation(summary = "Partnerships the caller may see, paged; filter by name")
    PageResult<PartnershipSummary> list(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort) {
        return PageResult.of(partnerships.search(q, Paging.of(page, size, sort, PartnershipController.SORTS, "name")),
                p -> p);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One partnership with municipalities and members (404 if unknown or not visible)")
    PartnershipView get(@PathVariable long id) {
        return partnerships.get(id);
    }

    @PostMapping
    @Operation(summary = "Create a partnership (administrators, or coordinators: their organisation becomes owner)")
    ResponseEntity<PartnershipView> create(@Valid @RequestBody PartnershipRequest body) {
        PartnershipView created = partnerships.create(body.toData());
        return ResponseEntity.created(URI.create("/api/v1/partnerships/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a partnership incl. its members; send the version you read (409 if stale)")
    PartnershipView update(@PathVariable long id, @Validated(OnUpdate.class) @RequestBody PartnershipRequest body) {
        return partnerships.update(id, body.version(), body.toData());
    }
}
