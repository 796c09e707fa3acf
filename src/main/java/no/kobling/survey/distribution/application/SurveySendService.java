package no.kobling.survey.distribution.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.kobling.advisory.Advisory;
import no.kobling.advisory.AdvisoryFacts;
import no.kobling.company.Companies;
import no.kobling.company.Companies.CompanyContact;
import no.kobling.event.Events;
import no.kobling.identity.OrganisationDirectory;
import no.kobling.identity.Permission;
import no.kobling.project.ProjectScope;
import no.kobling.project.Projects;
import no.kobling.shared.DomainException;
import no.kobling.shared.FactsFilter;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.Zones;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.Status;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.distribution.application.SurveySendAccess.Caller;
import no.kobling.survey.distribution.application.SurveySendViews.AddResult;
import no.kobling.survey.distribution.application.SurveySendViews.Candidate;
import no.kobling.survey.distribution.application.SurveySendViews.Distribution;
import no.kobling.survey.distribution.application.SurveySendViews.OpenLinkView;
import no.kobling.survey.distribution.application.SurveySendViews.RecipientView;
import no.kobling.survey.distribution.application.SurveySendViews.Refused;
import no.kobling.survey.distribution.application.SurveySendViews.SendResult;
import no.kobling.survey.distribution.domain.SurveyContactConsent;
import no.kobling.survey.distribution.domain.SurveyOpenLink;
import no.kobling.survey.distribution.domain.SurveyRecipient;
import no.kobling.survey.distribution.domain.SurveyRecipientToken;
import no.kobling.survey.distribution.persistence.SurveyOpenLinkRepository;
import no.kobling.survey.distribution.persistence.SurveyRecipientRepository;
import no.kobling.survey.distribution.persistence.SurveyRecipientTokenRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Distribution of a survey (docs/surveys.md "Sending"): choosing recipients from the register and the advisory data
 * (only those with consent to be contacted), sending personal links by e-mail in each recipient's language, reminding,
 * and the open anonymous link. Access: {@link SurveySendAccess}.
 */
@Service
public class SurveySendService {

    static final String MANAGE = "hasAuthority('MANAGE_SURVEYS')";
    static final int MAX_AUDIENCE = 2000;
    static final Set<String> FUNNEL_PARTICIPATING = Set.of("PARTICIPATING", "INTENSIVE", "DEEP_DIVE");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final SurveyRecipientRepository recipients;
    private final SurveyRecipientTokenRepository tokens;
    private final SurveyOpenLinkRepository openLinks;
    private final SurveyConsentService consents;
    private final SurveySendAccess access;
    private final SurveySendMailer mailer;
    private final SurveyStateHook state;
    private final Companies companies;
    private final Events events;
    private final Advisory advisory;
    private final AdvisoryFacts advisoryFacts;
    private final Projects projects;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    private final no.kobling.privacy.Consents privacy;

