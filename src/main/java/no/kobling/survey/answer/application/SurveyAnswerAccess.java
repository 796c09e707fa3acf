package no.kobling.survey.answer.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kobling.actor.ActorZones;
import no.kobling.shared.DomainException;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NotFoundException;
import no.kobling.survey.answer.application.SurveyAnswerService.Key;
import no.kobling.survey.answer.domain.SurveyResponse;
import no.kobling.survey.answer.persistence.SurveyAnswerRepository;
import no.kobling.survey.answer.persistence.SurveyResponseRepository;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.distribution.SurveyLinks;
import org.springframework.stereotype.Component;

/**
 * Resuming: finds the link or the response (by its resume token) behind a call, refuses what may not be answered
 * (unknown 404, answered 409 {@code link-used}, closed 410 {@code survey-closed}), and reads the answers saved so far.
 */
@Component
class SurveyAnswerAccess {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyDefinitions definitions;
    private final SurveyLinks links;
    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;
    private final ActorZones zones;
    private final Clock clock;

    SurveyAnswerAccess(SurveyDefinitions definitions, SurveyLinks links, SurveyResponseRepository responses,
            SurveyAnswerRepository answers, ActorZones zones, Clock clock) {
        this.definitions = definitions;
        this.links = links;
        this.responses = responses;
        this.answers = answers;
        this.zones = zones;
        this.clock = clock;
    }

    /** Finds the link or response and refuses what may not be answered. */
    SurveyAnswerContext resolve(Key key) {
        if (key.resumeToken() != null) {
            SurveyResponse r = responses.findByResumeTokenHash(hash(key.resumeToken()))
                    .orElseThrow(() -> new NotFoundException("survey-link", ""));
            SurveyDef survey = definitions.find(r.getSurveyId())
                    .orElseThrow(() -> new NotFoundException("survey-link", ""));
            if (r.isComplete()) {
                throw used();
            }
            requireOpen(survey);
            return new SurveyAnswerContext(survey, null, r, r.getLanguage());
        }
        if (key.linkToken() == null || key.linkToken().isBlank() || key.linkToken().length() > 200) {
            throw new NotFoundException("survey-link", "");
        }
        SurveyLinks.Link link = links.resolve(key.linkToken())
                .orElseThrow(() -> new NotFoundException("survey-link", ""));
        SurveyDef survey = definitions.find(link.surveyId())
                .orElseThrow(() -> new NotFoundException("survey-link", ""));
        SurveyResponse response = null;
        if (link.recipientId() != null) {
            if (link.used()) {
                throw used();
            }
            response = responses.findByRecipientId(link.recipientId()).orElse(null);
            if (response != null && response.isComplete()) {
                throw used();
            }
        }
        requireOpen(survey);
        return new SurveyAnswerContext(survey, link, response,
                SurveyAnswerService.language(link.language()).orElse(null));
    }

    /** The language of a link or response, without any check (empty when there is none or the token is unknown). */
    Optional<String> languageOf(Key key) {
        try {
            if (key.resumeToken() != null) {
                return responses.findByResumeTokenHash(hash(key.resumeToken())).map(SurveyResponse::getLanguage);
            }
            if (key.linkToken() == null || key.linkToken().length() > 200) {
                return Optional.empty();
            }
            return links.resolve(key.linkToken()).flatMap(l -> l.recipientId() == null ? Optional.empty()
                    : responses.findByRecipientId(l.recipientId()).map(SurveyResponse::getLanguage)
                            .or(() -> Optional.ofNullable(l.language()))).flatMap(SurveyAnswerService::language);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The answers saved so far, by question id (empty without a response). */
    Map<Long, SurveyAnswerInput> stored(SurveyResponse response) {
        return response == null ? new LinkedHashMap<>()
                : SurveyAnswerRules.inputs(answers.findByResponseIdOrderByIdAsc(response.getId()));
    }

    /** The stored page, or the nearest page before it that has questions that show. */
    static int landing(SurveyDef survey, Set<Long> visible, int page) {
        int max = SurveyAnswerRules.pages(survey).size() - 1;
        int p = Math.min(Math.max(0, page), Math.max(0, max));
        int at = SurveyAnswerRules.nextPage(survey, visible, p, -1);
        if (at < 0) {
            at = SurveyAnswerRules.nextPage(survey, visible, p, 1);
        }
        return Math.max(0, at);
    }

    private static DomainException used() {
        return DomainException.conflict("link-used", "surveyanswer.error.link-used");
    }

    private void requireOpen(SurveyDef survey) {
        boolean closed = survey.status() != SurveyDefinitions.Status.OPEN;
        if (!closed && survey.closesOn() != null) {
            LocalDate today = LocalDay.today(clock, zones.organisation(survey.ownerOrganisationId()));
            closed = today.isAfter(survey.closesOn());
        }
        if (closed) {
            throw new DomainException(410, "survey-closed", "surveyanswer.error.survey-closed");
        }
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
