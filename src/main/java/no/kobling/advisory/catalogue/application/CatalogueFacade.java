package no.kobling.advisory.catalogue.application;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.kobling.advisory.Catalogue;
import org.springframework.stereotype.Service;

/** The catalogue's facade for other modules; delegates to the application services and their checks. */
@Service
class CatalogueFacade implements Catalogue {

    private final ServiceCatalogue catalogue;
    private final ReferralService referrals;
    private final ExpertFinder experts;
    private final BookingService bookings;

    CatalogueFacade(ServiceCatalogue catalogue, ReferralService referrals, ExpertFinder experts,
            BookingService bookings) {
        this.catalogue = catalogue;
        this.referrals = referrals;
        this.experts = experts;
        this.bookings = bookings;
    }

    @Override
    public Optional<Long> serviceIdByName(String name) {
        return catalogue.list(null, true).stream()
                .filter(s -> s.texts().values().stream().anyMatch(t -> name.equals(t.name())))
                .map(ServiceView::id).findFirst();
    }

    @Override
    public long createService(ServiceData d) {
        Map<String, ServiceCommand.Text> texts = new HashMap<>();
        d.names().forEach((lang, name) -> texts.put(lang, new ServiceCommand.Text(name,
                d.descriptions().get(lang))));
        return catalogue.create(new ServiceCommand(d.providerOrganisationId(), texts, d.partnershipId(),
                d.municipalityIds(), d.targetGroups(), d.capacityPerMonth())).id();
    }

    @Override
    public long refer(long serviceId, long companyId, String note) {
        return referrals.refer(serviceId, companyId, note).id();
    }

    @Override
    public java.util.List<Long> taggedWith(long projectId) {
        return referrals.taggedWith(projectId);
    }

    @Override
    public void moveReferral(long referralId, String action) {
        referrals.move(referralId, action);
    }

    @Override
    public void giveFeedback(long referralId, int score, String comment) {
        referrals.feedback(referralId, score, comment);
    }

    @Override
    public void setExpertCapacity(long personId, int hoursPerMonth) {
        experts.setCapacity(personId, hoursPerMonth);
    }

    @Override
    public long bookExpert(long personId, long companyId, YearMonth month, BigDecimal hours,
            String competenceCode) {
        return bookings.book(new BookingService.BookCommand(personId, companyId, month, hours, competenceCode, null,
                null)).id();
    }
}
