package no.kobling.notification.persistence;

import no.kobling.notification.domain.Notification;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    Page<Notification> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable pageable);

    long countByUserIdAndReadAtIsNull(long userId);

    java.util.List<Notification> findByUserIdAndReadAtIsNull(long userId);
}
