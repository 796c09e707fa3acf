package no.kobling.advisory.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.kobling.shared.DomainException;

/** Hours an expert delivered against a booking on one day. */
@Entity
@Table(name = "catalogue_delivered_hours")
public class DeliveredHours {

    public static final BigDecimal MAX_PER_DAY = BigDecimal.valueOf(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "booking_id", nullable = false)
    private long bookingId;

    @Column(name = "work_date", nullable = false)
    private LocalDate workDate;

    @Column(nullable = false, precision = 7, scale = 1)
    private BigDecimal hours;

    private String note;

    @Column(name = "logged_by", nullable = false)
    private String loggedBy;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    protected DeliveredHours() {
    }

    /** Refuses non-positive hours, more than a day's, and a date after {@code today}. */
    public DeliveredHours(long bookingId, LocalDate workDate, BigDecimal hours, String note, String loggedBy,
            Instant loggedAt, LocalDate today) {
        if (workDate == null || workDate.isAfter(today)) {
            throw DomainException.rule("hours-in-future", "catalogue.error.hours-in-future");
        }
        this.bookingId = bookingId;
        this.workDate = workDate;
        this.hours = Hours.positive(hours, MAX_PER_DAY);
        this.note = note == null || note.isBlank() ? null : note.strip();
        if (this.note != null && this.note.length() > Referral.NOTE_MAX) {
            throw DomainException.rule("hours-text-too-long", "catalogue.error.text-too-long");
        }
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
    }

    public Long getId() {
        return id;
    }

    public long getBookingId() {
        return bookingId;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getNote() {
        return note;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeliveredHours d && id != null && id.equals(d.id);
    }

    @Override
    public int hashCode() {
        return DeliveredHours.class.hashCode();
    }
}
