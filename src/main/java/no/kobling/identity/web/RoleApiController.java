package no.kobling.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.kobling.identity.application.RoleService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/roles")
@Tag(name = "Identity")
class RoleApiController {

    private final RoleService roles;
    private final MessageSource messages;

    RoleApiController(RoleService roles, MessageSource messages) {
        this.roles = roles;
        this.messages = messages;
    }

    record RoleDto(long id, String code, String name, boolean builtin, List<String> permissions, long version) {
    }

    @GetMapping
    @Operation(summary = "The roles and the permissions each grants; names in the caller's language")
    List<RoleDto> list() {
        return roles.all().stream().map(r -> new RoleDto(r.id(), r.code(),
                messages.getMessage("role." + r.code(), null, r.code(), LocaleContextHolder.getLocale()),
                r.builtin(), r.permissions().stream().map(Enum::name).toList(), r.version())).toList();
    }
}
