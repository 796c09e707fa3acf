package no.kobling.actor.application;

import java.util.List;
import no.kobling.actor.NetworkRole;
import no.kobling.geo.MunicipalityRef;

/** A person in the network; competence names in the viewer's language. */
public record PersonView(long id, String name, List<NetworkRole> roles, long organisationId,
        String organisationName, MunicipalityRef homeMunicipality, List<String> languages,
        List<CompetenceView> competences, String email, String phone, boolean sharedWithPartnerships, Long userId,
        long version) {
}
