package no.kobling.partnering.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A suggested partner that a company (its representative or facilitator) declined; never suggested again. */
@Entity
@Table(name = "partnering_declined_pair")
public class DeclinedPair {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "company_id", nullable = false)
    private long companyId;
    @Column(name = "partner_company_id", nullable = false)
    private long partnerCompanyId;
    @Column(name = "declined_by", nullable = false)
    private String declinedBy;
    @Column(name = "declined_at", nullable = false)
    private Instant declinedAt;
    @Version
    private long version;

    protected DeclinedPair() {
    }

    public DeclinedPair(long companyId, long partnerCompanyId, String declinedBy, Instant declinedAt) {
        this.companyId = companyId;
        this.partnerCompanyId = partnerCompanyId;
        this.declinedBy = declinedBy;
        this.declinedAt = declinedAt;
    }

    public long getCompanyId() { return companyId; }

    public long getPartnerCompanyId() { return partnerCompanyId; }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeclinedPair d && id != null && id.equals(d.id);
    }

    @Override
    public int hashCode() {
        return DeclinedPair.class.hashCode();
    }
}
