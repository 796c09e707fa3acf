package no.kobling.project.agreement.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.project.agreement.domain.AgreementArea;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementAreaRepository extends JpaRepository<AgreementArea, Long> {

    List<AgreementArea> findAllByOrderBySortOrderAscIdAsc();

    Optional<AgreementArea> findByCode(String code);
}
