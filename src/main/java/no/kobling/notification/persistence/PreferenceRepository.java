package no.kobling.notification.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.notification.Notifications.Kind;
import no.kobling.notification.domain.NotificationPreference;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    List<NotificationPreference> findByUserId(long userId);

    Optional<NotificationPreference> findByUserIdAndKind(long userId, Kind kind);
}
