package no.kobling.project.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import no.kobling.project.plan.application.ProjectViews.TypeView;
import no.kobling.project.plan.application.TypeService;
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
@RequestMapping("/api/v1/project-types")
@Tag(name = "Project types", description = "Types of project with their phases and deliverable templates")
class ProjectTypeApiController {

    private final TypeService types;

    ProjectTypeApiController(TypeService types) {
        this.types = types;
    }

    record PhaseRequest(@NotNull Map<String, String> names, Integer minMonths, Integer maxMonths,
            List<Map<String, String>> deliverables) {
    }

    record TypeRequest(@NotNull Map<String, String> names, @NotEmpty List<@Valid PhaseRequest> phases) {
    }

    record RenameRequest(@NotNull Map<String, String> names, @NotNull Long version) {
    }

    record ArchiveRequest(boolean archived) {
    }

    @GetMapping
    @Operation(summary = "Project types with phases and deliverable templates (archived ones with archived=true)")
    List<TypeView> list(@RequestParam(defaultValue = "false") boolean archived) {
        return types.list(archived);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A project type")
    TypeView get(@PathVariable long id) {
        return types.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define a project type (administrators of reference data)")
    TypeView create(@Valid @RequestBody TypeRequest body) {
        return types.get(types.create(body.names(), body.phases().stream().map(p -> new TypeService.PhaseData(
                p.names(), p.minMonths(), p.maxMonths(), p.deliverables())).toList()).getId());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename a project type")
    TypeView rename(@PathVariable long id, @Valid @RequestBody RenameRequest body) {
        types.rename(id, body.version(), body.names());
        return types.get(id);
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive (or restore with archived=false) a project type")
    TypeView archive(@PathVariable long id, @RequestBody ArchiveRequest body) {
        types.archive(id, body.archived());
        return types.get(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an unused project type; a type in use or a built-in type is archived instead")
    TypeView delete(@PathVariable long id) {
        TypeView before = types.get(id);
        return types.delete(id) ? before : types.get(id);
    }
}
