package no.kobling.survey.distribution.application;

import java.time.Clock;
import java.util.Optional;
import no.kobling.shared.NotFoundException;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.distribution.SurveyLinks;
import no.kobling.survey.distribution.application.SurveySendViews.UnsubscribeView;
import no.kobling.survey.distribution.domain.SurveyOpenLink;
import no.kobling.survey.distribution.domain.SurveyRecipient;
import no.kobling.survey.distribution.persistence.SurveyOpenLinkRepository;
import no.kobling.survey.distribution.persistence.SurveyRecipientRepository;
import no.kobling.survey.distribution.persistence.SurveyRecipientTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links behind tokens, for the public pages (no login: holding the token is the permission): a personal link of
 * a recipient (every one mailed to them) or an active open link. Also the unsubscribe of a personal link.
 */
@Service
public class SurveyDistributionLinks implements SurveyLinks {

    private final SurveyRecipientTokenRepository tokens;
    private final SurveyRecipientRepository recipients;
    private final SurveyOpenLinkRepository openLinks;
    private final SurveyDefinitions definitions;
    private final SurveyConsentService consents;
    private final Clock clock;

    SurveyDistributionLinks(SurveyRecipientTokenRepository tokens, SurveyRecipientRepository recipients,
            SurveyOpenLinkRepository openLinks, SurveyDefinitions definitions, SurveyConsentService consents,
            Clock clock) {
        this.tokens = tokens;
        this.recipients = recipients;
        this.openLinks = openLinks;
        this.definitions = definitions;
        this.consents = consents;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Link> resolve(String token) {
        if (!SurveyTokens.plausible(token)) {
            return Optional.empty();
        }
        String hash = SurveyTokens.hash(token);
        Optional<SurveyRecipient> recipient = recipient(hash);
        if (recipient.isPresent()) {
            SurveyRecipient r = recipient.get();
            return Optional.of(new Link(r.getSurveyId(), r.getId(), r.getCompanyId(), r.getLanguage(),
                    r.getCompletedAt() != null, r.getUnsubscribedAt() != null));
        }
        return openLinks.findByTokenHash(hash).filter(SurveyOpenLink::active)
                .flatMap(l -> definitions.find(l.getSurveyId()))
                .map(s -> new Link(s.id(), null, null, s.fallbackLanguage(), false, false));
    }

    @Override
    @Transactional
    public void completed(long recipientId) {
        recipients.findById(recipientId).ifPresent(r -> r.completed(clock.instant()));
    }

    /** What the unsubscribe page of a personal link shows; an unknown token answers 404. */
    @Transactional(readOnly = true)
    public UnsubscribeView unsubscribePage(String token) {
        SurveyRecipient r = personal(token);
        String title = definitions.find(r.getSurveyId()).map(s -> s.title(r.getLanguage())).orElse("");
        return new UnsubscribeView(title, r.getLanguage(), r.getUnsubscribedAt() != null);
    }

    /**
     * The recipient wants no more surveys: no more reminders of this survey, and the consent to be contacted for
     * surveys (of the company and of the address) is withdrawn.
     */
    @Transactional
    public UnsubscribeView unsubscribe(String token) {
        SurveyRecipient r = personal(token);
        r.unsubscribed(clock.instant());
        consents.withdrawAll(r.getCompanyId(), r.getEmail(), clock.instant(), "unsubscribe");
        String title = definitions.find(r.getSurveyId()).map(s -> s.title(r.getLanguage())).orElse("");
        return new UnsubscribeView(title, r.getLanguage(), true);
    }

    private SurveyRecipient personal(String token) {
        if (!SurveyTokens.plausible(token)) {
            throw new NotFoundException("survey-link", "?");
        }
        return recipient(SurveyTokens.hash(token)).orElseThrow(() -> new NotFoundException("survey-link", "?"));
    }

    private Optional<SurveyRecipient> recipient(String hash) {
        return tokens.findById(hash).flatMap(t -> recipients.findById(t.getRecipientId()));
    }
}
