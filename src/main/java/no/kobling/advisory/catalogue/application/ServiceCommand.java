package no.kobling.advisory.catalogue.application;

import java.util.Map;
import java.util.Set;

/** What describes a service: texts by language (name, description), provider, where offered, groups, capacity. */
public record ServiceCommand(Long providerOrganisationId, Map<String, Text> texts, Long partnershipId,
        Set<Long> municipalityIds, Set<String> targetGroups, Integer capacityPerMonth) {

    public ServiceCommand {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        municipalityIds = municipalityIds == null ? Set.of() : Set.copyOf(municipalityIds);
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
    }

    public record Text(String name, String description) {
    }
}
