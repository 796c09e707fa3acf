package no.kobling.indicator.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One cost category of a report's budget section, in the project currency: its budget (the whole project), the actual
 * costs booked within the report's period and those booked up to its end (cumulative).
 */
@Embeddable
public class BudgetFigure {

    @Column(name = "category_code", nullable = false)
    private String code;

    @Column(name = "category_name", nullable = false)
    private String name;

    @Column(name = "budget", nullable = false)
    private BigDecimal budget;

    @Column(name = "actual_period", nullable = false)
    private BigDecimal actualPeriod;

    @Column(name = "actual_cumulative", nullable = false)
    private BigDecimal actualCumulative;

    protected BudgetFigure() {
    }

    public BudgetFigure(String code, String name, BigDecimal budget, BigDecimal actualPeriod,
            BigDecimal actualCumulative) {
        this.code = code;
        this.name = name;
        this.budget = budget;
        this.actualPeriod = actualPeriod;
        this.actualCumulative = actualCumulative;
    }

    public BudgetFigure copy() {
        return new BudgetFigure(code, name, budget, actualPeriod, actualCumulative);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public BigDecimal getActualPeriod() {
        return actualPeriod;
    }

    public BigDecimal getActualCumulative() {
        return actualCumulative;
    }
}
