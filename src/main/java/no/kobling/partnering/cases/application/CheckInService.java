package no.kobling.partnering.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.identity.SystemAccess;
import no.kobling.partnering.cases.application.CaseAccess.Caller;
import no.kobling.partnering.cases.application.CaseCommands.NewOutcome;
import no.kobling.partnering.cases.application.CaseViews.CaseCard;
import no.kobling.partnering.cases.application.CheckInViews.CaseCheckIns;
import no.kobling.partnering.cases.application.CheckInViews.CheckInView;
import no.kobling.partnering.cases.application.CheckInViews.ContactView;
import no.kobling.partnering.cases.application.CheckInViews.FollowUpCheckIns;
import no.kobling.partnering.cases.domain.CheckIn;
import no.kobling.partnering.cases.domain.CheckInContact;
import no.kobling.partnering.cases.domain.CheckInStatus;
import no.kobling.partnering.cases.domain.FollowUp;
import no.kobling.partnering.cases.domain.PartnerCase;
import no.kobling.partnering.cases.domain.Side;
import no.kobling.partnering.cases.persistence.CaseRepository;
import no.kobling.partnering.cases.persistence.CheckInContactRepository;
import no.kobling.partnering.cases.persistence.CheckInRepository;
import no.kobling.partnering.cases.persistence.FollowUpRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follow-up check-ins of partner cases (docs/partner-cases.md "Check-ins"): the daily job that asks both companies at
 * each follow-up date, the contacts the questions go to, and the facilitators' side: the check-ins of a case,
 * confirming a reported outcome (recorded through {@link CaseService#recordOutcome}, so figures count it only then),
 * dismissing it, and reminding a company that has not answered.
 */
@Service
public class CheckInService {

    /** A follow-up date missed by the job (e.g. the server was down) is still asked about within this many days. */
    public static final int CATCH_UP_DAYS = 14;
    private static final Logger LOG = LoggerFactory.getLogger(CheckInService.class);

    private final CheckInRepository checkIns;
    private final CheckInContactRepository contacts;
    private final CaseRepository cases;
    private final FollowUpRepository followUps;
    private final CaseAccess access;
    private final CaseViews views;
    private final CaseService caseService;
    private final CaseDays days;
    private final CheckInMailer mailer;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CheckInService(CheckInRepository checkIns, CheckInContactRepository contacts, CaseRepository cases,
            FollowUpRepository followUps, CaseAccess access, CaseViews views, CaseService caseService, CaseDays days,
            CheckInMailer mailer, MessageSource messages, PlatformTransactionManager tm, Clock clock) {
        this.checkIns = checkIns;
        this.contacts = contacts;
        this.cases = cases;
        this.followUps = followUps;
        this.access = access;
        this.views = views;
        this.caseService = caseService;
        this.days = days;
        this.mailer = mailer;
        this.messages = messages;
        this.transaction = new TransactionTemplate(tm);
        this.clock = clock;
    }

    /**
     * The daily job: for each follow-up of an open case due today (in its partnership's zone) or in the
     * {@value #CATCH_UP_DAYS} days before, one check-in to each company with a subscribed contact. Each check-in is
     * stored under a unique key (follow-up, side) in the transaction that queues its e-mail: run twice, or on two
     * nodes, it is sent once; a failure sends nothing and is retried on the next run. Returns the number sent.
     */
    public int sendDue(Instant now) {
        return SystemAccess.run(() -> sendAll(now));
    }

    private int sendAll(Instant now) {
        LocalDate latest = Zones.SUPPORTED.stream().map(z -> LocalDay.of(now, z)).max(LocalDate::compareTo)
                .orElseThrow();
        List<FollowUp> due = transaction.execute(s -> checkIns.followUpsDueBetween(
                latest.minusDays(CATCH_UP_DAYS + 1L), latest));
        int sent = 0;
        for (FollowUp f : due == null ? List.<FollowUp>of() : due) {
            for (Side side : Side.values()) {
                try {
                    if (Boolean.TRUE.equals(transaction.execute(s -> send(f, side, now)))) {
                        sent++;
                    }
                } catch (DataIntegrityViolationException taken) {
                    // another node stored this check-in first: it sends it
                } catch (RuntimeException e) {
                    LOG.warn("Check-in for follow-up {} side {} failed; retried on the next run", f.getId(), side, e);
                }
            }
        }
        return sent;
    }

    private boolean send(FollowUp f, Side side, Instant now) {
        if (checkIns.existsByFollowUpIdAndSide(f.getId(), side)) {
            return false;
        }
        PartnerCase c = cases.findById(f.getCaseId()).orElseThrow();
        LocalDate today = LocalDay.of(now, days.partnershipZone(c.getPartnershipId()));
        Long company = side == Side.A ? Long.valueOf(c.getCompanyAId()) : c.getCompanyBId();
        if (!c.isOpen() || company == null || f.getDueOn().isAfter(today)
                || f.getDueOn().isBefore(today.minusDays(CATCH_UP_DAYS))) {
            return false;
        }
        Optional<CheckInContact> contact = contacts.findByCaseIdAndSide(c.getId(), side)
                .filter(CheckInContact::isSubscribed);
        if (contact.isEmpty()) {
            return false;
        }
        CheckIn checkIn = checkIns.saveAndFlush(new CheckIn(c.getId(), f.getId(), side, company,
                contact.get().getEmail(), contact.get().getLanguage(), now));
        mail(c, checkIn, contact.get().getEmail(), false, now);
        return true;
    }

    private void mail(PartnerCase c, CheckIn checkIn, String address, boolean reminder, Instant now) {
        CaseCard card = views.cards(List.of(c), Map.of()).get(0);
        boolean a = checkIn.getSide() == Side.A;
        String company = a ? card.companyA().name() : card.companyB().name();
        String other = a ? card.companyB().name() : card.companyA().name();
        mailer.send(checkIn, address, company, other, reminder, now);
    }

    /** The check-ins and contacts of a case the caller may see (404 otherwise). */
    @Transactional(readOnly = true)
    @PreAuthorize(CaseAccess.READ)
    public CaseCheckIns forCase(long caseId) {
        Caller caller = access.caller();
        PartnerCase c = access.visible(caller, caseId);
        boolean mayChange = caller.mayChange(c) && c.isOpen();
        CaseCard card = views.cards(List.of(c), Map.of()).get(0);
        Map<Side, CheckInContact> bySide = contacts.findByCaseId(caseId).stream()
                .collect(Collectors.toMap(CheckInContact::getSide, Function.identity()));
        List<ContactView> contactViews = new ArrayList<>();
        for (Side side : Side.values()) {
            CaseViews.Named company = side == Side.A ? card.companyA() : card.companyB();
            if (company == null) {
                continue;
            }
            CheckInContact ct = bySide.get(side);
            contactViews.add(new ContactView(side, company.id(), company.name(), ct == null ? null : ct.getEmail(),
                    ct == null ? null : ct.getLanguage(), ct != null && ct.isSubscribed()));
        }
        return new CaseCheckIns(caseId, mayChange, contactViews,
                group(checkIns.findByCaseIdOrderByFollowUpIdAscSideAsc(caseId), Map.of(caseId, card), mayChange));
    }

    /**
     * For the board: per case among {@code caseIds} that the caller may see, the check-ins of its latest follow-up
     * date that has any.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(CaseAccess.READ)
    public Map<Long, FollowUpCheckIns> latestByCase(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Caller caller = access.caller();
        List<PartnerCase> visible = cases.findAllById(caseIds).stream().filter(caller::canSee).toList();
        Map<Long, CaseCard> cards = views.cards(visible, Map.of()).stream()
                .collect(Collectors.toMap(CaseCard::id, Function.identity()));
        Map<Long, List<CheckIn>> byCase = checkIns.findByCaseIdIn(cards.keySet()).stream()
                .collect(Collectors.groupingBy(CheckIn::getCaseId));
        Map<Long, FollowUpCheckIns> latest = new HashMap<>();
        byCase.forEach((caseId, list) -> {
            List<FollowUpCheckIns> groups = group(list, cards, false);
            if (!groups.isEmpty()) {
                latest.put(caseId, groups.get(groups.size() - 1));
            }
        });
        return latest;
    }

    private List<FollowUpCheckIns> group(List<CheckIn> list, Map<Long, CaseCard> cards, boolean mayChange) {
        Map<Long, LocalDate> due = followUps.findAllById(list.stream().map(CheckIn::getFollowUpId).distinct()
                .toList()).stream().collect(Collectors.toMap(FollowUp::getId, FollowUp::getDueOn));
        // "reminded today" is the rule's day: today in the case's partnership zone, as remind() records it (in the
        // viewer's zone a Finnish facilitator was offered a second reminder from 22:00 UTC that the rule then refused)
        Map<Long, java.time.ZoneId> zones = days.partnershipZones(cards.values().stream()
                .filter(card -> card != null && card.partnership() != null).map(card -> card.partnership().id())
                .distinct().toList());
        Map<Long, List<CheckInView>> byFollowUp = new LinkedHashMap<>();
        list.stream().sorted(java.util.Comparator.comparing((CheckIn ci) -> due.get(ci.getFollowUpId()))
                .thenComparing(CheckIn::getFollowUpId).thenComparing(CheckIn::getSide))
                .forEach(ci -> {
                    CaseCard card = cards.get(ci.getCaseId());
                    java.time.ZoneId zone = card == null || card.partnership() == null ? null
                            : zones.get(card.partnership().id());
                    LocalDate today = zone == null ? days.viewerToday() : LocalDay.today(clock, zone);
                    byFollowUp.computeIfAbsent(ci.getFollowUpId(), k -> new ArrayList<>())
                            .add(view(ci, due.get(ci.getFollowUpId()), card, mayChange, today));
                });
        return byFollowUp.entrySet().stream().map(e -> new FollowUpCheckIns(e.getKey(), due.get(e.getKey()),
                e.getValue())).toList();
    }

    private CheckInView view(CheckIn ci, LocalDate dueOn, CaseCard card, boolean mayChange, LocalDate today) {
        CaseViews.Named company = ci.getSide() == Side.A ? card.companyA() : card.companyB();
        String name = company != null && company.id() == ci.getCompanyId() ? company.name()
                : "#" + ci.getCompanyId();
        return new CheckInView(ci.getId(), ci.getCaseId(), ci.getFollowUpId(), dueOn, ci.getSide(),
                ci.getCompanyId(), name, ci.getStatus(), ci.getAnswer(), ci.getAmount(), ci.getCurrency(),
                ci.getSentAt(), ci.getAnsweredAt(), ci.getDecidedBy(), ci.getDecidedAt(), ci.getOutcomeId(),
                ci.getRemindedOn(), mayChange && ci.awaitsDecision(),
                mayChange && ci.getStatus() == CheckInStatus.SENT
                        && (ci.getRemindedOn() == null || ci.getRemindedOn().isBefore(today)));
    }

    /** Sets whom a side's check-ins go to (a facilitator of the open case); the contact agreed to be asked. */
    @Transactional
    @PreAuthorize(CaseAccess.WRITE)
    public void setContact(long caseId, Side side, String email, String language) {
        Caller caller = access.caller();
        PartnerCase c = access.changeable(caller, caseId);
        c.requireOpen();
        if (side == null) {
            throw DomainException.rule("checkin-side-required", "checkin.error.side-required");
        }
        if (side == Side.B && c.getCompanyBId() == null) {
            throw DomainException.rule("partner-required", "cases.error.partner-required");
        }
        Instant now = clock.instant();
        contacts.findByCaseIdAndSide(caseId, side).ifPresentOrElse(ct -> ct.change(email, language, caller.name(),
                now), () -> contacts.save(new CheckInContact(caseId, side, email, language, caller.name(), now)));
    }

    /**
     * Confirms the outcome an answer reports: it is recorded as a case outcome (the day of the answer; a no-fit with
     * the company's answer as reason), so figures and indicators count it from now on.
     */
    @Transactional
    @PreAuthorize(CaseAccess.WRITE)
    public long confirm(long caseId, long checkInId) {
        Caller caller = access.caller();
        access.changeable(caller, caseId);
        CheckIn ci = checkIn(caseId, checkInId);
        ci.requireConfirmable();
        CaseCard card = views.cards(List.of(cases.findById(caseId).orElseThrow()), Map.of()).get(0);
        String company = ci.getSide() == Side.A ? card.companyA().name() : card.companyB().name();
        String note = messages.getMessage("checkin.outcome.note", new Object[] {company},
                LocaleContextHolder.getLocale());
        LocalDate day = LocalDay.of(ci.getAnsweredAt(), days.viewerZone());
        LocalDate today = days.viewerToday();
        long outcome = caseService.recordOutcome(caseId, new NewOutcome(ci.getAnswer().outcome(),
                day.isAfter(today) ? today : day, ci.getAmount(), ci.getCurrency(),
                ci.getAnswer() == no.kobling.partnering.cases.domain.CheckInAnswer.NO_FIT ? note : null, note));
        ci.confirm(outcome, caller.name(), clock.instant());
        return outcome;
    }

    /** Keeps an answer as information only: its outcome never counts. */
    @Transactional
    @PreAuthorize(CaseAccess.WRITE)
    public void dismiss(long caseId, long checkInId) {
        Caller caller = access.caller();
        access.changeable(caller, caseId).requireOpen();
        checkIn(caseId, checkInId).dismiss(caller.name(), clock.instant());
    }

    /**
     * Reminds a company that has not answered (once per day in the partnership's zone), with fresh links; the first
     * e-mail's links keep working. Refused once answered or when the contact unsubscribed.
     */
    @Transactional
    @PreAuthorize(CaseAccess.WRITE)
    public void remind(long caseId, long checkInId) {
        Caller caller = access.caller();
        PartnerCase c = access.changeable(caller, caseId);
        c.requireOpen();
        CheckIn ci = checkIn(caseId, checkInId);
        CheckInContact contact = contacts.findByCaseIdAndSide(caseId, ci.getSide())
                .filter(CheckInContact::isSubscribed)
                .orElseThrow(() -> DomainException.rule("checkin-unsubscribed", "checkin.error.unsubscribed"));
        Instant now = clock.instant();
        ci.remind(LocalDay.of(now, days.partnershipZone(c.getPartnershipId())));
        mail(c, ci, contact.getEmail(), true, now);
    }

    private CheckIn checkIn(long caseId, long checkInId) {
        return checkIns.findById(checkInId).filter(ci -> ci.getCaseId() == caseId)
                .orElseThrow(() -> new NotFoundException("checkin", checkInId));
    }

    /** The job at the current time. */
    public void sendDue() {
        int sent = sendDue(clock.instant());
        if (sent > 0) {
            LOG.info("Sent {} follow-up check-ins", sent);
        }
    }
}
