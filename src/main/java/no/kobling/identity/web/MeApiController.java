package no.kobling.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Identity")
class MeApiController {

    private final CurrentUsers currentUsers;

    MeApiController(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    record Me(long id, String username, String displayName, Long organisationId, List<String> permissions) {
    }

    @GetMapping
    @Operation(summary = "The user the token belongs to, with their permissions")
    Me me() {
        CurrentUser u = currentUsers.require();
        return new Me(u.id(), u.username(), u.displayName(), u.organisationId(),
                u.permissions().stream().map(Enum::name).sorted().toList());
    }
}
