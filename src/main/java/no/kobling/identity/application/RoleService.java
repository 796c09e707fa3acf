package no.kobling.identity.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.kobling.identity.Permission;
import no.kobling.identity.domain.Role;
import no.kobling.identity.persistence.RoleRepository;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles are data: administrators decide which permissions each role grants. */
@Service
public class RoleService {

    private final RoleRepository roles;
    private final UserAccountRepository users;
    private final AdministratorGuard guard;

    RoleService(RoleRepository roles, UserAccountRepository users, AdministratorGuard guard) {
        this.roles = roles;
        this.users = users;
        this.guard = guard;
    }

    /** Every signed-in user may see which roles exist and what they allow. */
    @Transactional(readOnly = true)
    public List<RoleView> all() {
        return roles.findAllByOrderByCodeAsc().stream().map(this::view).toList();
    }

    /** The administration page's list, with how many enabled users hold each role. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public List<RoleView> overview() {
        return all();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public RoleView get(long id) {
        return view(find(id));
    }

    /**
     * Sets the role's permissions. Refused when it would take {@code ADMINISTER_USERS} from the last role that grants
     * it to an enabled user: then nobody could administer users any more.
     */
    @Transactional
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public RoleView changePermissions(long id, Set<Permission> permissions, long version) {
        Role role = find(id);
        StaleVersionException.check("role", id, version, role.getVersion());
        long administrators = guard.count();
        role.changePermissions(permissions == null ? Set.of() : permissions);
        try {
            guard.check(administrators);
        } catch (DomainException e) {
            throw DomainException.rule("last-administrator-role", "role.error.last-administrator");
        }
        return view(role);
    }

    private Role find(long id) {
        return roles.findById(id).orElseThrow(() -> new NotFoundException("role", id));
    }

    private RoleView view(Role r) {
        Set<Permission> granted = r.getPermissions();
        List<Permission> ordered = granted.isEmpty() ? List.of()
                : EnumSet.copyOf(granted).stream().toList();
        return new RoleView(r.getId(), r.getCode(), r.isBuiltin(), ordered, users.countEnabledHolding(r.getId()),
                r.getVersion());
    }
}
