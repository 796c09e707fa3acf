package no.kobling.event.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.company.OrganisationNumbers;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Meeting;
import no.kobling.event.domain.MeetingRequest;
import no.kobling.event.domain.Participant;
import no.kobling.event.domain.Participant.SlotRef;
import no.kobling.event.persistence.EventMeetingRepository;
import no.kobling.event.persistence.EventParticipantRepository;
import no.kobling.event.persistence.EventRequestRepository;
import no.kobling.event.persistence.EventSessionRepository;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserDirectory;
import no.kobling.notification.Notifications;
import org.springframework.beans.factory.ObjectProvider;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration (public page with consent, or by an advisor, representative or organiser), approval, removal,
 * availability and caps, and check-in.
 */
@Service
public class ParticipantService {

    private final EventParticipantRepository participants;
    private final EventMeetingRepository meetings;
    private final EventRequestRepository requests;
    private final EventSessionRepository sessions;
    private final EventAccess access;
    private final Companies companies;
    private final RateLimiter limiter;
    private final TransactionTemplate tx;
    private final int perEvent;
    private final Duration eventWindow;
    private final Clock clock;
    private final ObjectProvider<Notifications> notifications;
    private final UserDirectory users;

    ParticipantService(EventParticipantRepository participants, EventMeetingRepository meetings, EventRequestRepository requests,
            EventSessionRepository sessions, EventAccess access, Companies companies, RateLimiter limiter,
            PlatformTransactionManager transactions,
            @Value("${kobling.public-forms.per-event:20}") int perEvent,
            @Value("${kobling.public-forms.event-window:1m}") Duration eventWindow, Clock clock,
            ObjectProvider<Notifications> notifications, UserDirectory users) {
        this.notifications = notifications;
        this.users = users;
        this.limiter = limiter;
        this.tx = new TransactionTemplate(transactions);
        this.perEvent = perEvent;
        this.eventWindow = eventWindow;
        this.participants = participants;
        this.meetings = meetings;
        this.requests = requests;
        this.sessions = sessions;
        this.access = access;
        this.companies = companies;
        this.clock = clock;
    }

    /** A registration by a signed-in user for a company they may see (consent confirmed on the company's behalf). */
    public record Registration(long companyId, Participant.Type type, String contactName, String contactEmail,
            boolean consent) {
    }

    /** A public registration: the company by country and organisation number. */
    public record PublicRegistration(String countryCode, String orgNumber, String companyName,
            Participant.Type type, String contactName, String contactEmail, boolean consent) {
    }

    /**
     * Registers a company for an open event (organisers: any event). Organisers' registrations are approved at once;
     * others wait for approval. Needs organiser rights, MANAGE_COMPANIES (an advisor) or REPRESENT_COMPANY for the
     * user's own company, and the company's consent.
     */
    @Transactional
    public Participant register(long eventId, Registration r) {
        if (!r.consent()) {
            throw DomainException.rule("event-consent-required", "event.error.consent-required");
        }
        Event event = access.visible(eventId);
        boolean organiser = access.isOrganiser(event);
        CurrentUser user = access.user().orElse(null);
        if (!organiser && event.getStatus() != Event.Status.OPEN) {
            throw DomainException.rule("event-registration-closed", "event.error.registration-closed");
        }
        boolean mayRegister = organiser || (user != null && (user.has(Permission.MANAGE_COMPANIES)
                || (user.has(Permission.REPRESENT_COMPANY) && companies.representsCompany(r.companyId()))));
        if (!mayRegister) {
            throw new AccessDeniedException("register");
        }
        CompanyRef company = companies.ref(r.companyId())
                .orElseThrow(() -> new NotFoundException("company", r.companyId()));
        requireNotRegistered(event.getId(), company);
        Participant p = save(event, company.id(), null, company.name(), company.countryCode(), r.type(),
                r.contactName(), r.contactEmail(), user == null ? null : user.id());
        if (organiser) {
            p.decide(Participant.Status.APPROVED);
        } else {
            notifyOrganisers(event, p, user == null ? null : user.id());
        }
        return p;
    }

    /** The company of a registration by a signed-in user: picked by id, or given by country and number. */
    public record CompanyChoice(Long companyId, String countryCode, String orgNumber) {
    }

    /**
     * The registration form of a signed-in user: the company picked by id, or the register's company with the given
     * number that the caller may look up (422 {@code event-company-required} / {@code event-company-unknown}).
     */
    @Transactional
    public Participant register(long eventId, CompanyChoice choice, Participant.Type type, String contactName,
            String contactEmail, boolean consent) {
        if (!consent) {
            throw DomainException.rule("event-consent-required", "event.error.consent-required");
        }
        Long companyId = choice.companyId();
        if (companyId == null) {
            if (choice.orgNumber() == null || choice.orgNumber().isBlank()) {
                throw DomainException.rule("event-company-required", "event.error.company-required");
            }
            companyId = companyIdByNumber(choice.countryCode(), choice.orgNumber());
            if (companyId == null) {
                throw DomainException.rule("event-company-unknown", "event.error.company-unknown");
            }
        }
        return register(eventId, new Registration(companyId, type, contactName, contactEmail, true));
    }

