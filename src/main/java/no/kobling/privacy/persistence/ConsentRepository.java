package no.kobling.privacy.persistence;

import java.util.List;
import no.kobling.privacy.ConsentPurpose;
import no.kobling.privacy.domain.Consent;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByEmailOrderByGivenAtDescIdDesc(String email);

    List<Consent> findByEmailAndPurposeOrderByGivenAtDescIdDesc(String email, ConsentPurpose purpose);
}
