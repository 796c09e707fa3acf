package no.kobling.privacy.persistence;

import java.util.List;
import no.kobling.privacy.ConsentPurpose;
import no.kobling.privacy.domain.Consent;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByEmailOrderByGivenAtDescIdDesc(String email);

    List<Consent> findByEmailAndPurposeOrderByGivenAtDescIdDesc(String email, ConsentPurpose purpose);

    /** The addresses whose latest consent to the purpose (by time given, then id) is withdrawn. */
    @Query("select c.email from Consent c where c.purpose = :purpose and c.withdrawnAt is not null and not exists"
            + " (select d.id from Consent d where d.email = c.email and d.purpose = c.purpose"
            + " and (d.givenAt > c.givenAt or (d.givenAt = c.givenAt and d.id > c.id)))")
    List<String> findLatestWithdrawnEmails(@Param("purpose") ConsentPurpose purpose);
}
