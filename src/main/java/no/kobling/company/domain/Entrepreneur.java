package no.kobling.company.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.kobling.shared.DomainException;

/**
 * A person with a business idea, before (or without) a company. Personal data: owned by the organisation that
 * registered them, visible to its partner organisations only when shared, and registered only with their consent.
 * Linking them to the company they started records the day ("new company started").
 */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "company_entrepreneur")
public class Entrepreneur {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_organisation_id", nullable = false)
    private long ownerOrganisationId;

    @Column(nullable = false)
    private boolean shared;

    @Column(nullable = false)
    private String name;

    private String email;
    private String phone;

    @Column(name = "municipality_id")
    private Long municipalityId;

    private String idea;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "company_id")
    private Long companyId;

    @Column(name = "company_linked_on")
    private LocalDate companyLinkedOn;

    @ManyToMany
    @JoinTable(name = "company_entrepreneur_target_group", joinColumns = @JoinColumn(name = "entrepreneur_id"),
            inverseJoinColumns = @JoinColumn(name = "target_group_id"))
    private Set<TargetGroup> targetGroups = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Entrepreneur() {
    }

    /** Registers an entrepreneur; refused without their consent. */
    public Entrepreneur(long ownerOrganisationId, String name, boolean consent, Instant now) {
        if (!consent) {
            throw DomainException.rule("consent-required", "company.error.consent-required");
        }
        this.ownerOrganisationId = ownerOrganisationId;
        this.name = requireName(name);
        this.consentGiven = true;
        this.consentAt = now;
        this.createdAt = now;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw DomainException.rule("entrepreneur-name-required", "company.error.entrepreneur-name-required");
        }
        return name.strip();
    }

    public void update(String newName, String newEmail, String newPhone, Long newMunicipalityId, String newIdea,
            boolean share, Set<TargetGroup> groups) {
        name = requireName(newName);
        email = blankToNull(newEmail);
        phone = blankToNull(newPhone);
        municipalityId = newMunicipalityId;
        idea = blankToNull(newIdea);
        shared = share;
        targetGroups.clear();
        targetGroups.addAll(groups);
    }

    /** Links to the company the entrepreneur started, on the given day. */
    public void startedCompany(long company, LocalDate on) {
        companyId = company;
        companyLinkedOn = on;
    }

    /** When the company they were linked to is merged into another one. */
    public void companyMergedInto(long company) {
        if (companyId != null) {
            companyId = company;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public long getOwnerOrganisationId() { return ownerOrganisationId; }
    public boolean isShared() { return shared; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public Long getMunicipalityId() { return municipalityId; }
    public String getIdea() { return idea; }
    public boolean isConsentGiven() { return consentGiven; }
    public Instant getConsentAt() { return consentAt; }
    public Long getCompanyId() { return companyId; }
    public LocalDate getCompanyLinkedOn() { return companyLinkedOn; }
    public Set<TargetGroup> getTargetGroups() { return Set.copyOf(targetGroups); }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Entrepreneur e && id != null && id.equals(e.id);
    }

    @Override
    public int hashCode() {
        return Entrepreneur.class.hashCode();
    }
}
