package no.kobling.advisory.catalogue.persistence;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import no.kobling.advisory.catalogue.domain.DeliveredHours;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DeliveredHoursRepository extends JpaRepository<DeliveredHours, Long> {

    @Query("select coalesce(sum(d.hours), 0) from DeliveredHours d where d.bookingId = :bookingId")
    BigDecimal deliveredHours(long bookingId);

    /** Delivered hours per booking: rows of [bookingId, hours]. */
    @Query("select d.bookingId, sum(d.hours) from DeliveredHours d where d.bookingId in :bookingIds group by d.bookingId")
    List<Object[]> deliveredPerBooking(Collection<Long> bookingIds);

    List<DeliveredHours> findByBookingIdOrderByWorkDateAscIdAsc(long bookingId);
}
