package no.kobling.shared.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity (or a table's record type) that holds personal data. A module with such a type must implement
 * {@link PersonalData}; {@code PrivacyArchitectureTests} fails otherwise.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface HoldsPersonalData {
}
