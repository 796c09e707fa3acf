package no.kobling.partnering.cases.persistence;

import java.util.Optional;
import no.kobling.partnering.cases.domain.CheckInToken;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInTokenRepository extends JpaRepository<CheckInToken, Long> {

    Optional<CheckInToken> findByTokenHash(String tokenHash);
}
