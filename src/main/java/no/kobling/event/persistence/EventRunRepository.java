package no.kobling.event.persistence;

import java.time.Instant;
import java.util.List;
import no.kobling.event.domain.ScheduleRun;
import no.kobling.event.domain.ScheduleRun.Status;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Scheduling runs. The state changes of a RUNNING run are single conditional updates (compare-and-set on status,
 * owner and lease), so whichever node's update matches first decides, and a node never overwrites another's live run.
 */
public interface EventRunRepository extends JpaRepository<ScheduleRun, Long> {

    List<ScheduleRun> findByEventIdOrderByIdDesc(long eventId, Pageable page);

    List<ScheduleRun> findByEventIdAndStatus(long eventId, ScheduleRun.Status status);

    /** Renews the lease of a run this node owns and writes its progress; 0 when the run is no longer ours. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update EventScheduleRun r set r.leaseUntil = :until, r.heartbeatAt = :now, r.progress = :progress, "
            + "r.scheduled = :scheduled where r.id = :id and r.ownerNode = :node and r.status = :running")
    int heartbeat(@Param("id") long id, @Param("node") String node, @Param("until") Instant until,
            @Param("now") Instant now, @Param("progress") double progress, @Param("scheduled") int scheduled,
            @Param("running") Status running);

    /** Ends a run this node owns (PROPOSED or FAILED); 0 when another node failed it first (its lease expired). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update EventScheduleRun r set r.status = :status, r.scheduled = :scheduled, r.problems = :problems, "
            + "r.finishedAt = :now, r.progress = 1, r.leaseUntil = null, r.version = r.version + 1 "
            + "where r.id = :id and r.ownerNode = :node and r.status = :running")
    int finish(@Param("id") long id, @Param("node") String node, @Param("status") Status status,
            @Param("scheduled") int scheduled, @Param("problems") String problems, @Param("now") Instant now,
            @Param("running") Status running);

    /** Fails the RUNNING runs of an event whose lease expired before {@code now} (their node stopped); a live lease is never touched. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update EventScheduleRun r set r.status = :failed, r.problems = :problem, r.finishedAt = :now, "
            + "r.progress = 1, r.version = r.version + 1 where r.eventId = :eventId and r.status = :running "
            + "and (r.leaseUntil is null or r.leaseUntil < :now)")
    int failExpired(@Param("eventId") long eventId, @Param("now") Instant now, @Param("problem") String problem,
            @Param("running") Status running, @Param("failed") Status failed);

    /** As {@link #failExpired} for every event (the hourly job). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update EventScheduleRun r set r.status = :failed, r.problems = :problem, r.finishedAt = :now, "
            + "r.progress = 1, r.version = r.version + 1 where r.status = :running "
            + "and (r.leaseUntil is null or r.leaseUntil < :now)")
    int failAllExpired(@Param("now") Instant now, @Param("problem") String problem, @Param("running") Status running,
            @Param("failed") Status failed);

    @Query("select r.id from EventScheduleRun r where r.finishedAt < :before and r.status <> :running")
    List<Long> finishedBefore(@Param("before") Instant before, @Param("running") Status running, Pageable page);
}
