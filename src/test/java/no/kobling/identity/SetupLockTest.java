package no.kobling.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first-user lock that keeps two simultaneous setup requests from both creating an administrator really
 * serialises transactions on the database (H2 and PostgreSQL).
 */
@IntegrationTest
class SetupLockTest {

    @Autowired
    UserAccountRepository users;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aSecondTransactionWaitsUntilTheFirstEnds() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        CountDownLatch firstHoldsLock = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            users.lockForFirstUser();
            firstHoldsLock.countDown();
            await(releaseFirst);
        }));
        assertThat(firstHoldsLock.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> tx.execute(s -> users.lockForFirstUser()));
        Thread.sleep(250);
        assertThat(second).as("second transaction waits for the lock").isNotDone();
        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
