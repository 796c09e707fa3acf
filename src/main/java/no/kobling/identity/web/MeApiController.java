package no.kobling.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.application.AccountZoneService;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.identity.application.TokenView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Identity")
class MeApiController {

    private final CurrentUsers currentUsers;
    private final ApiTokenService tokens;
    private final AccountZoneService zones;

    MeApiController(CurrentUsers currentUsers, ApiTokenService tokens,
            AccountZoneService zones) {
        this.currentUsers = currentUsers;
        this.tokens = tokens;
        this.zones = zones;
    }

    record Me(long id, String username, String displayName, Long organisationId, List<String> permissions,
            String timeZone) {
    }

    record ZoneChange(@NotBlank @Size(max = 40) @Schema(example = "Europe/Helsinki") String timeZone) {
    }

    @GetMapping
    @Operation(summary = "The user the token belongs to, with their permissions")
    Me me() {
        CurrentUser u = currentUsers.require();
        return new Me(u.id(), u.username(), u.displayName(), u.organisationId(),
                u.permissions().stream().map(Enum::name).sorted().toList(), u.zone().getId());
    }

    @PutMapping("/time-zone")
    @Operation(summary = "Change your time zone: Europe/Oslo, Europe/Stockholm or Europe/Helsinki (422 otherwise)")
    ZoneChange changeZone(@Valid @RequestBody ZoneChange body) {
        return new ZoneChange(zones.change(body.timeZone()));
    }

    @GetMapping("/tokens")
    @Operation(summary = "Your personal API tokens (without secrets; create new ones on the account page)")
    List<TokenView> tokens() {
        return tokens.mine();
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of your tokens (also the one you are using). Another user's token answers 404")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
