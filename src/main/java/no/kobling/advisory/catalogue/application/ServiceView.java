package no.kobling.advisory.catalogue.application;

import java.util.List;
import java.util.Map;
import no.kobling.advisory.catalogue.domain.ServiceStatus;
import no.kobling.geo.MunicipalityRef;

/** A service as pages and the API show it; {@code name}/{@code description} in the reader's language. */
public record ServiceView(long id, String name, String description, String language,
        Map<String, ServiceCommand.Text> texts, long providerOrganisationId, String providerName,
        Long partnershipId, String partnershipName, List<MunicipalityRef> municipalities,
        List<Option> targetGroups, Integer capacityPerMonth, ServiceStatus status, long version, boolean editable) {

    public record Option(String code, String name) {
    }
}
