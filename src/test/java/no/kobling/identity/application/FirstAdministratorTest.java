package no.kobling.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.persistence.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.security.core.context.SecurityContextHolder;

class FirstAdministratorTest {

    final UserAccountRepository users = mock(UserAccountRepository.class);
    final UserService userService = mock(UserService.class);
    final FirstAdministrator first = new FirstAdministrator(users, userService);

    @Test
    void createsAnAdministratorAsSystemWhileThereIsNoUser() {
        AtomicReference<String> actor = new AtomicReference<>();
        when(users.count()).thenReturn(0L);
        when(userService.createUser(any(NewUser.class))).thenAnswer(i -> {
            actor.set(SecurityContextHolder.getContext().getAuthentication().getName());
            return 7L;
        });
        assertThat(first.create("boss", "The Boss", "boss@example.no", "a-long-secret", "fi")).contains(7L);
        InOrder order = inOrder(users, userService);
        // the lock is taken before the users are counted, so a parallel request waits and then sees this user
        order.verify(users).lockForFirstUser();
        order.verify(users).count();
        order.verify(userService).createUser(new NewUser("boss", "The Boss", "boss@example.no", "a-long-secret", null,
                Set.of("ADMINISTRATOR"), "fi"));
        assertThat(actor.get()).isEqualTo(SystemAccess.SYSTEM);
    }

    @Test
    void createsNothingOnceAUserExists() {
        when(users.count()).thenReturn(1L);
        assertThat(first.create("late", "Late", null, "a-long-secret", null)).isEmpty();
        assertThat(first.needed()).isFalse();
        verify(users).lockForFirstUser();
        verify(userService, never()).createUser(any(NewUser.class));
    }
}
