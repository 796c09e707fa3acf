package no.kobling.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import no.kobling.shared.privacy.HoldsPersonalData;
import no.kobling.shared.privacy.PersonalData;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 point 3: every module that holds personal data (an entity marked {@link HoldsPersonalData}) implements
 * the privacy port {@link PersonalData} in the same module; so does every module whose tables have an e-mail column.
 */
class PrivacyArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.kobling");

    @Test
    void everyModuleHoldingPersonalDataImplementsThePort() {
        assertThat(missing(CLASSES)).as("modules with @HoldsPersonalData entities but no PersonalData adapter")
                .isEmpty();
        assertThat(holders(CLASSES)).contains("actor", "company", "event", "identity", "notification", "partnering",
                "privacy", "project", "survey", "advisory");
    }

    @Test
    void theCheckFailsForAModuleWithoutAdapter() {
        JavaClasses withStray = new ClassFileImporter().importClasses(PersonalData.class, HoldsPersonalData.class,
                no.kobling.privacy.fixture.StrayEntity.class);
        assertThat(missing(withStray)).containsExactly("privacy");
    }

    static Set<String> missing(JavaClasses classes) {
        Set<String> missing = new TreeSet<>(holders(classes));
        missing.removeAll(implementers(classes));
        return missing;
    }

    static Set<String> holders(JavaClasses classes) {
        Set<String> modules = new TreeSet<>();
        for (JavaClass c : classes) {
            if (c.isAnnotatedWith(HoldsPersonalData.class)) {
                modules.add(module(c));
            }
        }
        return modules;
    }

    static Set<String> implementers(JavaClasses classes) {
        Set<String> modules = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!c.isInterface() && c.isAssignableTo(PersonalData.class)) {
                modules.add(module(c));
            }
        }
        return modules;
    }

    static String module(JavaClass c) {
        String rest = c.getPackageName().substring("no.kobling.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
