package no.kobling.project.agreement.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.kobling.actor.Visibility;
import no.kobling.actor.Visibility.OrganisationInfo;
import no.kobling.project.agreement.domain.Agreement;
import no.kobling.project.agreement.domain.AgreementArea;
import no.kobling.project.agreement.domain.AgreementParty;
import no.kobling.project.agreement.domain.AgreementVersion;
import no.kobling.project.agreement.persistence.AgreementAreaRepository;
import no.kobling.project.agreement.persistence.AgreementVersionRepository;
import no.kobling.project.document.DocumentStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a version row (who, when, what changed, a JSON snapshot of the terms) for each new terms version. */
@Component
class AgreementHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AgreementVersionRepository versions;
    private final AgreementAreaRepository areas;
    private final Visibility visibility;
    private final DocumentStore documents;
    private final Clock clock;

    AgreementHistory(AgreementVersionRepository versions, AgreementAreaRepository areas, Visibility visibility,
            DocumentStore documents, Clock clock) {
        this.versions = versions;
        this.areas = areas;
        this.visibility = visibility;
        this.documents = documents;
        this.clock = clock;
    }

    void record(Agreement a, String by, List<String> changes) {
        versions.save(new AgreementVersion(a.getId(), a.getTermsVersion(), by, clock.instant(),
                String.join(",", changes), snapshot(a)));
    }

    String snapshot(Agreement a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("termsVersion", a.getTermsVersion());
        s.put("title", a.getTitle());
        s.put("purpose", a.getPurpose());
        s.put("startDate", a.getStartDate().toString());
        s.put("endDate", a.getEndDate() == null ? null : a.getEndDate().toString());
        s.put("partnershipId", a.getPartnershipId());
        s.put("areas", new TreeSet<>(areas.findAllById(a.getAreaIds()).stream().map(AgreementArea::getCode)
                .toList()));
        Set<Long> orgIds = new TreeSet<>();
        a.getParties().forEach(p -> orgIds.add(p.getOrganisationId()));
        Map<Long, OrganisationInfo> names = visibility.organisations(orgIds);
        List<Map<String, Object>> parties = new ArrayList<>();
        for (AgreementParty p : a.getParties()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("organisationId", p.getOrganisationId());
            m.put("name", AgreementService.name(names, p.getOrganisationId()));
            parties.add(m);
        }
        s.put("parties", parties);
        List<Map<String, Object>> docs = new ArrayList<>();
        a.getDocumentIds().stream().sorted().forEach(id -> documents.find(id).ifPresent(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("filename", d.filename());
            m.put("sha256", d.sha256());
            docs.add(m);
        }));
        s.put("documents", docs);
        return JSON.writeValueAsString(s);
    }
}
