package no.kobling.privacy.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.privacy.ConsentPurpose;
import no.kobling.privacy.domain.ConsentText;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentTextRepository extends JpaRepository<ConsentText, Long> {

    List<ConsentText> findAllByOrderByPurposeAscTextVersionDescLocaleAsc();

    Optional<ConsentText> findFirstByPurposeAndLocaleOrderByTextVersionDesc(ConsentPurpose purpose, String locale);

    Optional<ConsentText> findByPurposeAndTextVersionAndLocale(ConsentPurpose purpose, int textVersion, String locale);
}
