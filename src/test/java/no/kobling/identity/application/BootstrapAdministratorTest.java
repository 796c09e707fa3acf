package no.kobling.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import no.kobling.identity.domain.Role;
import no.kobling.identity.domain.UserAccount;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.support.FreshInstallation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The first administrator from configuration ({@code kobling.bootstrap.admin-*}), with the real services on an empty
 * database: created when configured completely (and able to sign in), ignored once users exist, refused when half or
 * weakly configured.
 */
class BootstrapAdministratorTest extends FreshInstallation {

    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    UserAccountRepository userRepository;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyInstallation() {
        removeAllUsers(jdbc);
    }

    BootstrapAdministrator bootstrap(String username, String password, String email) {
        return new BootstrapAdministrator(new BootstrapProperties(username, password, email), firstAdministrator);
    }

    @Test
    void createsTheAdministratorWhenBothAreSet() throws Exception {
        long id = bootstrap(" Root ", "a-long-secret", "root@example.no").bootstrap().orElseThrow();
        UserAccount root = userRepository.findById(id).orElseThrow();
        assertThat(root.getUsername()).isEqualTo("root");
        assertThat(root.getDisplayName()).isEqualTo("Root");
        assertThat(root.getEmail()).isEqualTo("root@example.no");
        assertThat(root.isEnabled()).isTrue();
        assertThat(root.getRoles()).extracting(Role::getCode).containsExactly("ADMINISTRATOR");
        assertThat(passwordEncoder.matches("a-long-secret", root.getPasswordHash())).isTrue();
        assertThat(userRepository.count()).isEqualTo(1);
        mvc.perform(post("/login").with(csrf()).param("username", "root").param("password", "a-long-secret"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void leavesExistingInstallationsAlone() {
        long first = firstAdministrator.create("existing", "Existing", null, "a-long-first-secret", null)
                .orElseThrow();
        assertThat(bootstrap("root", "a-long-secret", "").bootstrap()).isEmpty();
        assertThat(userRepository.findAll()).extracting(UserAccount::getId).containsExactly(first);
        assertThat(userRepository.findByUsername("root")).isEmpty();
    }

    @Test
    void doesNothingWithoutConfiguration() {
        assertThat(bootstrap("", "", "").bootstrap()).isEmpty();
        assertThat(bootstrap(null, null, null).bootstrap()).isEmpty();
        assertThat(userRepository.count()).isZero();
        assertThat(firstAdministrator.needed()).isTrue();
    }

    @Test
    void refusesToStartWithAHalfConfiguration() {
        assertThatThrownBy(() -> bootstrap("root", "", null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kobling.bootstrap.admin-password");
        assertThatThrownBy(() -> bootstrap(" ", "a-long-secret", null))
                .hasMessageContaining("kobling.bootstrap.admin-username");
        assertThat(userRepository.count()).isZero();
    }

    @Test
    void refusesToStartWithAShortPasswordOrBadUsername() {
        assertThatThrownBy(() -> bootstrap("root", "short", null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> bootstrap("root admin", "a-long-secret", null))
                .hasMessageContaining("kobling.bootstrap.admin-username");
        assertThat(userRepository.count()).isZero();
    }
}