    /**
     * The public registration page. Checks consent, the organisation number (check digit) and the names, counts
     * against the event's limit ({@code kobling.public-forms.per-event} registrations per
     * {@code kobling.public-forms.event-window}, 429 beyond), then stores a pending participant with the company as
     * stated. No register company is made or changed: that happens when an organiser approves ({@link #decide}).
     * Pending registrations of the same company may co-exist; the organiser approves one and declines the other.
     * Runs outside a transaction so the limit counts on its own; the registration is stored in one.
     */
    public Participant registerPublic(Event event, PublicRegistration r) {
        if (event.getStatus() != Event.Status.OPEN) {
            throw DomainException.rule("event-registration-closed", "event.error.registration-closed");
        }
        if (!r.consent()) {
            throw DomainException.rule("event-consent-required", "event.error.consent-required");
        }
        String country = r.countryCode() == null ? "" : r.countryCode().strip().toUpperCase(Locale.ROOT);
        if (r.orgNumber() == null || r.orgNumber().isBlank()) {
            throw DomainException.rule("event-org-number-required", "event.error.company-required");
        }
        String number = OrganisationNumbers.normalise(country, r.orgNumber()).orElseThrow(
                () -> DomainException.rule("event-invalid-org-number", "event.error.invalid-org-number"));
        if (r.companyName() == null || r.companyName().isBlank()) {
            throw DomainException.rule("event-company-name-required", "event.error.company-name-required");
        }
        requireContact(r.contactName());
        limiter.acquire("public-event:" + event.getId(), perEvent, eventWindow, "event-registration-rate-limited",
                "event.error.registration-rate-limited");
        return tx.execute(status -> {
            registeredCompany(country, number).ifPresent(company -> requireNotRegistered(event.getId(), company));
            Participant p = save(event, null, number, r.companyName().strip(), country, r.type(), r.contactName(),
                    r.contactEmail(), null);
            notifyOrganisers(event, p, null);
            return p;
        });
    }

    /** The register's company with this number, looked up as the system (the public page has no user). */
    private Optional<CompanyRef> registeredCompany(String country, String number) {
        return SystemAccess.run(() -> companies.idByOrgNumber(country, number).flatMap(companies::ref));
    }

    private void requireNotRegistered(long eventId, CompanyRef company) {
        if (participants.findByEventIdAndCompanyId(eventId, company.id()).isPresent()) {
            throw DomainException.conflict("event-already-registered", "event.error.already-registered",
                    company.name());
        }
    }

    private static void requireContact(String contactName) {
        if (contactName == null || contactName.isBlank()) {
            throw DomainException.rule("event-contact-required", "event.error.contact-required");
        }
    }

    private Participant save(Event event, Long companyId, String orgNumber, String companyName, String countryCode,
            Participant.Type type, String contactName, String contactEmail, Long registeredBy) {
        requireContact(contactName);
        Participant p = new Participant(event.getId(), companyId, orgNumber, companyName, countryCode,
                type == null ? Participant.Type.PARTNER : type, contactName.strip(),
                contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip(),
                clock.instant(), registeredBy, EventService.token(), clock.instant());
        p.setMaxMeetings(event.getDefaultMaxMeetings());
        return participants.save(p);
    }

    @Transactional(readOnly = true)
    public List<Participant> all(long eventId) {
        access.managed(eventId);
        return participants.findByEventIdOrderByCompanyNameAsc(eventId);
    }

    @Transactional(readOnly = true)
    public List<Participant> mine(long eventId) {
        return access.mine(access.visible(eventId));
    }

    @Transactional(readOnly = true)
    public Participant get(long eventId, long participantId) {
        return access.actingFor(eventId, participantId);
    }

