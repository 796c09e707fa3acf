package no.kobling.project.agreement.application;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kobling.project.Agreements;
import no.kobling.project.agreement.application.AgreementService.AgreementCommand;
import no.kobling.project.agreement.application.AgreementViews.AreaView;
import no.kobling.project.agreement.persistence.AgreementRepository;
import no.kobling.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Agreements} for other modules, on top of {@link AgreementService}. */
@Service
class AgreementsFacade implements Agreements {

    private final AgreementService service;
    private final AreaService areas;
    private final AgreementRepository agreements;
    private final AgreementAccess access;

    AgreementsFacade(AgreementService service, AreaService areas, AgreementRepository agreements,
            AgreementAccess access) {
        this.service = service;
        this.areas = areas;
        this.agreements = agreements;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> idByTitle(String title) {
        var caller = access.caller();
        return agreements.findFirstByTitleIgnoreCase(title).filter(a -> access.maySee(caller, a))
                .map(a -> a.getId());
    }

    @Override
    @Transactional
    public long create(AgreementData data) {
        List<AreaView> all = areas.list(false);
        Set<Long> areaIds = new HashSet<>();
        for (String code : data.areaCodes()) {
            areaIds.add(all.stream().filter(a -> a.code().equals(code)).findFirst().map(AreaView::id)
                    .orElseThrow(() -> DomainException.rule("agreement-area-unknown", "agreement.error.area-unknown",
                            code)));
        }
        return service.create(new AgreementCommand(data.title(), data.purpose(), data.partyOrganisationIds(),
                areaIds, data.startDate(), data.endDate(), data.partnershipId())).id();
    }

    @Override
    public void sign(long agreementId, long organisationId, String signerName, LocalDate signedOn) {
        service.sign(agreementId, organisationId, signerName, signedOn);
    }

    @Override
    public long attach(long agreementId, String filename, byte[] content) {
        return service.attach(agreementId, filename, content).id();
    }

    @Override
    public List<String> areaCodes() {
        return areas.list(false).stream().map(AreaView::code).toList();
    }

    @Override
    public String status(long agreementId) {
        return service.get(agreementId).status().name();
    }
}
