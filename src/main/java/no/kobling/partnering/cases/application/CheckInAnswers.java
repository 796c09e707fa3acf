package no.kobling.partnering.cases.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kobling.identity.SystemAccess;
import no.kobling.notification.Notifications;
import no.kobling.partnering.cases.application.CaseViews.CaseCard;
import no.kobling.partnering.cases.application.CheckInViews.PublicCheckIn;
import no.kobling.partnering.cases.domain.CaseEntry;
import no.kobling.partnering.cases.domain.CheckIn;
import no.kobling.partnering.cases.domain.CheckInAnswer;
import no.kobling.partnering.cases.domain.EntryKind;
import no.kobling.partnering.cases.domain.PartnerCase;
import no.kobling.partnering.cases.domain.Side;
import no.kobling.partnering.cases.persistence.CaseEntryRepository;
import no.kobling.partnering.cases.persistence.CaseRepository;
import no.kobling.partnering.cases.persistence.CheckInContactRepository;
import no.kobling.partnering.cases.persistence.CheckInRepository;
import no.kobling.partnering.cases.persistence.CheckInTokenRepository;
import no.kobling.partnering.cases.persistence.FollowUpRepository;
import no.kobling.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The company's side of a check-in, through the token of its e-mail link and without signing in: what the page shows,
 * the one answer (into the case thread as a system entry naming the company, and a notification to the facilitators),
 * and unsubscribing. An unknown token answers 404 ({@code checkin-unknown}); a second answer 409.
 */
@Service
public class CheckInAnswers {

    private final CheckInTokenRepository tokens;
    private final CheckInRepository checkIns;
    private final CheckInContactRepository contacts;
    private final CaseRepository cases;
    private final FollowUpRepository followUps;
    private final CaseEntryRepository entries;
    private final CaseViews views;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CheckInAnswers(CheckInTokenRepository tokens, CheckInRepository checkIns, CheckInContactRepository contacts,
            CaseRepository cases, FollowUpRepository followUps, CaseEntryRepository entries, CaseViews views,
            Notifications notifications, PlatformTransactionManager tm, Clock clock) {
        this.tokens = tokens;
        this.checkIns = checkIns;
        this.contacts = contacts;
        this.cases = cases;
        this.followUps = followUps;
        this.entries = entries;
        this.views = views;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(tm);
        this.clock = clock;
    }

    /** The check-in behind a link; empty for an unknown token. */
    public Optional<PublicCheckIn> find(String token) {
        return SystemAccess.run(() -> transaction.execute(s -> checkIn(token).map(this::view)));
    }

    /**
     * Answers the check-in behind the link (once: {@code checkin-answered} after that). A deal needs a value and a
     * currency (NOK, SEK, EUR).
     */
    public PublicCheckIn answer(String token, CheckInAnswer answer, BigDecimal amount, String currency) {
        return SystemAccess.run(() -> transaction.execute(s -> {
            CheckIn ci = checkIn(token).orElseThrow(() -> new NotFoundException("checkin", "token"));
            Instant now = clock.instant();
            ci.answer(answer, amount, currency, now);
            PartnerCase c = cases.findById(ci.getCaseId()).orElseThrow();
            String company = names(c, ci)[0];
            String body = answer.name() + (ci.getAmount() == null ? ""
                    : " " + ci.getAmount().toPlainString() + " " + ci.getCurrency());
            entries.save(new CaseEntry(c.getId(), EntryKind.CHECKIN, null, company, body, now));
            String label = views.label(c);
            for (long user : new LinkedHashSet<>(List.of(c.getFacilitatorAId(), c.getFacilitatorBId()))) {
                notifications.notify(user, "checkin.notify.answered", List.of(label, company),
                        "/cases/" + c.getId() + "#checkins");
            }
            return view(ci);
        }));
    }

    /** The contact behind the link gets no more check-ins of this case (until a facilitator sets a contact again). */
    public void unsubscribe(String token) {
        SystemAccess.run(() -> transaction.executeWithoutResult(s -> {
            CheckIn ci = checkIn(token).orElseThrow(() -> new NotFoundException("checkin", "token"));
            contacts.findByCaseIdAndSide(ci.getCaseId(), ci.getSide())
                    .filter(ct -> ct.getEmail().equalsIgnoreCase(ci.getEmail()))
                    .ifPresent(ct -> ct.unsubscribe(clock.instant()));
        }));
    }

    private Optional<CheckIn> checkIn(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(CheckInMailer.hash(token)).flatMap(t -> checkIns.findById(t.getCheckInId()));
    }

    private PublicCheckIn view(CheckIn ci) {
        PartnerCase c = cases.findById(ci.getCaseId()).orElseThrow();
        String[] names = names(c, ci);
        return new PublicCheckIn(ci.getId(), ci.getLanguage(), names[0], names[1],
                followUps.findById(ci.getFollowUpId()).map(f -> f.getDueOn()).orElse(null), ci.getStatus(),
                ci.getAnswer(), ci.getAmount(), ci.getCurrency());
    }

    /** The asked company's name and the other's. */
    private String[] names(PartnerCase c, CheckIn ci) {
        CaseCard card = views.cards(List.of(c), Map.of()).get(0);
        boolean a = ci.getSide() == Side.A;
        return new String[] {a ? card.companyA().name() : card.companyB().name(),
                a ? card.companyB().name() : card.companyA().name()};
    }
}
