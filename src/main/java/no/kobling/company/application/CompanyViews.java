package no.kobling.company.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.company.application.Views.ChangeView;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.company.application.Views.FigureView;
import no.kobling.company.application.Views.FormerNameView;
import no.kobling.company.application.Views.TargetGroupView;
import no.kobling.company.domain.Company;
import no.kobling.company.domain.CompanyChange;
import no.kobling.company.domain.FormerName;
import no.kobling.company.domain.TargetGroup;
import no.kobling.geo.Geography;
import no.kobling.shared.WebAddresses;
import no.kobling.geo.MunicipalityRef;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Maps entities to read models, naming municipalities and target groups in the caller's language. */
@Component
public class CompanyViews {

    private final Geography geography;

    CompanyViews(Geography geography) {
        this.geography = geography;
    }

    public CompanyView company(Company c) {
        MunicipalityRef m = c.getMunicipalityId() == null ? null
                : geography.municipality(c.getMunicipalityId()).orElse(null);
        return new CompanyView(c.getId(), c.getCountryCode(), c.getOrgNumber(), c.getName(),
                c.getFormerNames().stream().sorted(Comparator.comparing(FormerName::getName))
                        .map(f -> new FormerNameView(f.getName(), f.getValidUntil())).toList(),
                c.getLegalForm(), c.getLegalFormName(), c.getNationalIndustryCode(), c.naceCode(),
                c.getMunicipalityId(), m == null ? null : m.name(), m == null ? null : m.regionName(),
                c.getPostalAddress(), c.getPostalCode(), c.getPostalCity(), c.getBusinessAddress(),
                c.getBusinessPostalCode(), c.getBusinessCity(), WebAddresses.withScheme(c.getWebsite()), c.getEmail(),
                c.getPhone(),
                c.getEmployees(), c.getSizeBand(), c.getFoundedOn(), c.getRegisteredOn(), c.getStatus(),
                c.getStatusDate(), c.getDescription(), c.languageList(), c.getSource(),
                targetGroups(c.getTargetGroups()),
                c.getFigures().stream().map(f -> new FigureView(f.getFiscalYear(), f.getRevenue(), f.getCurrency(),
                        f.getEmployees(), f.getSource(), f.getVersion())).toList(),
                c.getMergedIntoId(), c.getUpdatedAt(), c.getVersion());
    }

    public List<TargetGroupView> targetGroups(Collection<TargetGroup> groups) {
        String language = language();
        return groups.stream().sorted(Comparator.comparing(TargetGroup::getId))
                .map(g -> new TargetGroupView(g.getCode(), g.nameIn(language))).toList();
    }

    public ChangeView change(CompanyChange c) {
        return new ChangeView(c.getId(), c.getOccurredAt(), c.getActor(), c.getKind(), c.getImportRunId(),
                c.getChangedFields());
    }

    /** Municipality names by id (missing ids are left out). */
    public Map<Long, MunicipalityRef> municipalities(Collection<Long> ids) {
        List<Long> known = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (known.isEmpty()) {
            return Map.of();
        }
        return geography.municipalities(known).stream()
                .collect(Collectors.toMap(MunicipalityRef::id, Function.identity(), (a, b) -> a));
    }

    public static String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }
}
