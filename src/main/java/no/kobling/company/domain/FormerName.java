package no.kobling.company.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import no.kobling.shared.search.NordicAnalysisConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** A name the company had before, with the day it stopped using it (if known). */
@Embeddable
public class FormerName {

    @FullTextField(analyzer = NordicAnalysisConfigurer.NAME)
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected FormerName() {
    }

    public FormerName(String name, LocalDate validUntil) {
        this.name = name;
        this.validUntil = validUntil;
    }

    public String getName() {
        return name;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormerName f && Objects.equals(name, f.name) && Objects.equals(validUntil, f.validUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, validUntil);
    }
}
