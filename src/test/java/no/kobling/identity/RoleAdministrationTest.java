package no.kobling.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.identity.application.RoleService;
import no.kobling.identity.application.RoleView;
import no.kobling.identity.domain.Role;
import no.kobling.identity.persistence.RoleRepository;
import no.kobling.shared.DomainException;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Roles are data. Tests change only roles they create themselves (never give ADMINISTER_USERS to another role: the
 * last-administrator test relies on ADMINISTRATOR being the only role with it).
 */
@IntegrationTest
class RoleAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApiTokenService tokenService;
    @Autowired
    RoleService roleService;
    @Autowired
    RoleRepository roleRepository;

    TestUsers users;
    String admin;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetailsService, tokenService);
        admin = users.create("roleadmin", "ADMINISTRATOR");
    }

    @Test
    void listsRolesWithTheirPermissionsInTheUsersLanguage() throws Exception {
        mvc.perform(get("/admin/roles").with(users.as(admin)).param("lang", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ylläpitäjä")))
                .andExpect(content().string(containsString("Hallinnoida käyttäjiä ja rooleja")));
        mvc.perform(get("/api/v1/roles").header("Authorization", TestUsers.bearer(users.token(admin).secret()))
                .header("Accept-Language", "sv"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'ADMINISTRATOR')].name").value("Administratör"))
                .andExpect(jsonPath("$[?(@.code == 'FUNDER')].permissions[*]")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("VIEW_REPORTS", "USE_API")));
    }

    @Test
    void changesThePermissionsOfARoleAndTheUsersGetThemAtTheirNextLogin() throws Exception {
        Role role = roleRepository.save(new Role(TestUsers.unique("TEST").toUpperCase().replace('-', '_'),
                Set.of(Permission.VIEW_DIRECTORY)));
        String holder = users.create("holder", role.getCode());
        assertThat(userDetailsService.loadUserByUsername(holder).getAuthorities()).extracting(Object::toString)
                .containsExactly("VIEW_DIRECTORY");

        mvc.perform(post("/admin/roles/{id}", role.getId()).with(users.as(admin)).with(csrf())
                .param("permissions", "VIEW_REPORTS", "USE_API").param("version", "0"))
                .andExpect(redirectedUrl("/admin/roles/" + role.getId()));
        assertThat(userDetailsService.loadUserByUsername(holder).getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("VIEW_REPORTS", "USE_API");

        // a second save from the stale page is refused
        mvc.perform(post("/admin/roles/{id}", role.getId()).with(users.as(admin)).with(csrf()).param("lang", "en")
                .param("permissions", "VIEW_DIRECTORY").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("roleForm"))
                .andExpect(content().string(containsString("Someone else changed this record")));
        RoleView after = SystemAccess.run(() -> roleService.get(role.getId()));
        assertThat(after.permissions()).containsExactly(Permission.VIEW_REPORTS, Permission.USE_API);
    }

    @Test
    void theLastRoleThatLetsSomeoneAdministerUsersKeepsThatPermission() throws Exception {
        RoleView administrator = SystemAccess.run(() -> roleService.all()).stream()
                .filter(r -> r.code().equals("ADMINISTRATOR")).findFirst().orElseThrow();
        EnumSet<Permission> without = EnumSet.copyOf(administrator.permissions());
        without.remove(Permission.ADMINISTER_USERS);

        mvc.perform(post("/admin/roles/{id}", administrator.id()).with(users.as(admin)).with(csrf())
                .param("lang", "en").param("version", String.valueOf(administrator.version()))
                .param("permissions", without.stream().map(Enum::name).toArray(String[]::new)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("roleForm"))
                .andExpect(content().string(containsString("This is the last role that lets an enabled user")));
        assertThatThrownBy(() -> SystemAccess.run(() -> roleService.changePermissions(administrator.id(), without,
                administrator.version())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("last-administrator-role"));
        RoleView unchanged = SystemAccess.run(() -> roleService.get(administrator.id()));
        assertThat(unchanged.permissions()).contains(Permission.ADMINISTER_USERS);
        assertThat(unchanged.version()).isEqualTo(administrator.version());
    }

    @Test
    void nonAdministratorsCannotChangeRoles() throws Exception {
        String advisor = users.create("roleless", "ADVISOR");
        mvc.perform(post("/admin/roles/{id}", 1).with(users.as(advisor)).with(csrf())
                .param("permissions", "ADMINISTER_USERS").param("version", "0"))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> users.actingAs(advisor, () -> roleService.changePermissions(1,
                EnumSet.allOf(Permission.class), 0)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
