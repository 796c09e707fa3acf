package no.kobling.project.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.kobling.shared.DomainException;
import no.kobling.shared.StaleVersionException;

/**
 * A party's terms in the project's economy: the rate at which its in-kind hours count (set by the coordinator) and
 * its signature of the project agreement (signer and date).
 */
@Entity
@Table(name = "project_budget_party_terms")
public class PartyTerms {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "party_organisation_id", nullable = false)
    private long partyId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "hour_rate", precision = 15, scale = 2)
    private BigDecimal hourRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "hour_rate_currency", length = 3)
    private Currency hourRateCurrency;

    @Column(name = "signer", length = 200)
    private String signer;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Version
    private long version;

    protected PartyTerms() {
    }

    public PartyTerms(long projectId, long partyId) {
        this.projectId = projectId;
        this.partyId = partyId;
    }

    public void rate(BigDecimal rate, Currency currency) {
        if (rate == null) {
            this.hourRate = null;
            this.hourRateCurrency = null;
            return;
        }
        if (currency == null) {
            throw DomainException.rule("budget-currency-unknown", "budget.error.currency-unknown", "null");
        }
        this.hourRate = Amounts.nonNegative(rate);
        this.hourRateCurrency = currency;
    }

    public void sign(String signer, LocalDate signedOn) {
        if (signedOn == null) {
            throw DomainException.rule("budget-date-missing", "budget.error.date-missing");
        }
        this.signer = Texts.required(signer, 200, "signer");
        this.signedOn = signedOn;
    }

    public void unsign() {
        this.signer = null;
        this.signedOn = null;
    }

    public void checkVersion(Long expected) {
        StaleVersionException.check("party-terms", id, expected, version);
    }

    public Long getId() {
        return id;
    }

    /** The party's organisation id. */
    public long getPartyId() {
        return partyId;
    }

    public long getProjectId() {
        return projectId;
    }

    public BigDecimal getHourRate() {
        return hourRate;
    }

    public Currency getHourRateCurrency() {
        return hourRateCurrency;
    }

    public String getSigner() {
        return signer;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartyTerms t && id != null && id.equals(t.id);
    }

    @Override
    public int hashCode() {
        return PartyTerms.class.hashCode();
    }
}
