package no.kobling.company.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.kobling.company.CompanyRef;
import no.kobling.company.application.RepresentativeLinks;
import no.kobling.company.application.RepresentativeLinks.RepresentativeView;
import no.kobling.company.application.RepresentativeService;
import no.kobling.identity.UserAdministration.UserRef;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Company representatives", description = "Users who act for a company")
class RepresentativeApiController {

    private final RepresentativeService representatives;
    private final RepresentativeLinks links;

    RepresentativeApiController(RepresentativeService representatives, RepresentativeLinks links) {
        this.representatives = representatives;
        this.links = links;
    }

    record RepresentativeRequest(@NotBlank @Size(max = 100) String username) {
    }

    @GetMapping("/companies/{id}/representatives")
    @Operation(summary = "Users who represent the company (verified: vouched for by staff of its area)")
    List<RepresentativeView> list(@PathVariable long id) {
        return links.list(id);
    }

    @PostMapping("/companies/{id}/representatives")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link a user as a representative of the company: staff of the company's area link users of "
            + "their own or a partner organisation, a verified representative links company accounts; 403 otherwise; "
            + "404 user-not-found for a username the caller may not link, exactly as for an unknown one")
    UserRef add(@PathVariable long id, @Valid @RequestBody RepresentativeRequest body) {
        return links.add(id, body.username());
    }

    @PostMapping("/companies/{id}/representatives/{userId}/verify")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Verify a link a representative made (staff of the company's area)")
    void verify(@PathVariable long id, @PathVariable long userId) {
        links.verify(id, userId);
    }

    @DeleteMapping("/companies/{id}/representatives/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unlink a representative")
    void remove(@PathVariable long id, @PathVariable long userId) {
        links.remove(id, userId);
    }

    @GetMapping("/me/companies")
    @Operation(summary = "The companies the signed-in user represents")
    List<CompanyRef> mine() {
        return representatives.refs(representatives.representedCompanyIds());
    }
}
