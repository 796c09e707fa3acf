package no.kobling.advisory.catalogue.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.actor.PartnershipRef;
import no.kobling.advisory.application.ActivityUsage;
import no.kobling.advisory.catalogue.application.CatalogueAccess.Caller;
import no.kobling.advisory.catalogue.domain.OfferedService;
import no.kobling.advisory.catalogue.domain.ServiceText;
import no.kobling.advisory.catalogue.persistence.BookingRepository;
import no.kobling.advisory.catalogue.persistence.ReferralRepository;
import no.kobling.advisory.catalogue.persistence.ServiceRepository;
import no.kobling.company.Companies;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.identity.OrganisationDirectory;
import no.kobling.identity.Permission;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service catalogue: everyone with directory access reads the services of the organisations they may see;
 * coordinators (MANAGE_PARTNERSHIPS) maintain their own organisation's services, administrators all. A service with
 * history (referrals, bookings, activities) is archived instead of deleted.
 */
@Service
public class ServiceCatalogue {

    static final String READ = "hasAnyAuthority('VIEW_DIRECTORY', 'VIEW_REPORTS')";
    static final String MANAGE = "hasAuthority('MANAGE_PARTNERSHIPS')";

    private final ServiceRepository services;
    private final ReferralRepository referrals;
    private final BookingRepository bookings;
    private final CatalogueAccess access;
    private final Geography geography;
    private final OrganisationDirectory organisations;
    private final Companies companies;
    private final ObjectProvider<ActivityUsage> activityUsage;
    private final Clock clock;

    ServiceCatalogue(ServiceRepository services, ReferralRepository referrals, BookingRepository bookings,
            CatalogueAccess access, Geography geography, OrganisationDirectory organisations, Companies companies,
            ObjectProvider<ActivityUsage> activityUsage, Clock clock) {
        this.services = services;
        this.referrals = referrals;
        this.bookings = bookings;
        this.access = access;
        this.geography = geography;
        this.organisations = organisations;
        this.companies = companies;
        this.activityUsage = activityUsage;
        this.clock = clock;
    }

    /** What happened to a deleted service. */
    public enum DeleteOutcome {
        DELETED, ARCHIVED
    }

