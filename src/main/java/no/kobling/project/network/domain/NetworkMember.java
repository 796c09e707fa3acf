package no.kobling.project.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A company's membership of a network: when it joined and, once it has left, when it left. */
@Entity
@Table(name = "project_network_member")
public class NetworkMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected NetworkMember() {
    }

    NetworkMember(long companyId, LocalDate joinedOn, LocalDate leftOn) {
        this.companyId = companyId;
        this.joinedOn = Objects.requireNonNull(joinedOn);
        leave(leftOn);
    }

    void leave(LocalDate on) {
        if (on != null && on.isBefore(joinedOn)) {
            throw Network.rule("network-member-left-before-joined", on, joinedOn);
        }
        this.leftOn = on;
    }

    /** A member on the day: joined on or before it and not left before it. */
    public boolean isMemberOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkMember m && id != null && id.equals(m.id);
    }

    @Override
    public int hashCode() {
        return NetworkMember.class.hashCode();
    }
}
