package no.kobling.notification.persistence;

import java.time.Instant;
import java.util.List;
import no.kobling.notification.Notifications.Delivery;
import no.kobling.notification.domain.Notification;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    Page<Notification> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable pageable);

    long countByUserIdAndReadAtIsNull(long userId);

    List<Notification> findByUserIdAndReadAtIsNull(long userId);

    boolean existsByUserIdAndOnceKey(long userId, String onceKey);

    /** Users with digest notifications not yet digested, created up to {@code until}. */
    @Query("select distinct n.userId from Notification n where n.delivery = :delivery and n.digestedAt is null "
            + "and n.createdAt <= :until")
    List<Long> usersWaitingForDigest(Delivery delivery, Instant until);

    List<Notification> findByUserIdAndDeliveryAndDigestedAtIsNullAndCreatedAtLessThanEqualOrderByCreatedAtAscIdAsc(
            long userId, Delivery delivery, Instant until);
}
