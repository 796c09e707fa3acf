package no.kobling.actor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import no.kobling.actor.NetworkRole;
import no.kobling.actor.application.CompetenceCatalogue;
import no.kobling.actor.application.CompetenceView;
import no.kobling.actor.application.PersonFilter;
import no.kobling.actor.application.PersonService;
import no.kobling.actor.application.PersonView;
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
@RequestMapping("/api/v1")
@Tag(name = "People", description = "People of the caller's organisation and shared people of partner organisations")
class PersonApiController {

    private final PersonService people;
    private final CompetenceCatalogue competences;

    PersonApiController(PersonService people, CompetenceCatalogue competences) {
        this.people = people;
        this.competences = competences;
    }

    @GetMapping("/people")
    @Operation(summary = "People the caller may see, paged; filter by name, role, competence code, language")
    PageResult<PersonView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String role, @RequestParam(required = false) String competence,
            @RequestParam(required = false) String language, @RequestParam(required = false) Long organisationId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort) {
        NetworkRole roleFilter = Arrays.stream(NetworkRole.values()).filter(r -> r.name().equals(role)).findFirst()
                .orElse(null);
        return PageResult.of(people.search(new PersonFilter(q, roleFilter, competence, language, organisationId),
                Paging.of(page, size, sort, PersonController.SORTS, "name")), p -> p);
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "One person (404 if unknown or not visible)")
    PersonView get(@PathVariable long id) {
        return people.get(id);
    }

    @PostMapping("/people")
    @Operation(summary = "Create a person (MANAGE_PEOPLE: in the own organisation; administrators: anywhere)")
    ResponseEntity<PersonView> create(@Valid @RequestBody PersonRequest body) {
        PersonView created = people.create(body.toData());
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id())).body(created);
    }

    @PutMapping("/people/{id}")
    @Operation(summary = "Change a person; send the version you read (409 if it changed since)")
    PersonView update(@PathVariable long id, @Validated(OnUpdate.class) @RequestBody PersonRequest body) {
        return people.update(id, body.version(), body.toData());
    }

    @GetMapping("/competences")
    @Operation(summary = "The competence taxonomy with names in the caller's language and in all languages")
    List<CompetenceView> competences() {
        return competences.all();
    }
}
