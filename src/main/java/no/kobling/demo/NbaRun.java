package no.kobling.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.kobling.demo.NbaSamples.Place;

/**
 * The state of one generation of the North Business Arena demo: the seeded random every loader draws from in turn
 * (so the load is deterministic), the project's period, the organisations and municipalities by municipality code, the
 * firms made so far with their plans, and the count of writes that keeps the session small.
 */
final class NbaRun {

    /** What the generation plans for a company: the highest pyramid level its activities give it. */
    enum Plan {
        CONTACTED, PARTICIPATING, INTENSIVE, DEEP_DIVE, STARTED
    }

    static final class Firm {
        final long id;
        final Place place;
        final Plan plan;
        int seminars;

        Firm(long id, Place place, Plan plan) {
            this.id = id;
            this.place = place;
            this.plan = plan;
        }
    }

    final Random random = new Random(NbaDemoData.SEED);
    final LocalDate today;
    final LocalDate start;
    final LocalDate end;
    final long project;
    final long partnership;
    final Map<String, Long> organisations = new HashMap<>();
    final Map<String, Long> municipalities = new HashMap<>();
    final long advisor;
    final Set<String> numbers = new HashSet<>();
    final Set<String> names = new HashSet<>();
    final List<Firm> firms = new ArrayList<>();
    int activities;
    private int writes;
    private final EntityManager entityManager;

    NbaRun(LocalDate today, LocalDate start, long project, long partnership, long advisor,
            EntityManager entityManager) {
        this.today = today;
        this.start = start;
        this.end = start.plusYears(3).minusDays(1);
        this.project = project;
        this.partnership = partnership;
        this.advisor = advisor;
        this.entityManager = entityManager;
    }

    /**
     * Every few dozen writes the session is flushed and emptied: the whole load is one transaction, and a session
     * holding thousands of entities makes every query's automatic flush check them all (the load would grow
     * quadratically).
     */
    void written() {
        if (++writes % 40 == 0) {
            entityManager.flush();
            entityManager.clear();
        }
    }

    /** A day in [from, to] (to if the range is empty). */
    LocalDate day(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? to : from.plusDays(random.nextInt((int) days + 1));
    }

    /** The day, moved into the project's period so far. */
    LocalDate clamp(LocalDate day) {
        return day.isBefore(start) ? start : day.isAfter(today) ? today : day;
    }
}
