package no.kobling.actor.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kobling.actor.Visibility;
import no.kobling.actor.domain.Partnership;
import no.kobling.actor.persistence.OrganisationRepository;
import no.kobling.actor.persistence.PartnershipRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link Visibility} with the one {@link TenancyRule}. */
@Service
class VisibilityFacade implements Visibility {

    private final TenancyRule rule;
    private final PartnershipRepository partnerships;
    private final OrganisationRepository organisations;

    VisibilityFacade(TenancyRule rule, PartnershipRepository partnerships, OrganisationRepository organisations) {
        this.rule = rule;
        this.partnerships = partnerships;
        this.organisations = organisations;
    }

    @Override
    public Set<Long> visibleOrganisationIds(long organisationId) {
        return Set.copyOf(rule.visibleOrganisationIds(organisationId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnershipInfo> partnershipsOf(long organisationId) {
        return sorted(partnerships.findWithMember(organisationId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnershipInfo> allPartnerships() {
        return sorted(partnerships.findAll());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PartnershipInfo> partnership(long partnershipId) {
        return partnerships.findById(partnershipId).map(this::info);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, PartnershipInfo> partnerships(Collection<Long> partnershipIds) {
        Map<Long, PartnershipInfo> found = new HashMap<>();
        if (!partnershipIds.isEmpty()) {
            partnerships.findAllById(partnershipIds).forEach(p -> found.put(p.getId(), info(p)));
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, OrganisationInfo> organisations(Collection<Long> organisationIds) {
        Map<Long, OrganisationInfo> found = new HashMap<>();
        if (!organisationIds.isEmpty()) {
            organisations.findAllById(organisationIds).forEach(o -> found.put(o.getId(), new OrganisationInfo(
                    o.getId(), o.getName(), o.getCountryCode(), o.getHomeMunicipalityId())));
        }
        return found;
    }

    private List<PartnershipInfo> sorted(List<Partnership> list) {
        return list.stream().map(this::info).sorted(Comparator.comparing(PartnershipInfo::name)
                .thenComparing(PartnershipInfo::id)).toList();
    }

    private PartnershipInfo info(Partnership p) {
        return new PartnershipInfo(p.getId(), p.getName(), p.getStartDate(), p.getEndDate(),
                p.isActiveOn(rule.today()), p.getMembers(), p.getMunicipalityIds());
    }
}
