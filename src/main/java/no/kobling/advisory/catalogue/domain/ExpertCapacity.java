package no.kobling.advisory.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.kobling.shared.DomainException;

/** How many hours a month a mentor/expert offers to the network. Without a row, {@link #DEFAULT_HOURS} apply. */
@Entity
@Table(name = "catalogue_expert_capacity")
public class ExpertCapacity {

    public static final int DEFAULT_HOURS = 10;
    public static final int MAX_HOURS = 744;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "hours_per_month", nullable = false)
    private int hoursPerMonth;

    @Version
    private long version;

    protected ExpertCapacity() {
    }

    public ExpertCapacity(long personId, int hoursPerMonth) {
        this.personId = personId;
        change(hoursPerMonth);
    }

    public void change(int hours) {
        if (hours < 0 || hours > MAX_HOURS) {
            throw DomainException.rule("expert-capacity-invalid", "catalogue.error.expert-capacity-invalid",
                    MAX_HOURS);
        }
        this.hoursPerMonth = hours;
    }

    public Long getPersonId() {
        return personId;
    }

    public int getHoursPerMonth() {
        return hoursPerMonth;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpertCapacity c && personId != null && personId.equals(c.personId);
    }

    @Override
    public int hashCode() {
        return ExpertCapacity.class.hashCode();
    }
}
