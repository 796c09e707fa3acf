package no.kobling.actor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import no.kobling.actor.application.OrganisationFilter;
import no.kobling.actor.application.OrganisationService;
import no.kobling.actor.application.OrganisationView;
import no.kobling.actor.domain.Countries;
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
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Organisations the caller may see (tenancy: own organisation and partners)")
class OrganisationApiController {

    private final OrganisationService organisations;

    OrganisationApiController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "Organisations the caller may see, paged; filter by name, kind and country")
    PageResult<OrganisationView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String country,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort) {
        String countryFilter = country == null || country.isBlank() ? null : Countries.require(country);
        return PageResult.of(organisations.search(
                new OrganisationFilter(q, OrganisationController.parseKind(kind), countryFilter),
                Paging.of(page, size, sort, OrganisationController.SORTS, "name")), o -> o);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation (404 if unknown or not visible)")
    OrganisationView get(@PathVariable long id) {
        return organisations.get(id);
    }

    @PostMapping
    @Operation(summary = "Create an organisation (ADMINISTER_ORGANISATIONS)")
    ResponseEntity<OrganisationView> create(@Valid @RequestBody OrganisationRequest body) {
        OrganisationView created = organisations.create(body.toData());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an organisation; send the version you read (409 if it changed since)")
    OrganisationView update(@PathVariable long id, @Validated(OnUpdate.class) @RequestBody OrganisationRequest body) {
        return organisations.update(id, body.version(), body.toData());
    }
}
