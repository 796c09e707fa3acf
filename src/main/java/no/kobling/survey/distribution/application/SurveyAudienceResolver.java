package no.kobling.survey.distribution.application;

import java.time.Instant;
import java.time.LocalDate;
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
import no.kobling.identity.Permission;
import no.kobling.project.ProjectScope;
import no.kobling.project.Projects;
import no.kobling.shared.DomainException;
import no.kobling.shared.FactsFilter;
import no.kobling.shared.NotFoundException;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.distribution.application.SurveySendViews.Candidate;
import no.kobling.survey.distribution.domain.SurveyContactConsent;
import no.kobling.survey.distribution.persistence.SurveyRecipientRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The audience of a survey (docs/surveys.md "Sending"): who an audience (a company, a person, a municipality, a need,
 * an event's participants, a project's funnel) names, with each one's name, address and language from the register,
 * and the reason one would be refused (no address, no consent, already added). Nothing is stored.
 */
@Component
class SurveyAudienceResolver {

    static final int MAX_AUDIENCE = 2000;
    static final Set<String> FUNNEL_PARTICIPATING = Set.of("PARTICIPATING", "INTENSIVE", "DEEP_DIVE");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final SurveyRecipientRepository recipients;
    private final SurveyConsentService consents;
    private final SurveySendAccess access;
    private final SurveyMailings mailings;
    private final Companies companies;
    private final Events events;
    private final Advisory advisory;
    private final AdvisoryFacts advisoryFacts;
    private final Projects projects;

    SurveyAudienceResolver(SurveyRecipientRepository recipients, SurveyConsentService consents,
            SurveySendAccess access, SurveyMailings mailings, Companies companies, Events events, Advisory advisory,
            AdvisoryFacts advisoryFacts, Projects projects) {
        this.recipients = recipients;
        this.consents = consents;
        this.access = access;
        this.mailings = mailings;
        this.companies = companies;
        this.events = events;
        this.advisory = advisory;
        this.advisoryFacts = advisoryFacts;
        this.projects = projects;
    }

    List<Candidate> candidates(SurveyDef survey, SurveyAudience audience) {
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
        LocalDate today = mailings.today(survey);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
