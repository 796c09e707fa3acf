package no.kobling.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first administrator from configuration: created only when configured completely, refused when half-done. */
class BootstrapAdministratorTest {

    final FirstAdministrator firstAdministrator = mock(FirstAdministrator.class);

    @Test
    void createsTheAdministratorWhenBothAreSet() {
        when(firstAdministrator.create("Root", "Root", "root@example.no", "a-long-secret", null))
                .thenReturn(Optional.of(42L));
        var bootstrap = new BootstrapAdministrator(
                new BootstrapProperties(" Root ", "a-long-secret", "root@example.no"), firstAdministrator);
        assertThat(bootstrap.bootstrap()).contains(42L);
        verify(firstAdministrator).create("Root", "Root", "root@example.no", "a-long-secret", null);
    }

    @Test
    void leavesExistingInstallationsAlone() {
        when(firstAdministrator.create(any(), any(), any(), any(), any())).thenReturn(Optional.empty());
        var bootstrap = new BootstrapAdministrator(new BootstrapProperties("root", "a-long-secret", ""),
                firstAdministrator);
        assertThat(bootstrap.bootstrap()).isEmpty();
    }

    @Test
    void doesNothingWithoutConfiguration() {
        when(firstAdministrator.needed()).thenReturn(true);
        var bootstrap = new BootstrapAdministrator(new BootstrapProperties("", "", ""), firstAdministrator);
        assertThat(bootstrap.bootstrap()).isEmpty();
        new BootstrapAdministrator(new BootstrapProperties(null, null, null), firstAdministrator).bootstrap();
        verify(firstAdministrator, never()).create(any(), any(), any(), any(), any());
        bootstrap.hintWhenNobodyCanSignIn();
        verify(firstAdministrator).needed();
    }

    @Test
    void refusesToStartWithAHalfConfiguration() {
        assertThatThrownBy(() -> new BootstrapAdministrator(new BootstrapProperties("root", "", null),
                firstAdministrator))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kobling.bootstrap.admin-password");
        assertThatThrownBy(() -> new BootstrapAdministrator(new BootstrapProperties(" ", "a-long-secret", null),
                firstAdministrator))
                .hasMessageContaining("kobling.bootstrap.admin-username");
        verify(firstAdministrator, never()).create(any(), any(), any(), any(), any());
    }

    @Test
    void refusesToStartWithAShortPasswordOrBadUsername() {
        assertThatThrownBy(() -> new BootstrapAdministrator(new BootstrapProperties("root", "short", null),
                firstAdministrator))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> new BootstrapAdministrator(new BootstrapProperties("root admin", "a-long-secret",
                null), firstAdministrator))
                .hasMessageContaining("kobling.bootstrap.admin-username");
        verify(firstAdministrator, never()).create(any(), any(), any(), any(), any());
    }
}
