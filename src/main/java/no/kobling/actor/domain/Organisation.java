package no.kobling.actor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.Objects;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.shared.DomainException;
import no.kobling.shared.WebAddresses;
import no.kobling.shared.Zones;

/** A business garden, incubator, municipality administration, chamber of commerce, county, funder, ... */
@Entity
@Table(name = "actor_organisation")
public class Organisation {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    @Column(name = "country_code", nullable = false)
    private String countryCode;

    @Column(name = "home_municipality_id")
    private Long homeMunicipalityId;

    @Column(name = "organisation_number")
    private String organisationNumber;

    private String website;

    private String email;

    private String phone;

    private String description;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(OrganisationData data) {
        change(data);
    }

    /**
     * Replaces the description of the organisation. The caller has checked that the home municipality exists and
     * lies in the organisation's country.
     */
    public void change(OrganisationData data) {
        this.name = Texts.required(data.name(), "name", NAME_MAX, "organisation-name-required",
                "actor.error.organisation-name-required");
        if (data.kind() == null) {
            throw DomainException.rule("organisation-kind-required", "actor.error.organisation-kind-required");
        }
        this.kind = data.kind();
        this.countryCode = Countries.require(data.countryCode());
        this.homeMunicipalityId = data.homeMunicipalityId();
        this.organisationNumber = Texts.optional(data.organisationNumber(), "organisationNumber", 40);
        this.website = WebAddresses.require(Texts.optional(data.website(), "website", 300), "website");
        this.email = Texts.optional(data.email(), "email", 200);
        this.phone = Texts.optional(data.phone(), "phone", 40);
        this.description = Texts.optional(data.description(), "description", DESCRIPTION_MAX);
        this.timeZone = Zones.require(data.timeZone(), Zones.ofCountry(countryCode)).getId();
    }

    public OrganisationData data() {
        return new OrganisationData(name, kind, countryCode, homeMunicipalityId, organisationNumber, website, email,
                phone, description, timeZone);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Long getHomeMunicipalityId() {
        return homeMunicipalityId;
    }

    public String getOrganisationNumber() {
        return organisationNumber;
    }

    public String getWebsite() {
        return website;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getDescription() {
        return description;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public ZoneId zone() {
        return Zones.parse(timeZone);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Organisation other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
