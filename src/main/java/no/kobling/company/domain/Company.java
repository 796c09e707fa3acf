package no.kobling.company.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.kobling.company.OrganisationNumbers;
import no.kobling.shared.DomainException;
import no.kobling.shared.WebAddresses;
import no.kobling.shared.search.NordicAnalysisConfigurer;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A company in the register: shared reference data, imported from a national register or entered by hand. Unique by
 * (country, organisation number), the number normalised and check-digit validated by {@link OrganisationNumbers}.
 */
@Entity
// "_v2": place names joined the document (issue 16); the new name makes the backend create the index afresh, and
// migration V202612090401 marks every row index_pending so the start-up drain (CompanyIndexer.indexPending) fills it
@Indexed(index = "company_v2")
@Table(name = "company_company")
public class Company {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField(aggregable = Aggregable.YES)
    @Column(name = "country_code", nullable = false)
    private String countryCode;

    @KeywordField
    @Column(name = "org_number", nullable = false)
    private String orgNumber;

    // no edge n-grams of the name (issue 18.3): search as you type is a prefix query on these terms (CompanySearch)
    @FullTextField(analyzer = NordicAnalysisConfigurer.NAME)
    @KeywordField(name = "name_sort", normalizer = NordicAnalysisConfigurer.SORT, sortable = Sortable.YES)
    @Column(nullable = false)
    private String name;

    @IndexedEmbedded
    @ElementCollection
    @CollectionTable(name = "company_former_name", joinColumns = @JoinColumn(name = "company_id"))
    private Set<FormerName> formerNames = new HashSet<>();

    @Column(name = "legal_form")
    private String legalForm;
    @Column(name = "legal_form_name")
    private String legalFormName;
    @Column(name = "national_industry_code")
    private String nationalIndustryCode;

