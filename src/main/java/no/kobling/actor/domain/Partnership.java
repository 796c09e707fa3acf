package no.kobling.actor.domain;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.kobling.actor.MemberRole;
import no.kobling.shared.DomainException;
import no.kobling.shared.Zones;
import org.hibernate.annotations.BatchSize;

/**
 * Organisations that work together for a period, for a purpose, in a set of municipalities. Each member
 * organisation has one role; owners and hubs run the partnership. Members and municipalities are kept as ids:
 * organisations are aggregates of their own, municipalities reference data.
 */
@Entity
@Table(name = "actor_partnership")
public class Partnership {

    public static final int NAME_MAX = 200;
    public static final int PURPOSE_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String purpose;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "actor_partnership_municipality", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "municipality_id", nullable = false)
    @BatchSize(size = 50)
    private Set<Long> municipalityIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "actor_partnership_member", joinColumns = @JoinColumn(name = "partnership_id"))
    @MapKeyColumn(name = "organisation_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    @BatchSize(size = 50)
    private Map<Long, MemberRole> members = new HashMap<>();

    @Column(name = "time_zone", nullable = false)
    private String timeZone = Zones.DEFAULT.getId();

    @Version
    private long version;

    protected Partnership() {
    }

    public Partnership(String name, String purpose, Period period, String createdBy, Instant createdAt) {
        describe(name, purpose);
        reschedule(period);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void describe(String name, String purpose) {
        this.name = Texts.required(name, "name", NAME_MAX, "partnership-name-required",
                "actor.error.partnership-name-required");
        this.purpose = Texts.optional(purpose, "purpose", PURPOSE_MAX);
    }

    public void reschedule(Period period) {
        Objects.requireNonNull(period);
        this.startDate = period.start();
        this.endDate = period.end();
    }

    /** The municipalities the partnership works in (ids checked by the caller against the reference data). */
    public void coverMunicipalities(Set<Long> ids) {
        municipalityIds.retainAll(ids);
        municipalityIds.addAll(ids);
    }

    /** Adds the organisation in the role, or changes its role if it is a member already. */
    public void join(long organisationId, MemberRole role) {
        if (role == null) {
            throw DomainException.rule("member-role-required", "actor.error.member-role-required", organisationId);
        }
        members.put(organisationId, role);
    }

    public void leave(long organisationId) {
        members.remove(organisationId);
    }

    /** Makes the members exactly these organisations in these roles. */
    public void replaceMembers(Map<Long, MemberRole> newMembers) {
        newMembers.forEach((org, role) -> {
            if (role == null) {
                throw DomainException.rule("member-role-required", "actor.error.member-role-required", org);
            }
        });
        members.keySet().retainAll(newMembers.keySet());
        newMembers.forEach(this::join);
    }

    public Optional<MemberRole> roleOf(Long organisationId) {
        return organisationId == null ? Optional.empty() : Optional.ofNullable(members.get(organisationId));
    }

    public boolean isMember(Long organisationId) {
        return roleOf(organisationId).isPresent();
    }

    /** Owners and hubs run the partnership. */
    public boolean isRunBy(Long organisationId) {
        return roleOf(organisationId).map(MemberRole::mayEditPartnership).orElse(false);
    }

    /** Recommended, not enforced: someone owns the partnership. */
    public boolean hasOwner() {
        return members.containsValue(MemberRole.OWNER);
    }

    /** The zone of the partnership's report periods and year boundaries (docs/time.md). */
    public void changeZone(ZoneId zone) {
        this.timeZone = Zones.require(zone == null ? null : zone.getId(), Zones.DEFAULT).getId();
    }

    public ZoneId zone() {
        return Zones.parse(timeZone);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Period period() {
        return new Period(startDate, endDate);
    }

    public boolean isActiveOn(LocalDate day) {
        return period().contains(day);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getMunicipalityIds() {
        return Collections.unmodifiableSet(municipalityIds);
    }

    public Map<Long, MemberRole> getMembers() {
        return Collections.unmodifiableMap(members);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Partnership other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
