package no.kobling.survey.distribution.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.company.Companies;
import no.kobling.identity.Permission;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.survey.distribution.application.SurveySendAccess.Caller;
import no.kobling.survey.distribution.application.SurveySendViews.ConsentRecord;
import no.kobling.survey.distribution.application.SurveySendViews.ConsentView;
import no.kobling.survey.distribution.domain.SurveyContactConsent;
import no.kobling.survey.distribution.persistence.SurveyContactConsentRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent to be contacted for surveys (docs/surveys.md "Sending"): a company (or an address) without a current
 * consent gets no survey. Staff with {@code MANAGE_SURVEYS} record and withdraw it for companies they see in the
 * register; a company's representative gives or withdraws it for their own company; an unsubscribe withdraws it.
 */
@Service
public class SurveyConsentService {

    private final SurveyContactConsentRepository consents;
    private final SurveySendAccess access;
    private final Companies companies;
    private final Clock clock;

    SurveyConsentService(SurveyContactConsentRepository consents, SurveySendAccess access, Companies companies,
            Clock clock) {
        this.consents = consents;
        this.access = access;
        this.companies = companies;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ConsentView of(long companyId) {
        requireCompany(access.caller(), companyId, false);
        return view(companyId);
    }

    /**
     * Records consent for a company: {@code recorded-by-staff} (needs a note saying how it was given) by staff with
     * {@code MANAGE_SURVEYS}, {@code company-representative} by the company's own representative.
     */
    @Transactional
    public ConsentView give(long companyId, String how, String note) {
        Caller caller = access.caller();
        String h = how == null || how.isBlank() ? SurveyContactConsent.BY_STAFF : how.strip();
        boolean representative = requireCompany(caller, companyId, SurveyContactConsent.BY_REPRESENTATIVE.equals(h));
        if (SurveyContactConsent.BY_REPRESENTATIVE.equals(h)) {
            if (!representative) {
                throw DomainException.rule("survey-consent-not-representative",
                        "surveysend.error.survey-consent-not-representative");
            }
        } else if (SurveyContactConsent.BY_STAFF.equals(h)) {
            if (!caller.admin() && !caller.has(Permission.MANAGE_SURVEYS)) {
                throw new AccessDeniedException("MANAGE_SURVEYS");
            }
            if (note == null || note.isBlank()) {
                throw DomainException.rule("survey-consent-note-missing",
                        "surveysend.error.survey-consent-note-missing");
            }
        } else {
            throw DomainException.rule("survey-consent-how-invalid", "surveysend.error.survey-consent-how-invalid",
                    h);
        }
        if (note != null && note.strip().length() > 1000) {
            throw DomainException.rule("survey-consent-note-too-long", "surveysend.error.survey-consent-note-too-long");
        }
        if (currentFor(Set.of(companyId), Set.of()).isEmpty()) {
            consents.save(new SurveyContactConsent(companyId, null, h, note == null ? null : note.strip(),
                    clock.instant(), caller.name()));
        }
        return view(companyId);
    }

    /** Withdraws every current consent of the company (its representative or staff). */
    @Transactional
    public ConsentView withdraw(long companyId) {
        Caller caller = access.caller();
        boolean representative = requireCompany(caller, companyId, true);
        if (!representative && !caller.admin() && !caller.has(Permission.MANAGE_SURVEYS)) {
            throw new AccessDeniedException("MANAGE_SURVEYS");
        }
        withdrawAll(companyId, null, clock.instant(), caller.name());
        return view(companyId);
    }

    /** The current consents of these companies or addresses (no permission check: callers check theirs). */
    public List<SurveyContactConsent> currentFor(Collection<Long> companyIds, Collection<String> emails) {
        Collection<Long> ids = companyIds.isEmpty() ? List.of(-1L) : companyIds;
        Collection<String> lower = emails.stream().filter(Objects::nonNull).map(e -> e.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return consents.findFor(ids, lower.isEmpty() ? List.of("") : lower).stream()
                .filter(SurveyContactConsent::current).toList();
    }

    /** Whether a company or address has a current consent among {@code current}. */
    static SurveyContactConsent match(List<SurveyContactConsent> current, Long companyId, String email) {
        for (SurveyContactConsent c : current) {
            if (companyId != null && companyId.equals(c.getCompanyId())) {
                return c;
            }
            if (email != null && c.getEmail() != null && c.getEmail().equalsIgnoreCase(email)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether a consent of the company or address was withdrawn after {@code since}: a consent given at an event
     * registration before it no longer counts.
     */
    public boolean withdrawnSince(Long companyId, String email, Instant since) {
        return consents.findFor(companyId == null ? List.of(-1L) : List.of(companyId),
                email == null ? List.of("") : List.of(email.toLowerCase(Locale.ROOT))).stream()
                .anyMatch(c -> c.getWithdrawnAt() != null && !c.getWithdrawnAt().isBefore(since));
    }

    public SurveyContactConsent record(Long companyId, String email, String how, String note, Instant givenAt,
            String by) {
        return consents.save(new SurveyContactConsent(companyId, email == null ? null : email.toLowerCase(Locale.ROOT),
                how, note, givenAt, by));
    }

    /** Withdraws the current consents of the company (when not null) and of the address (when not null). */
    public void withdrawAll(Long companyId, String email, Instant now, String by) {
        currentFor(companyId == null ? List.of() : List.of(companyId), email == null ? List.of() : List.of(email))
                .forEach(c -> c.withdraw(now, by));
    }

    private ConsentView view(long companyId) {
        List<ConsentRecord> records = consents.findByCompanyIdOrderByGivenAtDescIdDesc(companyId).stream()
                .sorted(Comparator.comparing(SurveyContactConsent::getGivenAt).reversed())
                .map(c -> new ConsentRecord(c.getId(), c.getHow(), c.getNote(), c.getGivenAt(), c.getGivenBy(),
                        c.getWithdrawnAt(), c.getWithdrawnBy()))
                .toList();
        return new ConsentView(companyId, records.stream().anyMatch(r -> r.withdrawnAt() == null), records);
    }

    /** 404 unless the caller sees the company; answers whether the caller represents it. */
    private boolean requireCompany(Caller caller, long companyId, boolean representativeMayAct) {
        boolean representative = representativeMayAct && companies.representsCompany(companyId);
        if (!representative && !caller.admin() && !caller.has(Permission.MANAGE_SURVEYS)) {
            throw new NotFoundException("company", companyId);
        }
        if (companies.ref(companyId).isEmpty()) {
            throw new NotFoundException("company", companyId);
        }
        return representative;
    }
}
