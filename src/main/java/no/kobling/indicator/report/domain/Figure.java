package no.kobling.indicator.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One number of a report's snapshot: an indicator's total ({@code dimension} {@value #TOTAL}) or one cell of its
 * breakdown. {@code funderSuppressed}: fewer than three companies or persons stand behind the cell, so a funder sees
 * "&lt; 3" instead of the value.
 */
@Embeddable
public class Figure {

    public static final String TOTAL = "total";

    @Column(name = "indicator_code", nullable = false)
    private String code;

    @Column(name = "dimension", nullable = false)
    private String dimension;

    @Column(name = "cell_key", nullable = false)
    private String key;

    @Column(name = "cell_label", nullable = false)
    private String label;

    @Column(name = "figure_value")
    private BigDecimal value;

    @Column(name = "funder_suppressed", nullable = false)
    private boolean funderSuppressed;

    /** The indicator's target when the snapshot was taken (totals only; null: none set). */
    @Column(name = "figure_target")
    private BigDecimal target;

    protected Figure() {
    }

    public Figure(String code, String dimension, String key, String label, BigDecimal value,
            boolean funderSuppressed) {
        this.code = code;
        this.dimension = dimension;
        this.key = key;
        this.label = label;
        this.value = value;
        this.funderSuppressed = funderSuppressed;
    }

    /** A total with the indicator's target at snapshot time. */
    public static Figure total(String code, String label, BigDecimal value, BigDecimal target) {
        Figure f = new Figure(code, TOTAL, TOTAL, label, value, false);
        f.target = target;
        return f;
    }

    public Figure copy() {
        Figure f = new Figure(code, dimension, key, label, value, funderSuppressed);
        f.target = target;
        return f;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public String getCode() {
        return code;
    }

    public String getDimension() {
        return dimension;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getValue() {
        return value;
    }

    public boolean isFunderSuppressed() {
        return funderSuppressed;
    }
}
