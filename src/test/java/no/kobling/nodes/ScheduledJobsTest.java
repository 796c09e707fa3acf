package no.kobling.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import no.kobling.shared.EveryNode;
import no.kobling.shared.JobLease;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Issue 18.2: with several nodes every background job runs once across them. Each {@code @Scheduled} method takes a
 * {@link JobLease} (directly or through methods and lambdas of its own class) before it works; a new timer without
 * one fails here, unless it says why it must run on every node ({@link EveryNode}: a refresh of the node's own memory).
 * The rule is shown to catch a timer that forgets the lease.
 */
class ScheduledJobsTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.kobling");

    static final ArchRule EVERY_TIMER_TAKES_A_LEASE = ArchRuleDefinition.methods()
            .that().areAnnotatedWith(Scheduled.class)
            .should(takeAJobLease())
            .allowEmptyShould(false);

    @Test
    void everyScheduledMethodTakesAJobLease() {
        EVERY_TIMER_TAKES_A_LEASE.check(MAIN);
        assertThat(MAIN.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Scheduled.class)).count())
                .as("the timers this rule covers").isGreaterThanOrEqualTo(15);
    }

    @Test
    void theRuleCatchesATimerWithoutALease() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(LeasedTimer.class, ForgetfulTimer.class,
                JobLease.class);
        assertThatThrownBy(() -> EVERY_TIMER_TAKES_A_LEASE.check(fixtures))
                .hasMessageContaining("ForgetfulTimer.tick()")
                .hasMessageNotContaining("LeasedTimer.tick()");
    }

    static ArchCondition<JavaMethod> takeAJobLease() {
        return new ArchCondition<>("take a JobLease (directly or through its own class's methods) or say why it runs on every node") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean leased = reachesTryTake(method) || method.isAnnotatedWith(EveryNode.class)
                        && !method.getAnnotationOfType(EveryNode.class).value().isBlank();
                events.add(new SimpleConditionEvent(method, leased,
                        method.getFullName() + (leased ? " takes" : " does not take") + " a JobLease"));
            }
        };
    }

    /** Follows calls within the method's own class (helpers, lambdas) until one calls JobLease.tryTake. */
    static boolean reachesTryTake(JavaMethod start) {
        Deque<JavaCodeUnit> todo = new ArrayDeque<>();
        Set<JavaCodeUnit> seen = new HashSet<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.poll();
            if (!seen.add(unit)) {
                continue;
            }
            for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().isEquivalentTo(JobLease.class) && call.getName().equals("tryTake")) {
                    return true;
                }
                if (call.getTargetOwner().equals(start.getOwner())) {
                    call.getTarget().resolveMember().ifPresent(todo::add);
                }
            }
            // a lambda's body is a synthetic method of the same class named after its enclosing method
            start.getOwner().getCodeUnits().stream()
                    .filter(u -> u.getName().startsWith("lambda$" + unit.getName() + "$"))
                    .forEach(todo::add);
        }
        return false;
    }

    static class LeasedTimer {
        JobLease lease;

        @Scheduled(fixedDelay = 1000)
        void tick() {
            Runnable work = () -> {
                if (lease.tryTake("probe", Duration.ofSeconds(1))) {
                    return;
                }
            };
            work.run();
        }
    }

    static class ForgetfulTimer {
        @Scheduled(fixedDelay = 1000)
        void tick() {
            System.getProperty("work");
        }
    }
}
