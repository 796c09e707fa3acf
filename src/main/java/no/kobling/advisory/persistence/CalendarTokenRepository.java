package no.kobling.advisory.persistence;

import java.util.Optional;
import no.kobling.advisory.domain.CalendarToken;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarTokenRepository extends JpaRepository<CalendarToken, Long> {

    Optional<CalendarToken> findByTokenHash(String tokenHash);
}
