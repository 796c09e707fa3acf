package no.kobling.actor.application;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import no.kobling.actor.ActorZones;
import no.kobling.actor.domain.Organisation;
import no.kobling.actor.domain.Partnership;
import no.kobling.actor.persistence.OrganisationRepository;
import no.kobling.actor.persistence.PartnershipRepository;
import no.kobling.shared.Zones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ActorZonesFacade implements ActorZones {

    private final OrganisationRepository organisations;
    private final PartnershipRepository partnerships;

    ActorZonesFacade(OrganisationRepository organisations, PartnershipRepository partnerships) {
        this.organisations = organisations;
        this.partnerships = partnerships;
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId organisation(Long organisationId) {
        return organisationId == null ? Zones.DEFAULT
                : organisations.findById(organisationId).map(Organisation::zone).orElse(Zones.DEFAULT);
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId partnership(Long partnershipId) {
        return partnershipId == null ? Zones.DEFAULT
                : partnerships.findById(partnershipId).map(Partnership::zone).orElse(Zones.DEFAULT);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, ZoneId> partnerships(Collection<Long> partnershipIds) {
        Map<Long, ZoneId> zones = new HashMap<>();
        partnershipIds.forEach(id -> zones.put(id, Zones.DEFAULT));
        partnerships.findAllById(new HashSet<>(partnershipIds)).forEach(p -> zones.put(p.getId(), p.zone()));
        return zones;
    }
}
