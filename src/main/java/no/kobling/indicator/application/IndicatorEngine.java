package no.kobling.indicator.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kobling.actor.Visibility;
import no.kobling.advisory.AdvisoryFacts;
import no.kobling.company.RegisterFacts;
import no.kobling.event.EventFacts;
import no.kobling.shared.FactsFilter;
import org.springframework.stereotype.Component;

/**
 * Computes the indicators (docs/indicators.md) from the other modules' facts for one filter and, optionally, one
 * target group. Each indicator answers its value and how many distinct companies or persons stand behind it (for the
 * funders' suppression). The module facts are fetched once per computation ({@link IndicatorRun}) and shared by
 * the indicators that need them; each family of indicators is computed by its own {@link IndicatorFamily}.
 */
@Component
public class IndicatorEngine {

    public static final List<String> CODES = List.of("companies-reached", "companies-participating",
            "companies-intensive", "companies-deep-dive", "startup-advisories", "companies-started",
            "local-activities", "networks-started", "joint-activities", "jobs-created", "b2b-meetings-held", "letters-of-intent",
            "transactions", "referrals-delivered", "expert-hours");

    private final AdvisoryFacts advisory;
    private final RegisterFacts register;
    private final EventFacts events;
    private final Visibility visibility;
    private final List<IndicatorFamily> families;

    IndicatorEngine(AdvisoryFacts advisory, RegisterFacts register, EventFacts events, Visibility visibility,
            List<IndicatorFamily> families) {
        this.advisory = advisory;
        this.register = register;
        this.events = events;
        this.visibility = visibility;
        this.families = List.copyOf(families);
    }

    /** An indicator's value, the distinct companies/persons behind it, and transaction amounts per currency. */
    public record Value(BigDecimal value, long subjects, Map<String, BigDecimal> amounts) {

        static Value count(long n, long subjects) {
            return new Value(BigDecimal.valueOf(n), subjects, Map.of());
        }
    }

    /**
     * A record behind a value, as the facts know it: {@code kind} (company, activity, event, network, meeting, outcome,
     * referral, expert-hours), its id, date and municipality (where it has them), the companies involved (for
     * labels), {@code pageId} the id of the page that shows it (the event of a meeting, the case of an outcome, the
     * company of a referral or of expert hours; else {@code id}), {@code detail} (an activity's kind, a network's name,
     * a transaction's amount and currency) and {@code value} where the record adds other than one (jobs, hours).
     */
    public record Item(String kind, long id, LocalDate date, Long municipalityId, List<Long> companyIds, long pageId,
            String detail, BigDecimal value) {

        public Item {
            companyIds = List.copyOf(companyIds);
        }

        static Item company(long id, Long municipalityId, LocalDate date, BigDecimal value) {
            return new Item("company", id, date, municipalityId, List.of(id), id, null, value);
        }
    }

    /** A value with the records behind it: one computation answers both, so a list and its number always agree. */
    record Computed(Value value, List<Item> items) {
    }

    /** Computes the given codes (unknown codes are left out) over the filter, restricted to a target group. */
    public Map<String, Value> compute(Collection<String> codes, FactsFilter filter, String targetGroup) {
        return compute(codes, filter, targetGroup, null);
    }

    /**
     * As {@link #compute(Collection, FactsFilter, String)} for one project: indicators read through the project
     * ({@code networks-started}) need its id and are left out without one.
     */
    public Map<String, Value> compute(Collection<String> codes, FactsFilter filter, String targetGroup,
            Long projectId) {
        IndicatorRun run = run(filter, targetGroup, projectId);
        Map<String, Value> out = new LinkedHashMap<>();
        for (String code : codes) {
            Computed v = value(code, run);
            if (v != null) {
                out.put(code, v.value());
            }
        }
        return out;
    }

    /**
     * The records behind an indicator's value over the filter (restricted to a target group), computed by the same
     * code as the value: for a count indicator there are exactly as many items as the value; for {@code jobs-created}
     * and {@code expert-hours} the items' values add up to it. Null for an unknown code.
     */
    public List<Item> items(String code, FactsFilter filter, String targetGroup, Long projectId) {
        Computed c = value(code, run(filter, targetGroup, projectId));
        return c == null ? null : c.items();
    }

    /** The value of one code from the family that computes it; null for an unknown code. */
    private Computed value(String code, IndicatorRun run) {
        for (IndicatorFamily family : families) {
            Computed c = family.compute(code, run);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private IndicatorRun run(FactsFilter filter, String targetGroup, Long projectId) {
        return new IndicatorRun(advisory, register, events, visibility, filter, targetGroup, projectId);
    }
}
