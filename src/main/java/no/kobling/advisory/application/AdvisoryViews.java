package no.kobling.advisory.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kobling.advisory.domain.FunnelLevel;
import no.kobling.advisory.domain.NeedPriority;
import no.kobling.advisory.domain.NeedStatus;
import no.kobling.advisory.domain.Visibility;
import no.kobling.company.CompanyRef;

/** What the pages and the API show. */
public final class AdvisoryViews {

    private AdvisoryViews() {
    }

    public record Named(long id, String name) {
    }

    public record KindView(long id, String code, String name, FunnelLevel funnelLevel, boolean builtin,
            boolean archived, Map<String, String> names, long version) {
    }

    public record ActivityView(long id, long kindId, String kindCode, String kindName, LocalDate date,
            BigDecimal hours, long organisationId, String organisationName, Long municipalityId,
            String municipalityName, Long serviceId, String serviceName, String notes, Visibility visibility,
            LocalDate followUpDate, boolean followUpDone, List<Named> advisors, List<CompanyRef> companies,
            List<Named> entrepreneurs, boolean editable, long version, Long projectId, String projectName) {
    }

    public record NeedTypeView(long id, String code, String name, List<String> competences) {
    }

    public record NeedView(long id, long companyId, String typeCode, String typeName, NeedPriority priority,
            NeedStatus status, String note, long organisationId, String organisationName, List<Long> activityIds,
            boolean editable, long version) {
    }

    public record FollowUp(long activityId, LocalDate due, boolean overdue, String kindName, List<CompanyRef> companies) {
    }
}
