package no.kobling.geo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A country the platform covers (NO, SE, FI). Its name lives in the message bundles ({@code country.NO}). */
@Entity
@Immutable
@Table(name = "geo_country")
public class Country {

    @Id
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Country() {
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Country c && code != null && code.equals(c.code);
    }

    @Override
    public int hashCode() {
        return Country.class.hashCode();
    }
}
