package no.kobling.company.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import no.kobling.company.application.EntrepreneurCommand;
import no.kobling.company.application.EntrepreneurService;
import no.kobling.company.application.Views.EntrepreneurView;
import no.kobling.shared.PageResult;
import no.kobling.shared.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/entrepreneurs")
@Tag(name = "Entrepreneurs", description = "Entrepreneurs of the caller's organisation and shared ones of partners")
class EntrepreneurApiController {

    private final EntrepreneurService entrepreneurs;

    EntrepreneurApiController(EntrepreneurService entrepreneurs) {
        this.entrepreneurs = entrepreneurs;
    }

    record EntrepreneurRequest(@NotBlank @Size(max = 300) String name, @Email @Size(max = 300) String email,
            @Size(max = 50) String phone, Long municipalityId, @Size(max = 4000) String idea, Boolean consent,
            Boolean shared, Set<@Size(max = 40) String> targetGroups, Long version) {

        EntrepreneurCommand toCommand() {
            return new EntrepreneurCommand(name, email, phone, municipalityId, idea, Boolean.TRUE.equals(consent),
                    Boolean.TRUE.equals(shared), targetGroups);
        }
    }

    record LinkRequest(@NotNull Long companyId) {
    }

    @GetMapping
    @Operation(summary = "Entrepreneurs the caller may see, paged; filter by name")
    PageResult<EntrepreneurView> list(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort) {
        return PageResult.of(entrepreneurs.search(q, Paging.of(page, size, sort, Set.of("name"), "name")), e -> e);
    }

    @PostMapping
    @Operation(summary = "Register an entrepreneur in the caller's organisation; consent must be true (422 otherwise)")
    ResponseEntity<EntrepreneurView> create(@Valid @RequestBody EntrepreneurRequest body) {
        EntrepreneurView created = entrepreneurs.create(body.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/entrepreneurs/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One entrepreneur (404 if unknown or not visible)")
    EntrepreneurView get(@PathVariable long id) {
        return entrepreneurs.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an entrepreneur; send the version you read (409 if it changed since)")
    EntrepreneurView update(@PathVariable long id, @Valid @RequestBody EntrepreneurRequest body) {
        return entrepreneurs.update(id, body.version(), body.toCommand());
    }

    @PostMapping("/{id}/company")
    @Operation(summary = "Link the entrepreneur to the company they started (today counts as the start)")
    EntrepreneurView link(@PathVariable long id, @Valid @RequestBody LinkRequest body) {
        return entrepreneurs.linkCompany(id, body.companyId());
    }
}
