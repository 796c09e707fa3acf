package no.kobling.advisory.catalogue.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.advisory.application.ActivityUsage;
import no.kobling.advisory.catalogue.application.CatalogueAccess.Caller;
import no.kobling.advisory.catalogue.domain.OfferedService;
import no.kobling.advisory.catalogue.domain.UsageFigures;
import no.kobling.advisory.catalogue.domain.UsageFigures.ActivityFact;
import no.kobling.advisory.catalogue.domain.UsageFigures.ReferralFact;
import no.kobling.advisory.catalogue.persistence.ReferralRepository;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.shared.DomainException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Usage and feedback per service and municipality: referrals (by the company's municipality at referral time),
 * delivered referrals, average feedback, and activities that named the service (from activity logging, when it is
 * there). Optionally limited to a partnership's municipalities and a period of referral dates (inclusive).
 */
@Service
public class UsageReport {

    private final ServiceCatalogue catalogue;
    private final ReferralRepository referrals;
    private final CatalogueAccess access;
    private final Geography geography;
    private final ObjectProvider<ActivityUsage> activityUsage;

    UsageReport(ServiceCatalogue catalogue, ReferralRepository referrals, CatalogueAccess access,
            Geography geography, ObjectProvider<ActivityUsage> activityUsage) {
        this.catalogue = catalogue;
        this.referrals = referrals;
        this.access = access;
        this.geography = geography;
        this.activityUsage = activityUsage;
    }

    public record Row(long serviceId, String serviceName, Long municipalityId, String municipalityName,
            long referrals, long delivered, long feedbackCount, Double averageFeedback, long activities,
            long activityCompanies) {
    }

    public record Total(String label, Long id, long referrals, long delivered, long feedbackCount,
            Double averageFeedback, long activities) {
    }

    public record Usage(Long partnershipId, LocalDate from, LocalDate to, boolean activitiesIncluded, List<Row> rows,
            List<Total> perService, List<Total> perMunicipality) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ServiceCatalogue.READ)
    public Usage usage(Long partnershipId, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw DomainException.rule("period-invalid", "catalogue.error.period-invalid");
        }
        Caller caller = access.caller();
        Set<Long> area = null;
        if (partnershipId != null) {
            if (access.partnerships().stream().noneMatch(p -> p.id() == partnershipId)) {
                throw new no.kobling.shared.NotFoundException("partnership", partnershipId);
            }
            area = access.partnershipMunicipalities(partnershipId);
        }
        List<OfferedService> services = catalogue.visibleServices(caller);
        Map<Long, String> names = new LinkedHashMap<>();
        String language = ServiceCatalogue.language();
        services.forEach(s -> names.put(s.getId(), s.name(language)));
        List<Long> ids = new ArrayList<>(names.keySet());
        if (ids.isEmpty()) {
            return new Usage(partnershipId, from, to, activityUsage.getIfAvailable() != null, List.of(), List.of(),
                    List.of());
        }
        Set<Long> inArea = area;
        List<ReferralFact> referralFacts = referrals.inPeriod(ids, from == null ? LocalDate.of(1900, 1, 1) : from,
                to == null ? LocalDate.of(9999, 12, 31) : to).stream()
                .filter(r -> inArea == null || inArea.contains(r.getMunicipalityId()))
                .map(r -> new ReferralFact(r.getServiceId(), r.getMunicipalityId(), r.getStatus().isDelivered(),
                        r.getFeedbackScore())).toList();
        ActivityUsage usage = activityUsage.getIfAvailable();
        List<ActivityFact> activityFacts = usage == null ? List.of() : usage.usageOf(ids, from, to).stream()
                .filter(a -> inArea == null || (a.municipalityId() != null && inArea.contains(a.municipalityId())))
                .map(a -> new ActivityFact(a.serviceId(), a.municipalityId(), a.activities(), a.companies()))
                .toList();
        List<UsageFigures.Row> figures = UsageFigures.count(referralFacts, activityFacts);
        Set<Long> placeIds = new HashSet<>();
        figures.forEach(f -> {
            if (f.municipalityId() != null) {
                placeIds.add(f.municipalityId());
            }
        });
        Map<Long, String> places = geography.municipalities(placeIds).stream()
                .collect(Collectors.toMap(MunicipalityRef::id, MunicipalityRef::name, (a, b) -> a));
        List<Row> rows = figures.stream().map(f -> new Row(f.serviceId(), names.get(f.serviceId()),
                f.municipalityId(), f.municipalityId() == null ? null : places.get(f.municipalityId()), f.referrals(),
                f.delivered(), f.feedbackCount(), f.averageFeedback(), f.activities(), f.activityCompanies()))
                .sorted(Comparator.comparing(Row::serviceName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(r -> r.municipalityName() == null ? "" : r.municipalityName()))
                .toList();
        return new Usage(partnershipId, from, to, usage != null, rows,
                totals(rows, Row::serviceId, Row::serviceName), totals(rows, Row::municipalityId,
                        Row::municipalityName));
    }

    private static List<Total> totals(List<Row> rows, java.util.function.Function<Row, Long> key,
            java.util.function.Function<Row, String> label) {
        Map<Long, List<Row>> grouped = new LinkedHashMap<>();
        rows.forEach(r -> grouped.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return grouped.entrySet().stream().map(e -> {
            List<Row> group = e.getValue();
            long feedbackCount = group.stream().mapToLong(Row::feedbackCount).sum();
            double feedbackSum = group.stream().filter(r -> r.averageFeedback() != null)
                    .mapToDouble(r -> r.averageFeedback() * r.feedbackCount()).sum();
            return new Total(label.apply(group.get(0)), e.getKey(), group.stream().mapToLong(Row::referrals).sum(),
                    group.stream().mapToLong(Row::delivered).sum(), feedbackCount,
                    feedbackCount == 0 ? null : feedbackSum / feedbackCount,
                    group.stream().mapToLong(Row::activities).sum());
        }).sorted(Comparator.comparing(t -> t.label() == null ? "" : t.label(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
