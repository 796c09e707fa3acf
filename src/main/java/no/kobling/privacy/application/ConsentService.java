package no.kobling.privacy.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.kobling.privacy.ConsentPurpose;
import no.kobling.privacy.Consents;
import no.kobling.privacy.application.PrivacyAccess.Caller;
import no.kobling.privacy.domain.Consent;
import no.kobling.privacy.domain.ConsentHow;
import no.kobling.privacy.domain.ConsentText;
import no.kobling.privacy.persistence.ConsentRepository;
import no.kobling.privacy.persistence.ConsentTextRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consents: recorded with purpose, time, the version and language of the text shown and how they were given;
 * withdrawn by staff, handlers or the person (for their own account's e-mail). A withdrawal stops what relied on it
 * ({@link Consents}: survey and reminder e-mails, being shown to partners).
 */
@Service
public class ConsentService implements Consents {

    public static final Set<String> LOCALES = Set.of("nb", "nn", "sv", "fi", "en");

    /** A consent as pages and the API show it. */
    public record ConsentView(long id, String email, Long organisationId, ConsentPurpose purpose, int textVersion,
            String locale, ConsentHow how, Instant givenAt, String recordedBy, String note, Instant withdrawnAt,
            String withdrawnBy, String text) {
    }

    public record TextView(ConsentPurpose purpose, int textVersion, String locale, String body, Instant publishedAt) {
    }

    /** A consent to record; {@code textVersion} null means the current text in {@code locale}. */
    public record NewConsent(String email, ConsentPurpose purpose, String locale, Integer textVersion, ConsentHow how,
            Instant givenAt, String note) {
    }

    private final ConsentRepository consents;
    private final ConsentTextRepository texts;
    private final PrivacyAccess access;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ConsentService(ConsentRepository consents, ConsentTextRepository texts, PrivacyAccess access, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.consents = consents;
        this.texts = texts;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean withdrawn(String email, ConsentPurpose purpose) {
        if (email == null || email.isBlank()) {
            return false;
        }
        List<Consent> latest = consents.findByEmailAndPurposeOrderByGivenAtDescIdDesc(
                email.trim().toLowerCase(Locale.ROOT), purpose);
        return !latest.isEmpty() && latest.get(0).isWithdrawn();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> withdrawnEmails(ConsentPurpose purpose) {
        return Set.copyOf(consents.findLatestWithdrawnEmails(purpose));
    }

    @Transactional(readOnly = true)
    public List<TextView> texts() {
        return texts.findAllByOrderByPurposeAscTextVersionDescLocaleAsc().stream().map(ConsentService::view).toList();
    }

    /** The current text of a purpose in a language (the English one when the language has none). */
    @Transactional(readOnly = true)
    public TextView currentText(ConsentPurpose purpose, String locale) {
        return texts.findFirstByPurposeAndLocaleOrderByTextVersionDesc(purpose, locale)
                .or(() -> texts.findFirstByPurposeAndLocaleOrderByTextVersionDesc(purpose, "en"))
                .map(ConsentService::view).orElseThrow(() -> new NotFoundException("privacy-consent-text", purpose));
    }

    @Transactional
    public ConsentView record(NewConsent command) {
        Caller caller = access.consentRecorder();
        String locale = command.locale() == null ? "en" : command.locale();
        if (!LOCALES.contains(locale)) {
            throw DomainException.rule("privacy-consent-locale", "privacy.error.consent-locale");
        }
        ConsentText text = command.textVersion() == null
                ? texts.findFirstByPurposeAndLocaleOrderByTextVersionDesc(command.purpose(), locale).orElse(null)
                : texts.findByPurposeAndTextVersionAndLocale(command.purpose(), command.textVersion(), locale)
                        .orElse(null);
        if (text == null) {
            throw DomainException.rule("privacy-consent-text-unknown", "privacy.error.consent-text-unknown");
        }
        Instant givenAt = command.givenAt() == null ? clock.instant() : command.givenAt();
        if (givenAt.isAfter(clock.instant())) {
            throw DomainException.rule("privacy-consent-future", "privacy.error.consent-future");
        }
        Consent consent = consents.save(new Consent(command.email(), caller.administrator() ? null
                : caller.organisationId(), command.purpose(), text.getTextVersion(), locale, command.how(), givenAt,
                caller.username(), command.note()));
        return view(consent, text.getBody());
    }

    @Transactional
    public ConsentView withdraw(long id) {
        Caller caller = access.consentRecorder();
        Consent consent = consents.findById(id).filter(c -> caller.sees(c.getOrganisationId()))
                .orElseThrow(() -> new NotFoundException("privacy-consent", id));
        consent.withdraw(clock.instant(), caller.username());
        events.publishEvent(new no.kobling.privacy.ConsentWithdrawn(consent.getEmail(), consent.getPurpose()));
        return view(consent, null);
    }

    /** The person withdraws one of their own consents (by their account's e-mail). */
    @Transactional
    public ConsentView withdrawMine(long id) {
        PrivacyAccess.Self self = access.self();
        Consent consent = consents.findById(id)
                .filter(c -> self.email().map(e -> e.equalsIgnoreCase(c.getEmail())).orElse(false))
                .orElseThrow(() -> new NotFoundException("privacy-consent", id));
        consent.withdraw(clock.instant(), self.caller().username());
        events.publishEvent(new no.kobling.privacy.ConsentWithdrawn(consent.getEmail(), consent.getPurpose()));
        return view(consent, null);
    }

    @Transactional(readOnly = true)
    public List<ConsentView> of(String email) {
        Caller caller = access.consentRecorder();
        return list(email).stream().filter(c -> caller.sees(c.organisationId())).toList();
    }

    @Transactional(readOnly = true)
    public List<ConsentView> mine() {
        return access.self().email().map(this::list).orElse(List.of());
    }

    private List<ConsentView> list(String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return consents.findByEmailOrderByGivenAtDescIdDesc(email.trim().toLowerCase(Locale.ROOT)).stream()
                .map(c -> view(c, texts.findByPurposeAndTextVersionAndLocale(c.getPurpose(), c.getTextVersion(),
                        c.getLocale()).map(ConsentText::getBody).orElse(null)))
                .toList();
    }

    private static ConsentView view(Consent c, String text) {
        return new ConsentView(c.getId(), c.getEmail(), c.getOrganisationId(), c.getPurpose(), c.getTextVersion(),
                c.getLocale(), c.getHow(), c.getGivenAt(), c.getRecordedBy(), c.getNote(), c.getWithdrawnAt(),
                c.getWithdrawnBy(), text);
    }

    private static TextView view(ConsentText t) {
        return new TextView(t.getPurpose(), t.getTextVersion(), t.getLocale(), t.getBody(), t.getPublishedAt());
    }
}
