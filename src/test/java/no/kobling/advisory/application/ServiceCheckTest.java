package no.kobling.advisory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * The "service used" rule against a small in-memory catalogue (the other side of the {@link ServiceOptions} port):
 * a service must be known and offered in the activity's municipality.
 */
class ServiceCheckTest {

    /** Service 1 is offered in municipalities 10 and 11, service 2 in 12 only. */
    static final ServiceOptions CATALOGUE = new ServiceOptions() {
        final Map<Long, Set<Long>> offered = Map.of(1L, Set.of(10L, 11L), 2L, Set.of(12L));

        @Override
        public List<ServiceOption> servicesOfferedIn(Long municipalityId, Locale locale) {
            return offered.entrySet().stream().filter(e -> municipalityId == null || e.getValue().contains(municipalityId))
                    .map(e -> new ServiceOption(e.getKey(), "S" + e.getKey())).toList();
        }

        @Override
        public Optional<ServiceOption> service(long serviceId, Locale locale) {
            return offered.containsKey(serviceId) ? Optional.of(new ServiceOption(serviceId, "S" + serviceId))
                    : Optional.empty();
        }

        @Override
        public boolean isOfferedIn(long serviceId, long municipalityId) {
            return offered.getOrDefault(serviceId, Set.of()).contains(municipalityId);
        }
    };

    static String code(ServiceOptions options, Long service, Long municipality) {
        try {
            ActivityService.checkService(options, service, municipality, Locale.ENGLISH);
            return null;
        } catch (DomainException e) {
            return e.code();
        }
    }

    @Test
    void aServiceMustBeOfferedWhereTheActivityHappened() {
        assertThat(code(CATALOGUE, null, 10L)).isNull();
        assertThat(code(CATALOGUE, 1L, 10L)).isNull();
        assertThat(code(CATALOGUE, 1L, 12L)).isEqualTo("advisory-service-not-offered");
        assertThat(code(CATALOGUE, 2L, null)).isEqualTo("advisory-service-not-offered");
        assertThat(code(CATALOGUE, 3L, 10L)).isEqualTo("advisory-service-unknown");
        assertThat(code(null, 1L, 10L)).isEqualTo("advisory-service-unknown");
    }
}
