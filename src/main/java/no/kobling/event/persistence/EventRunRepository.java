package no.kobling.event.persistence;

import java.util.List;
import no.kobling.event.domain.ScheduleRun;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventRunRepository extends JpaRepository<ScheduleRun, Long> {

    List<ScheduleRun> findByEventIdOrderByIdDesc(long eventId);

    List<ScheduleRun> findByEventIdAndStatus(long eventId, ScheduleRun.Status status);

}
