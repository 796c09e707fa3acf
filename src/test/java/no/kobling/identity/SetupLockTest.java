package no.kobling.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import no.kobling.identity.application.FirstAdministrator;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.support.FreshInstallation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On an empty installation, several requests that try to create the first administrator at the same moment (real
 * threads released together by a barrier) create exactly one: the first-user lock serialises them on the database.
 */
class SetupLockTest extends FreshInstallation {

    static final int REQUESTS = 6;

    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    UserAccountRepository userRepository;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyInstallation() {
        removeAllUsers(jdbc);
    }

    @Test
    void parallelSetupsCreateExactlyOneAdministrator() throws Exception {
        assertThat(firstAdministrator.needed()).isTrue();
        CyclicBarrier start = new CyclicBarrier(REQUESTS);
        List<Optional<Long>> results = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String username = "first-" + i;
            Thread t = new Thread(() -> {
                try {
                    start.await(30, TimeUnit.SECONDS);
                    results.add(firstAdministrator.create(username, "First " + username, null, "a-long-first-secret",
                            "nb"));
                } catch (Throwable e) {
                    errors.add(e);
                }
            }, "setup-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(120_000);
        }
        assertThat(errors).isEmpty();
        assertThat(results).hasSize(REQUESTS);
        assertThat(results.stream().filter(Optional::isPresent)).hasSize(1);
        long created = results.stream().flatMap(Optional::stream).findFirst().orElseThrow();
        assertThat(userRepository.count()).isEqualTo(1);
        assertThat(userRepository.findById(created).orElseThrow().getRoles())
                .extracting(r -> r.getCode()).containsExactly(FirstAdministrator.ROLE);
        assertThat(firstAdministrator.needed()).isFalse();
    }
}