    /**
     * Approves or declines a registration. Approving a public registration gives it its register company: the one
     * with the stated number, or a new one from the stated data (409 {@code event-already-registered} when that
     * company already takes part; the organiser declines the duplicate).
     */
    @Transactional
    @PreAuthorize(EventService.MANAGE)
    public void decide(long eventId, long participantId, boolean approve) {
        access.managed(eventId);
        access.lock(eventId); // approvals of one event take turns: a company is approved once
        Participant p = participant(eventId, participantId);
        if (approve && p.needsCompany()) {
            CompanyRef company = SystemAccess.run(() -> registeredCompany(p.getCountryCode(), p.getOrgNumber())
                    .orElseGet(() -> companies.ref(companies.register(new Companies.CompanyData(p.getCountryCode(),
                            p.getOrgNumber(), p.getCompanyName(), null, null, null, null, null, Set.of())))
                            .orElseThrow()));
            requireNotRegistered(eventId, company);
            p.linkCompany(company.id(), company.name(), company.countryCode());
        }
        p.decide(approve ? Participant.Status.APPROVED : Participant.Status.DECLINED);
        Notifications n = notifications.getIfAvailable();
        Long caller = access.user().map(CurrentUser::id).orElse(null);
        if (approve && n != null && p.getRegisteredBy() != null && !p.getRegisteredBy().equals(caller)) {
            Event event = access.visible(eventId);
            n.notify(p.getRegisteredBy(), Notifications.Kind.REGISTRATION_APPROVED, "notify.registration.approved",
                    List.of(p.getCompanyName(), title(event)), "/events/" + eventId);
        }
    }

    /** Tells the event's organisers (MANAGE_EVENTS in the organising and co-organising organisations) of a pending
     * registration, except the one who made it. */
    private void notifyOrganisers(Event event, Participant p, Long registeredBy) {
        Notifications n = notifications.getIfAvailable();
        if (n == null) {
            return;
        }
        Set<Long> orgs = new java.util.TreeSet<>(event.getCoOrganisers());
        orgs.add(event.getOrganiserOrgId());
        for (UserDirectory.UserInfo u : SystemAccess.run(() -> users.enabledWithPermission(Permission.MANAGE_EVENTS,
                orgs))) {
            if (!Long.valueOf(u.id()).equals(registeredBy)) {
                n.notify(u.id(), Notifications.Kind.REGISTRATION_TO_APPROVE, "notify.registration.to-approve",
                        List.of(p.getCompanyName(), title(event)), "/events/" + event.getId() + "/participants");
            }
        }
    }

    private static String title(Event event) {
        return event.text(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage()).title();
    }

    /**
     * Removes a participant: their planned meetings are cancelled (and leave the schedule), their pending requests
     * expire. Returns how many scheduled meetings were unscheduled, for the organiser's message.
     */
    @Transactional
    @PreAuthorize(EventService.MANAGE)
    public int remove(long eventId, long participantId) {
        access.managed(eventId);
        Participant p = participant(eventId, participantId);
        p.decide(Participant.Status.REMOVED);
        int unscheduled = 0;
        for (Meeting m : meetings.findByEventIdOrderByIdAsc(eventId)) {
            if (m.involves(participantId) && m.getStatus() == Meeting.Status.PLANNED) {
                if (m.isScheduled()) {
                    unscheduled++;
                }
                m.cancel(clock.instant());
            }
        }
        for (MeetingRequest r : requests.findByEventIdOrderByCreatedAtAsc(eventId)) {
            if (r.involves(participantId) && r.getStatus() == MeetingRequest.Status.PENDING) {
                r.expireIfDue(r.getExpiresAt());
            }
        }
        return unscheduled;
    }

    /** Sets a participant's availability (blocked slots) and cap; the participant's side or the organiser. */
    @Transactional
    public void availability(long eventId, long participantId, Set<SlotRef> blocked, Integer maxMeetings) {
        Participant p = access.actingFor(eventId, participantId);
        Set<Long> sessionIds = new java.util.HashSet<>();
        sessions.findByEventIdOrderByDayAscStartTimeAsc(eventId).forEach(s -> sessionIds.add(s.getId()));
        if (blocked.stream().anyMatch(b -> !sessionIds.contains(b.sessionId()))) {
            throw DomainException.rule("event-unknown-slot", "event.error.unknown-slot");
        }
        p.setBlocked(blocked);
        p.setMaxMeetings(maxMeetings);
    }

    @Transactional
    @PreAuthorize(EventService.MANAGE)
    public void checkIn(long eventId, long participantId, boolean in) {
        access.managed(eventId);
        Participant p = participant(eventId, participantId);
        if (in) {
            p.checkIn(clock.instant());
        } else {
            p.undoCheckIn();
        }
    }

    /** The register's company with this number, if the caller may look it up. */
    @Transactional(readOnly = true)
    public Long companyIdByNumber(String countryCode, String orgNumber) {
        try {
            return companies.idByOrgNumber(countryCode, orgNumber).orElse(null);
        } catch (AccessDeniedException e) {
            return null;
        }
    }

    /** The companies the signed-in user represents, for the registration form. */
    @Transactional(readOnly = true)
    public List<CompanyRef> representedCompanies() {
        return companies.refs(companies.representedCompanyIds());
    }

    private Participant participant(long eventId, long id) {
        return participants.findById(id).filter(p -> p.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("participant", id));
    }
}
