package no.kobling.advisory.catalogue.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import no.kobling.advisory.catalogue.domain.Booking;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    /** Booked hours per person in a month: rows of [personId, hours]. */
    @Query("""
            select b.personId, sum(b.hours) from Booking b
            where b.personId in :personIds and b.periodMonth = :month group by b.personId""")
    List<Object[]> bookedHours(Collection<Long> personIds, LocalDate month);

    @Query("select coalesce(sum(b.hours), 0) from Booking b where b.personId = :personId and b.periodMonth = :month")
    BigDecimal bookedHours(long personId, LocalDate month);

    /** The booking locked for this transaction: hours are logged against it one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Booking b where b.id = :id")
    Optional<Booking> lockById(long id);

    List<Booking> findByPersonIdInOrderByPeriodMonthDescIdDesc(Collection<Long> personIds);

    List<Booking> findByBookingOrganisationIdOrderByPeriodMonthDescIdDesc(Long organisationId);

    boolean existsByServiceId(Long serviceId);
}
