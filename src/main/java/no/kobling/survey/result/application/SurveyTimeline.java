package no.kobling.survey.result.application;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.kobling.shared.LocalDay;
import no.kobling.shared.search.Authorities;
import no.kobling.shared.timeline.CompanyTimelineSource;
import no.kobling.shared.timeline.TimelineEntry;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.result.domain.SurveyResponseData;
import no.kobling.survey.result.persistence.SurveyResultQueries;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's completed survey answers on its timeline, on the day completed: the same answers the company's survey
 * page lists ({@link SurveyCompanyService#ofCompany}: surveys the caller may read, never anonymous ones), read
 * without the page's side effect (it stores need suggestions).
 */
@Component
class SurveyTimeline implements CompanyTimelineSource {

    private final SurveyResultAccess access;
    private final SurveyDefinitions definitions;
    private final SurveyResultQueries queries;

    SurveyTimeline(SurveyResultAccess access, SurveyDefinitions definitions, SurveyResultQueries queries) {
        this.access = access;
        this.definitions = definitions;
        this.queries = queries;
    }

    @Override
    public String kind() {
        return "survey";
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(long companyId, ZoneId zone) {
        if (!Authorities.any("MANAGE_SURVEYS", "VIEW_REPORTS")) {
            return List.of();
        }
        String lang = SurveyResultService.language(LocaleContextHolder.getLocale());
        List<TimelineEntry> found = new ArrayList<>();
        for (var e : queries.completedByCompany(companyId).entrySet()) {
            Optional<SurveyDef> def = definitions.find(e.getKey()).filter(d -> !d.anonymous())
                    .filter(access::mayRead);
            if (def.isEmpty()) {
                continue;
            }
            for (SurveyResponseData r : e.getValue()) {
                if (r.completedAt() != null) {
                    found.add(new TimelineEntry(kind(), r.id(), LocalDay.of(r.completedAt(), zone),
                            def.get().title(lang), null, "/companies/" + companyId + "/surveys"));
                }
            }
        }
        return found;
    }
}
