package no.kobling.company.overview;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kobling.company.application.CompanyService;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.Zones;
import no.kobling.shared.timeline.CompanyTimelineSource;
import no.kobling.shared.timeline.TimelineEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Company 360 (issue 16): everything the caller may see about a company on one timeline, newest first. The company is
 * shared register data (readable with directory access, else 404); the entries are tenant data, each kind contributed
 * by its module's {@link CompanyTimelineSource} under that module's rules. A kind the caller may not see (the source
 * answers nothing, or refuses) leaves no trace: no entries, no filter, no count. Not transactional on purpose: each
 * source runs in its own transaction, so one refusing source cannot spoil the others.
 */
@Service
public class CompanyTimeline {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 500;
    private static final Logger LOG = LoggerFactory.getLogger(CompanyTimeline.class);
    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::on).reversed()
            .thenComparing(TimelineEntry::kind).thenComparing(Comparator.comparingLong(TimelineEntry::id).reversed());

    private final CompanyService companies;
    private final List<CompanyTimelineSource> sources;

    CompanyTimeline(CompanyService companies, List<CompanyTimelineSource> sources) {
        this.companies = companies;
        this.sources = sources;
    }

    /** The company's day zone: entries stamped with an instant are dated in the zone of the company's country. */
    static ZoneId zone(CompanyView company) {
        return Zones.ofCountry(company.countryCode());
    }

    /**
     * The caller's timeline of the company: the newest {@code limit} entries (of {@code kind} when given), how many
     * there are, and the count per visible kind. 404 for a company the caller may not read.
     */
    @PreAuthorize("hasAnyAuthority('MANAGE_COMPANIES', 'VIEW_DIRECTORY')")
    public Timeline of(long companyId, String kind, int limit) {
        CompanyView company = companies.get(companyId);
        List<TimelineEntry> all = new ArrayList<>();
        for (CompanyTimelineSource source : sources) {
            all.addAll(entries(source, companyId, zone(company)));
        }
        all.sort(NEWEST_FIRST);
        Map<String, Long> counts = new LinkedHashMap<>();
        all.stream().map(TimelineEntry::kind).sorted().forEach(k -> counts.merge(k, 1L, Long::sum));
        String chosen = kind != null && counts.containsKey(kind) ? kind : null;
        List<TimelineEntry> shown = chosen == null ? all
                : all.stream().filter(e -> e.kind().equals(chosen)).toList();
        int max = Math.max(1, Math.min(limit, MAX_LIMIT));
        return new Timeline(company.id(), company.name(), chosen, shown.size(), max,
                shown.stream().limit(max).toList(), counts);
    }

    private static List<TimelineEntry> entries(CompanyTimelineSource source, long companyId, ZoneId zone) {
        try {
            return source.entries(companyId, zone).stream().filter(e -> e.kind().equals(source.kind())).toList();
        } catch (NotFoundException | AccessDeniedException e) {
            return List.of(); // the caller may not see this kind for the company: no trace
        } catch (RuntimeException e) {
            LOG.warn("Company timeline: the {} entries of company {} failed and are left out", source.kind(),
                    companyId, e);
            return List.of();
        }
    }

    /**
     * @param kind the kind shown (null: all)
     * @param total how many entries of that kind (or all) the caller may see
     * @param limit how many are shown at most
     * @param counts entries per kind, only kinds the caller sees entries of
     */
    public record Timeline(long companyId, String companyName, String kind, long total, int limit,
            List<TimelineEntry> entries, Map<String, Long> counts) {

        public boolean hasMore() {
            return total > entries.size();
        }
    }
}
