package no.kobling.project.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import no.kobling.project.agreement.application.AgreementViews.AreaView;
import no.kobling.project.agreement.application.AreaService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agreement-areas")
@Tag(name = "Areas of cooperation", description = "The multilingual list of areas an agreement covers")
class AreaApiController {

    private final AreaService areas;

    AreaApiController(AreaService areas) {
        this.areas = areas;
    }

    record AreaRequest(@NotNull @Size(min = 1, max = 5) Map<String, @Size(max = 200) String> names) {
    }

    record RemoveResult(long id, AreaService.RemoveOutcome outcome) {
    }

    @GetMapping
    @Operation(summary = "Areas of cooperation in the caller's language")
    List<AreaView> list(@RequestParam(defaultValue = "false") boolean includeArchived) {
        return areas.list(includeArchived);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an area with names by language (en, nb, nn, sv, fi); ADMINISTER_REFERENCE_DATA")
    AreaView add(@Valid @RequestBody AreaRequest body) {
        return areas.add(body.names());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an area; one in use by an agreement is archived instead")
    RemoveResult remove(@PathVariable long id) {
        return new RemoveResult(id, areas.remove(id));
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Offer an archived area again")
    void restore(@PathVariable long id) {
        areas.restore(id);
    }
}
