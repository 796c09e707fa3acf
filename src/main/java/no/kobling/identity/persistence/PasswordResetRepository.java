package no.kobling.identity.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.identity.domain.PasswordReset;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    List<PasswordReset> findByUserIdAndUsedAtIsNullAndSupersededAtIsNull(Long userId);
}