    SurveySendService(SurveyRecipientRepository recipients, SurveyRecipientTokenRepository tokens,
            SurveyOpenLinkRepository openLinks, SurveyConsentService consents, SurveySendAccess access,
            SurveySendMailer mailer, SurveyStateHook state, Companies companies, Events events, Advisory advisory,
            AdvisoryFacts advisoryFacts, Projects projects, OrganisationDirectory organisations, Clock clock,
            no.kobling.privacy.Consents privacy) {
        this.privacy = privacy;
        this.recipients = recipients;
        this.tokens = tokens;
        this.openLinks = openLinks;
        this.consents = consents;
        this.access = access;
        this.mailer = mailer;
        this.state = state;
        this.companies = companies;
        this.events = events;
        this.advisory = advisory;
        this.advisoryFacts = advisoryFacts;
        this.projects = projects;
        this.organisations = organisations;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    @PreAuthorize(MANAGE)
    public Distribution distribution(long surveyId, String language) {
        SurveyDef survey = access.managed(access.caller(), surveyId);
        List<RecipientView> list = list(survey);
        long notSent = list.stream().filter(r -> r.status() == SurveyRecipient.Status.NOT_SENT).count();
        long awaited = list.stream().filter(r -> r.status() == SurveyRecipient.Status.SENT
                || r.status() == SurveyRecipient.Status.REMINDED).count();
        long completed = list.stream().filter(r -> r.status() == SurveyRecipient.Status.COMPLETED).count();
        SurveyOpenLink link = openLinks.findBySurveyIdAndRevokedAtIsNull(surveyId).stream().findFirst().orElse(null);
        return new Distribution(surveyId, survey.title(language), survey.status().name(), survey.closesOn(),
                survey.anonymous(), survey.questions().size(), list, notSent, awaited, completed, link != null,
                link == null ? null : link.getCreatedAt());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(MANAGE)
    public List<RecipientView> recipients(long surveyId) {
        return list(access.managed(access.caller(), surveyId));
    }

    private List<RecipientView> list(SurveyDef survey) {
        List<SurveyRecipient> all = recipients.findBySurveyIdOrderByNameAscIdAsc(survey.id());
        List<SurveyContactConsent> current = consents.currentFor(
                all.stream().map(SurveyRecipient::getCompanyId).filter(id -> id != null).toList(),
                all.stream().map(SurveyRecipient::getEmail).toList());
        return all.stream().map(r -> view(r, SurveyConsentService.match(current, r.getCompanyId(),
                r.getEmail()) != null)).toList();
    }

    static RecipientView view(SurveyRecipient r, boolean consent) {
        return new RecipientView(r.getId(), r.getCompanyId(), r.getName(), r.getEmail(), r.getLanguage(),
                r.status(consent), r.getSentAt(), r.getRemindedAt(), r.getCompletedAt(), r.getUnsubscribedAt());
    }

    // ---------------------------------------------------------------- audience

    /** Who the audience would add, with the reason each refused one would be refused; nothing is stored. */
    @Transactional(readOnly = true)
    @PreAuthorize(MANAGE)
    public List<Candidate> preview(long surveyId, SurveyAudience audience) {
        SurveyDef survey = access.managed(access.caller(), surveyId);
        return candidates(survey, audience);
    }

    /**
     * Adds the audience's recipients who have a current consent and an address; the others are answered in
     * {@code refused}. A single company or person that is refused answers 422 with the reason as code.
     */
    @Transactional
    @PreAuthorize(MANAGE)
    public AddResult add(long surveyId, SurveyAudience audience) {
        Caller caller = access.caller();
        SurveyDef survey = access.managed(caller, surveyId);
        if (survey.status() == Status.CLOSED) {
            throw DomainException.rule("survey-closed", "surveysend.error.survey-closed");
        }
        List<Candidate> found = candidates(survey, audience);
        if (audience.single() && found.size() == 1 && found.get(0).reason() != null) {
            String reason = found.get(0).reason();
            throw DomainException.rule(reason, "surveysend.error." + reason, found.get(0).name());
        }
        Instant now = clock.instant();
        List<RecipientView> added = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (Candidate c : found) {
            if (c.reason() != null) {
                refused.add(new Refused(c.companyId(), c.name(), c.email(), c.reason()));
                continue;
            }
            if (SurveyContactConsent.AT_EVENT_REGISTRATION.equals(c.consentHow())) {
                consents.record(c.companyId(), null, SurveyContactConsent.AT_EVENT_REGISTRATION,
                        "event " + audience.id(), now, caller.name());
            }
            SurveyRecipient r = recipients.save(new SurveyRecipient(surveyId, c.companyId(), c.name(), c.email(),
                    c.language(), now, caller.name()));
            added.add(view(r, true));
        }
        return new AddResult(added, refused);
    }

    private List<Candidate> candidates(SurveyDef survey, SurveyAudience audience) {
        if (audience == null || audience.kind() == null) {
            throw DomainException.rule("survey-audience-invalid", "surveysend.error.survey-audience-invalid");
        }
        String override = language(audience.language());
        if (audience.language() != null && !audience.language().isBlank() && override == null) {
            throw DomainException.rule("survey-language-invalid", "surveysend.error.survey-language-invalid",
                    audience.language());
        }
        List<Candidate> raw = new ArrayList<>();
        Map<Long, java.time.Instant> eventConsents = new LinkedHashMap<>();
        switch (audience.kind()) {
            case PERSON -> {
                String email = audience.email() == null ? "" : audience.email().strip();
                if (!EMAIL.matcher(email).matches() || email.length() > 300) {
                    throw DomainException.rule("survey-recipient-email-invalid",
                            "surveysend.error.survey-recipient-email-invalid", email);
                }
                String name = audience.name() == null || audience.name().isBlank() ? email : audience.name().strip();
                raw.add(new Candidate(null, name.length() > 500 ? name.substring(0, 500) : name, email,
                        override == null ? "nb" : override, false, null, null));
            }
            case EVENT -> {
                for (Events.ParticipantContact p : events.participantContacts(requireId(audience))) {
                    eventConsents.put(p.companyId(), p.consentAt());
                    raw.add(new Candidate(p.companyId(), p.companyName(), blankToNull(p.contactEmail()), null, false,
                            null, null));
                }
            }
            default -> companyIds(survey, audience).forEach(id -> raw.add(new Candidate(id, null, null, null, false,
                    null, null)));
        }
        // register facts of the companies: name, address (when the audience gave none) and language
        Set<Long> ids = new HashSet<>();
        raw.stream().filter(c -> c.companyId() != null).forEach(c -> ids.add(c.companyId()));
        Map<Long, CompanyContact> contacts = ids.isEmpty() ? Map.of() : companies.contacts(ids);
        if (audience.kind() == SurveyAudience.Kind.COMPANY && contacts.isEmpty()) {
            throw new NotFoundException("company", audience.id());
        }
        List<Candidate> resolved = new ArrayList<>();
        for (Candidate c : raw) {
            if (c.companyId() == null) {
                resolved.add(c);
                continue;
            }
            CompanyContact contact = contacts.get(c.companyId());
            if (contact == null && audience.kind() != SurveyAudience.Kind.EVENT) {
                continue; // a company the caller may not see
            }
            String name = c.name() != null ? c.name() : contact.name();
            String email = c.email() != null ? c.email() : contact == null ? null : contact.email();
            String lang = override != null ? override : contact == null ? "nb"
                    : languageOf(contact.languages(), contact.countryCode());
            resolved.add(new Candidate(c.companyId(), name, email, lang, false, null, null));
        }
        // consent, addresses, duplicates
        List<SurveyContactConsent> current = consents.currentFor(ids,
                resolved.stream().map(Candidate::email).filter(e -> e != null).toList());
        Set<String> taken = new HashSet<>();
        recipients.findBySurveyIdOrderByNameAscIdAsc(survey.id())
                .forEach(r -> taken.add(r.getEmail().toLowerCase(Locale.ROOT)));
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : resolved) {
            SurveyContactConsent consent = SurveyConsentService.match(current, c.companyId(), c.email());
            String how = consent == null ? null : consent.getHow();
            Instant registered = c.companyId() == null ? null : eventConsents.get(c.companyId());
            if (consent == null && registered != null
                    && !consents.withdrawnSince(c.companyId(), c.email(), registered)) {
                how = SurveyContactConsent.AT_EVENT_REGISTRATION;
            }
            String reason = null;
            if (c.email() == null) {
                reason = "recipient-no-email";
            } else if (how == null) {
                reason = "recipient-no-consent";
            } else if (!taken.add(c.email().toLowerCase(Locale.ROOT))) {
                reason = "recipient-already-added";
            }
            out.add(new Candidate(c.companyId(), c.name(), c.email(), c.language(), how != null, how, reason));
            if (out.size() >= MAX_AUDIENCE) {
                break;
            }
        }
        return out;
    }

    private List<Long> companyIds(SurveyDef survey, SurveyAudience audience) {
        return switch (audience.kind()) {
            case COMPANY -> List.of(requireId(audience));
            case MUNICIPALITY -> companies.companiesIn(List.of(requireId(audience)), MAX_AUDIENCE).stream()
                    .map(no.kobling.company.CompanyRef::id).toList();
            case NEED -> {
                if (audience.code() == null || audience.code().isBlank()) {
                    throw DomainException.rule("survey-audience-invalid", "surveysend.error.survey-audience-invalid");
                }
                yield advisory.companiesWithNeed(audience.code().strip());
            }
            case PROJECT -> {
                // the project's funnel is report data: only readers of reports may pick its companies
                if (!access.caller().has(Permission.VIEW_REPORTS)) {
                    throw new AccessDeniedException("the project audience needs VIEW_REPORTS");
                }
                yield projectCompanies(requireId(audience), survey);
            }
            default -> List.of();
        };
    }

    /** Companies at funnel level participating or higher from the activities tagged with the project. */
    private List<Long> projectCompanies(long projectId, SurveyDef survey) {
        ProjectScope scope = projects.scope(projectId).orElseThrow(() -> new NotFoundException("project",
                projectId));
        Set<Long> orgs = new HashSet<>(scope.partyOrganisationIds());
        orgs.add(scope.ownerOrganisationId());
        LocalDate today = today(survey);
        LocalDate to = scope.endDate() == null || scope.endDate().isAfter(today) ? today : scope.endDate();
        LocalDate from = scope.startDate() == null ? to.minusYears(10) : scope.startDate();
        if (to.isBefore(from)) {
            to = from;
        }
        Map<Long, String> levels = advisoryFacts.funnelLevels(new FactsFilter(scope.partnershipId(), orgs,
                scope.municipalityIds(), from, to, projectId));
        return levels.entrySet().stream().filter(e -> FUNNEL_PARTICIPATING.contains(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static long requireId(SurveyAudience audience) {
        if (audience.id() == null) {
            throw DomainException.rule("survey-audience-invalid", "surveysend.error.survey-audience-invalid");
        }
        return audience.id();
    }

    /** The company's first registered language Kobling speaks, else by country (FI fi, SE sv, NO nb), else en. */
    static String languageOf(Collection<String> registered, String countryCode) {
        for (String l : registered) {
            String lang = language(l);
            if (lang != null) {
                return lang;
            }
        }
        String country = countryCode == null ? "" : countryCode.toUpperCase(Locale.ROOT);
        return switch (country) {
            case "FI" -> "fi";
            case "SE" -> "sv";
            case "NO" -> "nb";
            default -> "en";
        };
    }

    /** A language code Kobling speaks (nb, nn, sv, fi, en; "no" is nb), or null. */
    static String language(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String l = code.strip().toLowerCase(Locale.ROOT);
        if (l.equals("no")) {
            l = "nb";
        }
        return SurveyDefinitions.LANGUAGES.contains(l) ? l : null;
    }

    /** Changes the language a recipient is mailed in. */
    @Transactional
    @PreAuthorize(MANAGE)
    public RecipientView changeLanguage(long surveyId, long recipientId, String language) {
        access.managed(access.caller(), surveyId);
        SurveyRecipient r = recipients.findById(recipientId).filter(x -> x.getSurveyId() == surveyId)
                .orElseThrow(() -> new NotFoundException("survey-recipient", recipientId));
        String lang = language(language);
        if (lang == null) {
            throw DomainException.rule("survey-language-invalid", "surveysend.error.survey-language-invalid",
                    language);
        }
        r.changeLanguage(lang);
        return view(r, true);
    }

    // ---------------------------------------------------------------- sending

    /**
     * Sends the survey: refused without a closing date, with a closing date in the past or without a question; opens
     * a draft survey and mails every recipient not yet mailed who has a current consent, once. On an open survey this
     * is "send to new".
     */
    @Transactional
    @PreAuthorize(MANAGE)
    public SendResult send(long surveyId) {
        Caller caller = access.caller();
        SurveyDef survey = access.managed(caller, surveyId);
        if (survey.status() == Status.CLOSED) {
            throw DomainException.rule("survey-closed", "surveysend.error.survey-closed");
        }
        if (survey.closesOn() == null) {
            throw DomainException.rule("survey-closing-date-missing", "surveysend.error.survey-closing-date-missing");
        }
        if (survey.closesOn().isBefore(today(survey))) {
            throw DomainException.rule("survey-closing-date-past", "surveysend.error.survey-closing-date-past",
                    survey.closesOn());
        }
        if (survey.questions().isEmpty()) {
            throw DomainException.rule("survey-no-questions", "surveysend.error.survey-no-questions");
        }
        if (survey.status() == Status.DRAFT) {
            state.open(surveyId);
            survey = access.managed(caller, surveyId);
        }
        List<SurveyRecipient> all = recipients.findBySurveyIdOrderByNameAscIdAsc(surveyId);
        List<SurveyContactConsent> current = currentConsents(all);
        Instant now = clock.instant();
        int mailed = 0;
        for (SurveyRecipient r : all) {
            if (r.getSentAt() != null || r.getCompletedAt() != null || r.getUnsubscribedAt() != null
                    || SurveyConsentService.match(current, r.getCompanyId(), r.getEmail()) == null
                    || !mayMail(r, false)) {
                continue;
            }
            String token = issue(r, now);
            mailer.mail(survey, r, token, false);
            r.sent(SurveyTokens.hash(token), now);
            mailed++;
        }
        return new SendResult(mailed, survey.status().name());
    }

    /**
     * Reminds now every recipient still waited for who has a current consent and got no mail today; refused when
     * every one of them was already mailed today ({@code survey-reminded-today}).
     */
    @Transactional
    @PreAuthorize(MANAGE)
    public SendResult remindNow(long surveyId) {
        SurveyDef survey = access.managed(access.caller(), surveyId);
        if (survey.status() != Status.OPEN) {
            throw DomainException.rule("survey-not-open", "surveysend.error.survey-not-open");
        }
        ZoneId zone = zone(survey);
        LocalDate today = LocalDay.today(clock, zone);
        List<SurveyRecipient> awaited = recipients.findBySurveyIdOrderByNameAscIdAsc(surveyId).stream()
                .filter(SurveyRecipient::awaited).toList();
        List<SurveyContactConsent> current = currentConsents(awaited);
        int mailed = 0;
        int today_ = 0;
        Instant now = clock.instant();
        for (SurveyRecipient r : awaited) {
            if (SurveyConsentService.match(current, r.getCompanyId(), r.getEmail()) == null || !mayMail(r, true)) {
                continue;
            }
            if (r.mailedOn(today, zone)) {
                today_++;
                continue;
            }
            remind(survey, r, now, false);
            mailed++;
        }
        if (mailed == 0 && today_ > 0) {
            throw DomainException.rule("survey-reminded-today", "surveysend.error.survey-reminded-today");
        }
        return new SendResult(mailed, survey.status().name());
    }

    /**
     * Whether the person behind the recipient's address has not withdrawn the consent (privacy module) that survey
     * e-mails, or reminders, rely on (issue 19: a withdrawal stops survey and reminder e-mails).
     */
    public boolean mayMail(SurveyRecipient r, boolean reminder) {
        return !privacy.withdrawn(r.getEmail(), no.kobling.privacy.ConsentPurpose.SURVEYS)
                && !(reminder && privacy.withdrawn(r.getEmail(), no.kobling.privacy.ConsentPurpose.REMINDERS));
    }

    public void remind(SurveyDef survey, SurveyRecipient r, Instant now, boolean closingReminder) {
        String token = issue(r, now);
        mailer.mail(survey, r, token, true);
        r.reminded(SurveyTokens.hash(token), now, closingReminder);
    }

    public List<SurveyContactConsent> currentConsents(List<SurveyRecipient> list) {
        return consents.currentFor(list.stream().map(SurveyRecipient::getCompanyId).filter(id -> id != null)
                .toList(), list.stream().map(SurveyRecipient::getEmail).toList());
    }

    /** A new personal link for the recipient: only its hash is stored. */
    private String issue(SurveyRecipient r, Instant now) {
        String token = SurveyTokens.newToken();
        tokens.save(new SurveyRecipientToken(SurveyTokens.hash(token), r.getId(), now));
        return token;
    }

    // ---------------------------------------------------------------- open link

    /**
     * A new open anonymous link (any earlier one is revoked). Its URL is answered only now: the token is stored only
     * as a hash.
     */
    @Transactional
    @PreAuthorize(MANAGE)
    public OpenLinkView createOpenLink(long surveyId) {
        Caller caller = access.caller();
        SurveyDef survey = access.managed(caller, surveyId);
        if (survey.status() == Status.CLOSED) {
            throw DomainException.rule("survey-closed", "surveysend.error.survey-closed");
        }
        Instant now = clock.instant();
        openLinks.findBySurveyIdAndRevokedAtIsNull(surveyId).forEach(l -> l.revoke(now));
        openLinks.flush();
        String token = SurveyTokens.newToken();
        openLinks.save(new SurveyOpenLink(surveyId, SurveyTokens.hash(token), now, caller.name()));
        return new OpenLinkView(mailer.openUrl(token), now);
    }

    /** Revokes the open link: it no longer resolves. */
    @Transactional
    @PreAuthorize(MANAGE)
    public void revokeOpenLink(long surveyId) {
        access.managed(access.caller(), surveyId);
        Instant now = clock.instant();
        openLinks.findBySurveyIdAndRevokedAtIsNull(surveyId).forEach(l -> l.revoke(now));
    }

    // ---------------------------------------------------------------- time

    public ZoneId zone(SurveyDef survey) {
        return organisations.zoneOf(survey.ownerOrganisationId()).orElse(Zones.DEFAULT);
    }

    public LocalDate today(SurveyDef survey) {
        return LocalDay.today(clock, zone(survey));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
