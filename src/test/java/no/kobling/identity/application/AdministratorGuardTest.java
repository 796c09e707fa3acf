package no.kobling.identity.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import no.kobling.identity.Permission;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

class AdministratorGuardTest {

    final UserAccountRepository users = mock(UserAccountRepository.class);
    final AdministratorGuard guard = new AdministratorGuard(users);

    @Test
    void refusesAChangeThatLeavesNoAdministrator() {
        when(users.countEnabledWith(Permission.ADMINISTER_USERS)).thenReturn(0L);
        assertThatThrownBy(() -> guard.check(1)).isInstanceOfSatisfying(DomainException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo("last-administrator"));
    }

    @Test
    void allowsChangesThatKeepOneOrHadNoneBefore() {
        when(users.countEnabledWith(Permission.ADMINISTER_USERS)).thenReturn(1L);
        assertThatCode(() -> guard.check(2)).doesNotThrowAnyException();
        when(users.countEnabledWith(Permission.ADMINISTER_USERS)).thenReturn(0L);
        assertThatCode(() -> guard.check(0)).doesNotThrowAnyException();
    }
}
