package no.kobling.privacy.persistence;

import no.kobling.privacy.domain.RetentionRun;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RetentionRunRepository extends JpaRepository<RetentionRun, Long> {

    Page<RetentionRun> findAllByOrderByStartedAtDescIdDesc(Pageable pageable);
}
