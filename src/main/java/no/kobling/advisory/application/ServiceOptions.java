package no.kobling.advisory.application;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The service catalogue as activity logging sees it: which services an advisor can pick as "service used" and
 * whether a service is offered where the activity happened. Implemented by the catalogue; activity logging
 * depends on this interface only.
 */
public interface ServiceOptions {

    /** Active services the caller may see that are offered in the municipality (all visible ones if null). */
    List<ServiceOption> servicesOfferedIn(Long municipalityId, Locale locale);

    /** A service the caller may see, with its name in the locale (falling back to another language). */
    Optional<ServiceOption> service(long serviceId, Locale locale);

    /** Whether the service is offered in the municipality. */
    boolean isOfferedIn(long serviceId, long municipalityId);

    record ServiceOption(long id, String name) {
    }
}
