package no.kobling.project.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** An exchange rate the coordinator stated: 1 {@code currency} = {@code rate} project currency, on a date, from a source. */
@Embeddable
public class StatedRate {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private Currency currency;

    @Column(nullable = false, precision = 19, scale = 6)
    private BigDecimal rate;

    @Column(name = "rate_date")
    private LocalDate rateDate;

    @Column(name = "rate_source", length = 200)
    private String source;

    protected StatedRate() {
    }

    public StatedRate(Currency currency, BigDecimal rate, LocalDate rateDate, String source) {
        this.currency = currency;
        this.rate = rate;
        this.rateDate = rateDate;
        this.source = source;
    }

    public Currency getCurrency() {
        return currency;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public LocalDate getRateDate() {
        return rateDate;
    }

    public String getSource() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatedRate r && currency == r.currency && Objects.equals(rate, r.rate)
                && Objects.equals(rateDate, r.rateDate) && Objects.equals(source, r.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, rate, rateDate, source);
    }
}
