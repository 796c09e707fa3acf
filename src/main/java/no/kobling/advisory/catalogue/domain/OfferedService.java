package no.kobling.advisory.catalogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kobling.shared.DomainException;
import org.hibernate.annotations.BatchSize;

/**
 * A service or programme of the hub or a member organisation (the provider): texts in several languages, where it
 * is offered (every municipality of a partnership, or chosen municipalities), target groups and capacity. A service
 * that has history (referrals, bookings, activities) is archived instead of deleted.
 */
@Entity
@Table(name = "catalogue_service")
public class OfferedService {

    public static final int CAPACITY_MAX = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_organisation_id", nullable = false)
    private long providerOrganisationId;

    @Column(name = "offered_partnership_id")
    private Long offeredPartnershipId;

    @Column(name = "capacity_per_month")
    private Integer capacityPerMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceStatus status = ServiceStatus.ACTIVE;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "catalogue_service_text", joinColumns = @JoinColumn(name = "service_id"))
    @MapKeyColumn(name = "locale")
    @BatchSize(size = 50)
    private Map<String, ServiceText> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "catalogue_service_municipality", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "municipality_id", nullable = false)
    @BatchSize(size = 50)
    private Set<Long> municipalityIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "catalogue_service_target_group", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "target_group", nullable = false)
    @BatchSize(size = 50)
    private Set<String> targetGroups = new HashSet<>();

    @Version
    private long version;

    protected OfferedService() {
    }

    public OfferedService(long providerOrganisationId, String createdBy, Instant createdAt) {
        this.providerOrganisationId = providerOrganisationId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Texts by language code (nb, nn, sv, fi, en); at least one language needs a name. */
    public void describe(Map<String, ServiceText> newTexts) {
        Map<String, ServiceText> cleaned = new HashMap<>();
        if (newTexts != null) {
            newTexts.forEach((language, text) -> {
                if (!Languages.CODES.contains(language)) {
                    throw DomainException.rule("service-language-unknown", "catalogue.error.language-unknown",
                            language);
                }
                String name = text == null || text.getName() == null ? "" : text.getName().strip();
                String description = text == null || text.getDescription() == null ? null
                        : text.getDescription().strip();
                if (name.length() > ServiceText.NAME_MAX || (description != null
                        && description.length() > ServiceText.DESCRIPTION_MAX)) {
                    throw DomainException.rule("service-text-too-long", "catalogue.error.text-too-long");
                }
                if (!name.isEmpty()) {
                    cleaned.put(language, new ServiceText(name,
                            description == null || description.isEmpty() ? null : description));
                }
            });
        }
        if (cleaned.isEmpty()) {
            throw DomainException.rule("service-name-required", "catalogue.error.name-required");
        }
        texts.keySet().retainAll(cleaned.keySet());
        texts.putAll(cleaned);
    }

    /**
     * Where the service is offered: in every municipality of a partnership (decentralised delivery across the
     * region), or in the chosen municipalities, or both. At least one of them.
     */
    public void offerIn(Long partnershipId, Collection<Long> municipalities) {
        Set<Long> chosen = municipalities == null ? Set.of() : new HashSet<>(municipalities);
        chosen.remove(null);
        if (partnershipId == null && chosen.isEmpty()) {
            throw DomainException.rule("service-area-required", "catalogue.error.area-required");
        }
        this.offeredPartnershipId = partnershipId;
        municipalityIds.retainAll(chosen);
        municipalityIds.addAll(chosen);
    }

    public void target(Collection<String> groups) {
        Set<String> next = groups == null ? Set.of() : new HashSet<>(groups);
        targetGroups.retainAll(next);
        targetGroups.addAll(next);
    }

    /** Capacity per month (e.g. places or hours); null = not stated. */
    public void limitTo(Integer perMonth) {
        if (perMonth != null && (perMonth < 0 || perMonth > CAPACITY_MAX)) {
            throw DomainException.rule("service-capacity-invalid", "catalogue.error.capacity-invalid");
        }
        this.capacityPerMonth = perMonth;
    }

    public void archive() {
        this.status = ServiceStatus.ARCHIVED;
    }

    public void reactivate() {
        this.status = ServiceStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == ServiceStatus.ACTIVE;
    }

    /** Whether offered in the municipality, given the municipalities of the service's partnership. */
    public boolean isOfferedIn(long municipalityId, Set<Long> partnershipMunicipalities) {
        return municipalityIds.contains(municipalityId)
                || (offeredPartnershipId != null && partnershipMunicipalities.contains(municipalityId));
    }

    public Optional<ServiceText> text(String language) {
        return Languages.pick(texts, language);
    }

    public String name(String language) {
        return text(language).map(ServiceText::getName).orElse("#" + id);
    }

    public Long getId() {
        return id;
    }

    public long getProviderOrganisationId() {
        return providerOrganisationId;
    }

    public Long getOfferedPartnershipId() {
        return offeredPartnershipId;
    }

    public Integer getCapacityPerMonth() {
        return capacityPerMonth;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Map<String, ServiceText> getTexts() {
        return Map.copyOf(texts);
    }

    public Set<Long> getMunicipalityIds() {
        return Set.copyOf(municipalityIds);
    }

    public Set<String> getTargetGroups() {
        return Set.copyOf(targetGroups);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfferedService s && id != null && id.equals(s.id);
    }

    @Override
    public int hashCode() {
        return OfferedService.class.hashCode();
    }
}
