package no.kobling.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import no.kobling.identity.application.SsoProviderService;
import no.kobling.identity.application.SsoProviderService.ProviderCommand;
import no.kobling.identity.application.SsoProviderService.ProviderView;
import no.kobling.identity.domain.SsoProvider.Kind;
import no.kobling.identity.domain.SsoProvider.MatchClaim;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** OpenID Connect identity providers over the API (needs {@code ADMINISTER_USERS}); secrets are write-only. */
@RestController
@RequestMapping("/api/v1/admin/sso-providers")
@Tag(name = "Single sign-on")
class SsoAdminApiController {

    private final SsoProviderService providers;

    SsoAdminApiController(SsoProviderService providers) {
        this.providers = providers;
    }

    record ProviderRequest(
            @Schema(description = "In URLs: /login/oauth2/code/{registrationId} is the redirect URI to register")
            @Size(max = 60) String registrationId,
            @NotBlank @Size(max = 200) String displayName,
            @NotNull Kind kind,
            @NotNull Long organisationId,
            @NotBlank @Size(max = 500) String issuerUri,
            @NotBlank @Size(max = 300) String clientId,
            @Schema(description = "A new client secret, stored encrypted; omit to keep the stored one")
            @Size(max = 500) String clientSecret,
            @Schema(description = "Instead of a secret: env:NAME, an environment variable or property")
            @Size(max = 200) String clientSecretReference,
            Set<@NotBlank @Size(max = 100) String> scopes,
            @NotNull MatchClaim matchClaim,
            Set<@NotBlank @Size(max = 200) String> emailDomains,
            @NotBlank String defaultRole,
            @NotNull Boolean enabled,
            @Schema(description = "On update: the version you read; a newer one on the server answers 409")
            Long version) {

        ProviderCommand command() {
            return new ProviderCommand(registrationId, displayName, kind, organisationId, issuerUri, clientId,
                    clientSecret, clientSecretReference, scopes, matchClaim, emailDomains, defaultRole, enabled,
                    version);
        }
    }

    @GetMapping
    @Operation(summary = "The identity providers of all organisations (without secrets)")
    List<ProviderView> list() {
        return providers.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One identity provider")
    ProviderView get(@PathVariable long id) {
        return providers.get(id);
    }

    @PostMapping
    @Operation(summary = "Add an identity provider to an organisation")
    ResponseEntity<ProviderView> create(@Valid @RequestBody ProviderRequest body) {
        ProviderView created = providers.create(body.command());
        return ResponseEntity.created(URI.create("/api/v1/admin/sso-providers/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an identity provider; send the version you read")
    ProviderView update(@PathVariable long id, @Valid @RequestBody ProviderRequest body) {
        return providers.update(id, body.command());
    }
}
