package no.kobling.advisory.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** Hours of a mentor/expert booked for a company in one month. */
@Entity
@Table(name = "catalogue_booking")
public class Booking {

    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(500);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "period_month", nullable = false)
    private LocalDate periodMonth;

    @Column(nullable = false, precision = 7, scale = 1)
    private BigDecimal hours;

    @Column(name = "competence_code")
    private String competenceCode;

    @Column(name = "service_id")
    private Long serviceId;

    private String note;

    @Column(name = "booked_by", nullable = false)
    private String bookedBy;

    @Column(name = "booking_organisation_id")
    private Long bookingOrganisationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Booking() {
    }

    public Booking(long personId, long companyId, YearMonth month, BigDecimal hours, String competenceCode,
            Long serviceId, String note, String bookedBy, Long bookingOrganisationId, Instant createdAt) {
        this.personId = personId;
        this.companyId = companyId;
        this.periodMonth = month.atDay(1);
        this.hours = Hours.positive(hours, MAX_HOURS);
        this.competenceCode = competenceCode == null || competenceCode.isBlank() ? null : competenceCode.strip();
        this.serviceId = serviceId;
        this.note = note == null || note.isBlank() ? null : note.strip();
        if (this.note != null && this.note.length() > Referral.NOTE_MAX) {
            throw no.kobling.shared.DomainException.rule("booking-text-too-long", "catalogue.error.text-too-long");
        }
        this.bookedBy = bookedBy;
        this.bookingOrganisationId = bookingOrganisationId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public YearMonth getMonth() {
        return YearMonth.from(periodMonth);
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getCompetenceCode() {
        return competenceCode;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public String getNote() {
        return note;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public Long getBookingOrganisationId() {
        return bookingOrganisationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Booking b && id != null && id.equals(b.id);
    }

    @Override
    public int hashCode() {
        return Booking.class.hashCode();
    }
}
