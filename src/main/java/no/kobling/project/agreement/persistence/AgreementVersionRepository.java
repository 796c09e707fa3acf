package no.kobling.project.agreement.persistence;

import java.util.List;
import no.kobling.project.agreement.domain.AgreementVersion;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementVersionRepository extends JpaRepository<AgreementVersion, Long> {

    List<AgreementVersion> findByAgreementIdOrderByNumberDesc(long agreementId);
}
