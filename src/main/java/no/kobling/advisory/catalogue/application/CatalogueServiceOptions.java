package no.kobling.advisory.catalogue.application;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.kobling.advisory.application.ServiceOptions;
import no.kobling.advisory.catalogue.application.CatalogueAccess.Caller;
import no.kobling.advisory.catalogue.domain.OfferedService;
import no.kobling.advisory.catalogue.persistence.ServiceRepository;
import no.kobling.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue as activity logging sees it (the advisory module's {@link ServiceOptions} port). */
@Component
class CatalogueServiceOptions implements ServiceOptions {

    private final ServiceCatalogue catalogue;
    private final ServiceRepository services;
    private final CatalogueAccess access;

    CatalogueServiceOptions(ServiceCatalogue catalogue, ServiceRepository services, CatalogueAccess access) {
        this.catalogue = catalogue;
        this.services = services;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceOption> servicesOfferedIn(Long municipalityId, Locale locale) {
        Caller caller = access.caller();
        String language = language(locale);
        return catalogue.visibleServices(caller).stream().filter(OfferedService::isActive)
                .filter(s -> municipalityId == null || catalogue.offeredIn(s, municipalityId))
                .map(s -> new ServiceOption(s.getId(), s.name(language)))
                .sorted(Comparator.comparing(ServiceOption::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceOption> service(long serviceId, Locale locale) {
        try {
            OfferedService s = catalogue.visible(access.caller(), serviceId);
            return Optional.of(new ServiceOption(s.getId(), s.name(language(locale))));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isOfferedIn(long serviceId, long municipalityId) {
        return services.findById(serviceId).map(s -> catalogue.offeredIn(s, municipalityId)).orElse(false);
    }

    private static String language(Locale locale) {
        return locale == null ? ServiceCatalogue.language() : locale.getLanguage();
    }
}
