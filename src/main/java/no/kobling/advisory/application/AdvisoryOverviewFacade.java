package no.kobling.advisory.application;

import java.math.BigDecimal;
import java.util.List;
import no.kobling.advisory.AdvisoryOverview;
import no.kobling.advisory.catalogue.application.BookingService;
import no.kobling.advisory.catalogue.application.BookingView;
import no.kobling.advisory.catalogue.application.ReferralService;
import no.kobling.advisory.catalogue.application.ReferralView;
import no.kobling.company.CompanyRef;
import org.springframework.stereotype.Component;

/** The home page's view of the advisory module: the services below check permissions and tenancy. */
@Component
class AdvisoryOverviewFacade implements AdvisoryOverview {

    private final WorkspaceService workspace;
    private final FunnelService funnel;
    private final ReferralService referrals;
    private final BookingService bookings;

    AdvisoryOverviewFacade(WorkspaceService workspace, FunnelService funnel, ReferralService referrals,
            BookingService bookings) {
        this.workspace = workspace;
        this.funnel = funnel;
        this.referrals = referrals;
        this.bookings = bookings;
    }

    @Override
    public List<DueFollowUp> followUpsDue() {
        return workspace.followUps(false).stream().map(f -> new DueFollowUp(f.activityId(), f.due(), f.overdue(),
                f.kindName(), f.companies())).toList();
    }

    @Override
    public List<CompanyRef> myCompanies(int limit) {
        return workspace.myCompanies(limit);
    }

    @Override
    public List<PyramidFigures> pyramids() {
        return funnel.partnerships().stream().map(p -> {
            FunnelService.Pyramid pyramid = funnel.pyramid(new PyramidQuery(p.id(), null, null, null, null));
            return new PyramidFigures(p.id(), pyramid.partnershipName(), pyramid.activities(),
                    pyramid.steps().stream().map(s -> new Level(s.level().name(), s.companies())).toList());
        }).toList();
    }

    @Override
    public List<WaitingReferral> referralsWaiting(int limit) {
        return referrals.waitingForMyOrganisation(limit).stream().map(AdvisoryOverviewFacade::referral).toList();
    }

    @Override
    public List<WaitingReferral> referralsOfCompany(long companyId) {
        return referrals.ofCompany(companyId).stream().map(AdvisoryOverviewFacade::referral).toList();
    }

    @Override
    public ExpertMonth expertMonth() {
        BookingService.ExpertMonthView view = bookings.expertMonth();
        BigDecimal booked = view.bookings().stream().map(BookingView::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ExpertMonth(view.expert(), view.month(), view.capacity(), booked,
                view.capacity().subtract(booked).max(BigDecimal.ZERO),
                view.bookings().stream().map(b -> new ExpertBooking(b.id(), b.companyName(), b.hours(),
                        b.delivered())).toList());
    }

    private static WaitingReferral referral(ReferralView r) {
        return new WaitingReferral(r.id(), r.serviceId(), r.serviceName(), r.companyId(), r.companyName(), r.status().name(),
                r.referredOn());
    }
}
