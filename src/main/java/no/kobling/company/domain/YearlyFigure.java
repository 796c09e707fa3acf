package no.kobling.company.domain;

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
import no.kobling.shared.DomainException;

/** Revenue and employees of one fiscal year, entered by hand or imported. */
@Entity
@Table(name = "company_yearly_figure")
public class YearlyFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    private BigDecimal revenue;

    private String currency;

    private Integer employees;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FigureSource source;

    @Version
    private long version;

    protected YearlyFigure() {
    }

    YearlyFigure(int fiscalYear, BigDecimal revenue, String currency, Integer employees, FigureSource source) {
        this.fiscalYear = fiscalYear;
        set(revenue, currency, employees, source);
    }

    void set(BigDecimal revenue, String currency, Integer employees, FigureSource source) {
        if (fiscalYear < 1800 || fiscalYear > 2200) {
            throw DomainException.rule("invalid-fiscal-year", "company.error.invalid-fiscal-year", fiscalYear);
        }
        if (revenue != null && (currency == null || !Money.CURRENCIES.contains(currency))) {
            throw DomainException.rule("invalid-currency", "company.error.invalid-currency");
        }
        if (employees != null && employees < 0) {
            throw DomainException.rule("invalid-employees", "company.error.invalid-employees");
        }
        this.revenue = revenue;
        this.currency = revenue == null ? currency : currency;
        this.employees = employees;
        this.source = source;
    }

    public Long getId() {
        return id;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public String getCurrency() {
        return currency;
    }

    public Integer getEmployees() {
        return employees;
    }

    public FigureSource getSource() {
        return source;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YearlyFigure y && id != null && id.equals(y.id);
    }

    @Override
    public int hashCode() {
        return YearlyFigure.class.hashCode();
    }
}