    /** Visible services, optionally only those offered in a municipality and only active ones. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<ServiceView> list(Long municipalityId, boolean includeArchived) {
        Caller caller = access.caller();
        return views(caller, visibleServices(caller).stream()
                .filter(s -> includeArchived || s.isActive())
                .filter(s -> municipalityId == null || offeredIn(s, municipalityId)).toList());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public ServiceView get(long id) {
        Caller caller = access.caller();
        return views(caller, List.of(visible(caller, id))).get(0);
    }

    /** The service for its edit form: refused (403) unless the caller maintains it, as {@code update} is. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public ServiceView forEdit(long id) {
        ServiceView service = get(id);
        if (!service.editable()) {
            throw new AccessDeniedException("only the provider's coordinators maintain its services");
        }
        return service;
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public ServiceView create(ServiceCommand command) {
        Caller caller = access.caller();
        Long provider = command.providerOrganisationId() != null ? command.providerOrganisationId()
                : caller.organisationId();
        if (provider == null) {
            throw DomainException.rule("service-provider-required", "catalogue.error.provider-required");
        }
        requireManage(caller, provider);
        OfferedService service = new OfferedService(provider, caller.name(), clock.instant());
        apply(caller, service, command);
        services.saveAndFlush(service);
        return views(caller, List.of(service)).get(0);
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public ServiceView update(long id, Long expectedVersion, ServiceCommand command) {
        Caller caller = access.caller();
        OfferedService service = visible(caller, id);
        requireManage(caller, service.getProviderOrganisationId());
        StaleVersionException.check("catalogue.service", id, expectedVersion, service.getVersion());
        apply(caller, service, command);
        services.flush();
        return views(caller, List.of(service)).get(0);
    }

    /** Deletes a service without history; a service in use is archived instead (its history stays). */
    @Transactional
    @PreAuthorize(MANAGE)
    public DeleteOutcome delete(long id) {
        Caller caller = access.caller();
        OfferedService service = visible(caller, id);
        requireManage(caller, service.getProviderOrganisationId());
        if (inUse(id)) {
            service.archive();
            services.flush();
            return DeleteOutcome.ARCHIVED;
        }
        services.delete(service);
        services.flush();
        return DeleteOutcome.DELETED;
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public ServiceView reactivate(long id) {
        Caller caller = access.caller();
        OfferedService service = visible(caller, id);
        requireManage(caller, service.getProviderOrganisationId());
        service.reactivate();
        services.flush();
        return views(caller, List.of(service)).get(0);
    }

    /** Whether the caller may maintain services at all (for showing buttons). */
    public boolean mayManage() {
        Caller caller = access.caller();
        return caller.has(Permission.MANAGE_PARTNERSHIPS) && (caller.seesAll() || caller.organisationId() != null);
    }

    /** Fails (403) unless the caller may maintain services: for pages that only show a form. */
    @PreAuthorize(MANAGE)
    public void requireManage() {
        if (!mayManage()) {
            throw new AccessDeniedException("no organisation to provide services");
        }
    }

    /** Every municipality where a visible service is offered (chosen ones and its partnership's). */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Set<Long> offeredMunicipalityIds(long serviceId) {
        OfferedService service = visible(access.caller(), serviceId);
        Set<Long> ids = new HashSet<>(service.getMunicipalityIds());
        ids.addAll(access.partnershipMunicipalities(service.getOfferedPartnershipId()));
        return ids;
    }

    boolean inUse(long serviceId) {
        if (referrals.existsByServiceId(serviceId) || bookings.existsByServiceId(serviceId)) {
            return true;
        }
        ActivityUsage usage = activityUsage.getIfAvailable();
        return usage != null && usage.usageOf(List.of(serviceId), null, null).stream()
                .anyMatch(r -> r.activities() > 0);
    }

    List<OfferedService> visibleServices(Caller caller) {
        return caller.seesAll() ? services.findAll(org.springframework.data.domain.Sort.by("id"))
                : services.findByProviderOrganisationIdInOrderByIdAsc(caller.organisations());
    }

    OfferedService visible(Caller caller, long id) {
        OfferedService service = services.findById(id)
                .orElseThrow(() -> new NotFoundException("catalogue.service", id));
        CatalogueAccess.visibleOr404(caller.canSeeOrganisation(service.getProviderOrganisationId()),
                "catalogue.service", id);
        return service;
    }

    boolean offeredIn(OfferedService service, long municipalityId) {
        return service.isOfferedIn(municipalityId,
                service.getOfferedPartnershipId() == null || service.getMunicipalityIds().contains(municipalityId)
                        ? Set.of() : access.partnershipMunicipalities(service.getOfferedPartnershipId()));
    }

    private void requireManage(Caller caller, long providerOrganisationId) {
        if (!caller.seesAll() && !caller.belongsTo(providerOrganisationId)) {
            if (!caller.canSeeOrganisation(providerOrganisationId)) {
                throw new NotFoundException("organisation", providerOrganisationId);
            }
            throw new AccessDeniedException("only the provider's coordinators maintain its services");
        }
    }

    private void apply(Caller caller, OfferedService service, ServiceCommand command) {
        Map<String, ServiceText> texts = new HashMap<>();
        command.texts().forEach((lang, t) -> texts.put(lang, new ServiceText(t == null ? null : t.name(),
                t == null ? null : t.description())));
        service.describe(texts);
        Long partnership = command.partnershipId();
        if (partnership != null && !caller.seesAll() && access.partnerships().stream()
                .noneMatch(p -> p.id() == partnership)) {
            throw DomainException.rule("service-partnership-unknown", "catalogue.error.partnership-unknown");
        }
        if (geography.municipalities(command.municipalityIds()).size() != command.municipalityIds().size()) {
            throw DomainException.rule("service-municipality-unknown", "catalogue.error.municipality-unknown");
        }
        Set<String> known = companies.targetGroupNames().keySet();
        if (!known.containsAll(command.targetGroups())) {
            throw DomainException.rule("service-target-group-unknown", "catalogue.error.target-group-unknown");
        }
        service.offerIn(partnership, command.municipalityIds());
        service.target(command.targetGroups());
        service.limitTo(command.capacityPerMonth());
    }

    List<ServiceView> views(Caller caller, List<OfferedService> list) {
        String language = language();
        Map<Long, String> partnershipNames = access.partnerships().stream()
                .collect(Collectors.toMap(PartnershipRef::id, PartnershipRef::name, (a, b) -> a));
        Set<Long> placeIds = new HashSet<>();
        list.forEach(s -> placeIds.addAll(s.getMunicipalityIds()));
        Map<Long, MunicipalityRef> places = geography.municipalities(placeIds).stream()
                .collect(Collectors.toMap(MunicipalityRef::id, m -> m, (a, b) -> a));
        Map<String, String> groups = companies.targetGroupNames();
        Map<Long, String> orgNames = new HashMap<>();
        return list.stream().map(s -> {
            ServiceText text = s.text(language).orElse(null);
            Map<String, ServiceCommand.Text> texts = new java.util.LinkedHashMap<>();
            Map<String, ServiceText> stored = s.getTexts();
            no.kobling.advisory.catalogue.domain.Languages.CODES.stream().filter(stored::containsKey).forEach(l ->
                    texts.put(l, new ServiceCommand.Text(stored.get(l).getName(), stored.get(l).getDescription())));
            String provider = orgNames.computeIfAbsent(s.getProviderOrganisationId(),
                    id -> organisations.find(id).map(OrganisationDirectory.OrganisationRef::name).orElse("#" + id));
            return new ServiceView(s.getId(), s.name(language), text == null ? null : text.getDescription(),
                    language, texts, s.getProviderOrganisationId(), provider, s.getOfferedPartnershipId(),
                    s.getOfferedPartnershipId() == null ? null : partnershipNames.get(s.getOfferedPartnershipId()),
                    s.getMunicipalityIds().stream().map(places::get).filter(java.util.Objects::nonNull)
                            .sorted(Comparator.comparing(MunicipalityRef::name)).toList(),
                    s.getTargetGroups().stream().sorted()
                            .map(g -> new ServiceView.Option(g, groups.getOrDefault(g, g))).toList(),
                    s.getCapacityPerMonth(), s.getStatus(), s.getVersion(),
                    caller.has(Permission.MANAGE_PARTNERSHIPS)
                            && (caller.seesAll() || caller.belongsTo(s.getProviderOrganisationId())));
        }).sorted(Comparator.comparing(ServiceView::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    static String language() {
        Locale locale = LocaleContextHolder.getLocale();
        return locale == null ? "nb" : locale.getLanguage();
    }
}
