package no.kobling.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.application.UserChanges;
import no.kobling.identity.application.UserService;
import no.kobling.identity.application.UserView;
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

/** User administration over the API (needs {@code ADMINISTER_USERS}). */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "User administration")
class UserAdminApiController {

    private final UserService users;

    UserAdminApiController(UserService users) {
        this.users = users;
    }

    record CreateUserRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = UserForms.USERNAME) String username,
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 200) String email,
            Long organisationId,
            @NotBlank String password,
            Set<@NotBlank String> roles,
            Boolean enabled,
            @Pattern(regexp = "nb|nn|sv|fi|en") String preferredLocale) {
    }

    record UpdateUserRequest(
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 200) String email,
            Long organisationId,
            @NotNull Set<@NotBlank String> roles,
            @NotNull Boolean enabled,
            @NotNull @Schema(description = "The version you read; a newer one on the server answers 409")
            Long version) {
    }

    @GetMapping
    @Operation(summary = "Users, searched by username, name or e-mail; sort by username, displayName, email or "
            + "createdAt (prefix - for descending)")
    PageResult<UserView> list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort) {
        var result = users.search(q, Paging.of(page, size, sort, UserService.SORTS, "username"));
        return PageResult.of(result, u -> u);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user")
    UserView get(@PathVariable long id) {
        return users.get(id);
    }

    @PostMapping
    @Operation(summary = "Create a user with an initial password (hashed with bcrypt; never returned)")
    ResponseEntity<UserView> create(@Valid @RequestBody CreateUserRequest body) {
        long id = users.createUser(new NewUser(body.username(), body.displayName(), body.email(), body.password(),
                body.organisationId(), body.roles() == null ? Set.of() : body.roles(), body.preferredLocale()),
                body.enabled() == null || body.enabled());
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + id)).body(users.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a user; send the version you read (409 concurrent-modification if it is stale)")
    UserView update(@PathVariable long id, @Valid @RequestBody UpdateUserRequest body) {
        return users.update(id, new UserChanges(body.displayName(), body.email(), body.organisationId(),
                body.roles(), body.enabled(), body.version()));
    }
}