    @IndexedEmbedded(includePaths = {"levels", "section"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "nace_code")
    private NaceInfo nace;

    // the ids only (issue 18.3): a search text finds the municipality by its names in memory (search.PlaceNames)
    @IndexedEmbedded(includePaths = {"id", "regionId"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    private PlaceInfo place;

    @Column(name = "postal_address")
    private String postalAddress;
    @Column(name = "postal_code")
    private String postalCode;
    @Column(name = "postal_city")
    private String postalCity;
    @Column(name = "business_address")
    private String businessAddress;
    @Column(name = "business_postal_code")
    private String businessPostalCode;
    @Column(name = "business_city")
    private String businessCity;
    private String website;
    private String email;
    private String phone;

    @GenericField
    private Integer employees;
    @Column(name = "founded_on")
    private LocalDate foundedOn;
    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @KeywordField(aggregable = Aggregable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CompanyStatus status = CompanyStatus.ACTIVE;
    @Column(name = "status_date")
    private LocalDate statusDate;

    @FullTextField(analyzer = NordicAnalysisConfigurer.TEXT)
    @FullTextField(name = "description_nb", analyzer = NordicAnalysisConfigurer.TEXT_NB)
    @FullTextField(name = "description_sv", analyzer = NordicAnalysisConfigurer.TEXT_SV)
    @FullTextField(name = "description_fi", analyzer = NordicAnalysisConfigurer.TEXT_FI)
    @FullTextField(name = "description_en", analyzer = NordicAnalysisConfigurer.TEXT_EN)
    private String description;

    private String languages;

    @Column(nullable = false)
    private String source;

    /** The organisation whose user entered the company by hand (null for imported companies and the system's). */
    @Column(name = "owner_organisation_id")
    private Long ownerOrganisationId;

    @Column(name = "content_hash")
    private String contentHash;

    /** The import run that last wrote this company (re-indexing after an import selects by it). */
    @Column(name = "last_import_run_id")
    private Long lastImportRunId;

    @GenericField
    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @IndexedEmbedded(includePaths = "code")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @ManyToMany
    @JoinTable(name = "company_company_target_group", joinColumns = @JoinColumn(name = "company_id"),
            inverseJoinColumns = @JoinColumn(name = "target_group_id"))
    private Set<TargetGroup> targetGroups = new HashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "company_id", nullable = false)
    @OrderBy("fiscalYear")
    private List<YearlyFigure> figures = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Company() {
    }

    /** The source of companies entered by hand; every other source is a national register import. */
    public static final String MANUAL = "MANUAL";

    /**
     * Fields a national register delivers (the field names of {@link #describe} and {@link #rename}): on an imported
     * company only imports change them. Website, e-mail, phone, description, languages, target groups and entered
     * figures are local enrichments.
     */
    public static final Set<String> REGISTER_OWNED = Set.of("name", "legalForm", "legalFormName",
            "nationalIndustryCode", "naceCode", "municipalityId", "postalAddress", "postalCode", "postalCity",
            "businessAddress", "businessPostalCode", "businessCity", "employees", "foundedOn", "status", "statusDate");

    public Company(String countryCode, String orgNumber, String name, Instant now) {
        this.countryCode = countryCode == null ? null : countryCode.strip().toUpperCase(java.util.Locale.ROOT);
        this.orgNumber = OrganisationNumbers.normalise(this.countryCode, orgNumber).orElseThrow(
                () -> DomainException.rule("invalid-org-number", "company.error.invalid-org-number"));
        this.name = requireName(name);
        this.source = MANUAL;
        this.createdAt = now;
        this.updatedAt = now;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw DomainException.rule("company-name-required", "company.error.name-required");
        }
        return name.strip();
    }

    /** Whether the company came from a national register import (its register-owned fields are the import's). */
    public boolean isFromRegister() {
        return !MANUAL.equals(source);
    }

    /** Records the organisation that entered this company by hand (once, at creation). */
    public void enteredBy(Long organisationId) {
        if (this.ownerOrganisationId == null && !isFromRegister()) {
            this.ownerOrganisationId = organisationId;
        }
    }

    /** Renames the company; the old name becomes a former name. Returns whether the name changed. */
    public boolean rename(String newName, LocalDate today) {
        String next = requireName(newName);
        if (next.equals(name)) {
            return false;
        }
        formerNames.add(new FormerName(name, today));
        name = next;
        return true;
    }

    /** Applies edited facts; returns the names of the fields that changed. */
    public List<String> describe(CompanyFacts f, NaceInfo newNace, PlaceInfo newPlace, Set<TargetGroup> groups,
            Instant now) {
        List<String> changed = new ArrayList<>();
        legalForm = track(changed, "legalForm", legalForm, blankToNull(f.legalForm()));
        legalFormName = track(changed, "legalFormName", legalFormName, blankToNull(f.legalFormName()));
        nationalIndustryCode = track(changed, "nationalIndustryCode", nationalIndustryCode,
                blankToNull(f.nationalIndustryCode()));
        postalAddress = track(changed, "postalAddress", postalAddress, blankToNull(f.postalAddress()));
        postalCode = track(changed, "postalCode", postalCode, blankToNull(f.postalCode()));
        postalCity = track(changed, "postalCity", postalCity, blankToNull(f.postalCity()));
        businessAddress = track(changed, "businessAddress", businessAddress, blankToNull(f.businessAddress()));
        businessPostalCode = track(changed, "businessPostalCode", businessPostalCode,
                blankToNull(f.businessPostalCode()));
        businessCity = track(changed, "businessCity", businessCity, blankToNull(f.businessCity()));
        String newWebsite = blankToNull(f.website());
        if (!Objects.equals(website, newWebsite)) {
            // an imported address may lack a scheme; a user's new address must be http(s)
            newWebsite = WebAddresses.require(newWebsite, "website");
        }
        website = track(changed, "website", website, newWebsite);
        email = track(changed, "email", email, blankToNull(f.email()));
        phone = track(changed, "phone", phone, blankToNull(f.phone()));
        if (f.employees() != null && f.employees() < 0) {
            throw DomainException.rule("invalid-employees", "company.error.invalid-employees");
        }
        employees = track(changed, "employees", employees, f.employees());
        foundedOn = track(changed, "foundedOn", foundedOn, f.foundedOn());
        status = track(changed, "status", status, f.status() == null ? CompanyStatus.ACTIVE : f.status());
        statusDate = track(changed, "statusDate", statusDate, f.statusDate());
        description = track(changed, "description", description, blankToNull(f.description()));
        String langs = f.languages().isEmpty() ? null : String.join(",", f.languages());
        languages = track(changed, "languages", languages, langs);
        if (!Objects.equals(naceCode(), newNace == null ? null : newNace.getCode())) {
            changed.add("naceCode");
            nace = newNace;
        }
        if (!Objects.equals(getMunicipalityId(), newPlace == null ? null : newPlace.getId())) {
            changed.add("municipalityId");
            place = newPlace;
        }
        if (groups != null && !groups.equals(targetGroups)) {
            changed.add("targetGroups");
            targetGroups.clear();
            targetGroups.addAll(groups);
        }
        touch(now);
        return changed;
    }

    /** Adds or replaces the figures of a fiscal year. */
    public YearlyFigure recordFigure(int year, BigDecimal revenue, String currency, Integer employeeCount,
            FigureSource figureSource) {
        Optional<YearlyFigure> existing = figure(year);
        if (existing.isPresent()) {
            existing.get().set(revenue, currency, employeeCount, figureSource);
            return existing.get();
        }
        YearlyFigure figure = new YearlyFigure(year, revenue, currency, employeeCount, figureSource);
        figures.add(figure);
        figures.sort(Comparator.comparingInt(YearlyFigure::getFiscalYear));
        return figure;
    }

    public Optional<YearlyFigure> figure(int year) {
        return figures.stream().filter(y -> y.getFiscalYear() == year).findFirst();
    }

    /**
     * Takes over everything of a duplicate: its name and former names (as former names), its yearly figures (this
     * company's figures win on a year both have: those years are returned), its target groups. The duplicate is
     * marked as merged into this one; its own rows stay as they were.
     */
    public List<Integer> absorb(Company duplicate, LocalDate today, Instant now) {
        if (duplicate == this || (id != null && id.equals(duplicate.id))) {
            throw DomainException.rule("merge-same-company", "company.error.merge-same");
        }
        if (duplicate.isMerged() || isMerged()) {
            throw DomainException.rule("merge-already-merged", "company.error.merge-already-merged");
        }
        if (!duplicate.name.equals(name)) {
            formerNames.add(new FormerName(duplicate.name, today));
        }
        duplicate.formerNames.stream().filter(f -> !f.getName().equals(name)).forEach(formerNames::add);
        List<Integer> conflicts = new ArrayList<>();
        for (YearlyFigure theirs : duplicate.figures) {
            if (figure(theirs.getFiscalYear()).isPresent()) {
                conflicts.add(theirs.getFiscalYear());
            } else {
                recordFigure(theirs.getFiscalYear(), theirs.getRevenue(), theirs.getCurrency(), theirs.getEmployees(),
                        theirs.getSource());
            }
        }
        targetGroups.addAll(duplicate.targetGroups);
        duplicate.mergedIntoId = id;
        duplicate.touch(now);
        touch(now);
        return conflicts;
    }

    public boolean isMerged() {
        return mergedIntoId != null;
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    private static <T> T track(List<String> changed, String field, T old, T value) {
        if (!Objects.equals(old, value)) {
            changed.add(field);
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Size band of the current number of employees (indexed for the size filter and facet). */
    @Transient
    @KeywordField(name = "sizeBand", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "employees")))
    public SizeBand getSizeBand() {
        return SizeBand.of(employees);
    }

    public String naceCode() {
        return nace == null ? null : nace.getCode();
    }

    public Long getMunicipalityId() {
        return place == null ? null : place.getId();
    }

    public List<String> languageList() {
        return languages == null || languages.isBlank() ? List.of() : Arrays.asList(languages.split(","));
    }

    public Long getId() { return id; }
    public String getCountryCode() { return countryCode; }
    public String getOrgNumber() { return orgNumber; }
    public String getName() { return name; }
    public Set<FormerName> getFormerNames() { return Set.copyOf(formerNames); }
    public String getLegalForm() { return legalForm; }
    public String getLegalFormName() { return legalFormName; }
    public String getNationalIndustryCode() { return nationalIndustryCode; }
    public NaceInfo getNace() { return nace; }
    public PlaceInfo getPlace() { return place; }
    public String getPostalAddress() { return postalAddress; }
    public String getPostalCode() { return postalCode; }
    public String getPostalCity() { return postalCity; }
    public String getBusinessAddress() { return businessAddress; }
    public String getBusinessPostalCode() { return businessPostalCode; }
    public String getBusinessCity() { return businessCity; }
    public String getWebsite() { return website; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public Integer getEmployees() { return employees; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public CompanyStatus getStatus() { return status; }
    public LocalDate getStatusDate() { return statusDate; }
    public String getDescription() { return description; }
    public String getSource() { return source; }
    public Long getLastImportRunId() { return lastImportRunId; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public Long getOwnerOrganisationId() { return ownerOrganisationId; }
    public Set<TargetGroup> getTargetGroups() { return Set.copyOf(targetGroups); }
    public List<YearlyFigure> getFigures() { return List.copyOf(figures); }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Company c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return Company.class.hashCode();
    }
}
