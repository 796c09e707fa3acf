package no.kobling.survey.answer.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.survey.answer.application.SurveyAnswerRules.Checked;
import no.kobling.survey.answer.application.SurveyAnswerRules.Row;
import no.kobling.survey.answer.domain.SurveyResponse;
import no.kobling.survey.answer.persistence.SurveyAnswerRepository;
import no.kobling.survey.answer.persistence.SurveyResponseRepository;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import org.springframework.stereotype.Component;

/**
 * Validation and saving of posted answers: each input is checked against its question, only the values that fit are
 * stored, the answers of questions that no longer show are dropped, and the response is made on the first post.
 */
@Component
class SurveyAnswerWriter {

    private final SurveyDefinitions definitions;
    private final SurveyAnswerAccess access;
    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;
    private final Clock clock;

    SurveyAnswerWriter(SurveyDefinitions definitions, SurveyAnswerAccess access, SurveyResponseRepository responses,
            SurveyAnswerRepository answers, Clock clock) {
        this.definitions = definitions;
        this.access = access;
        this.responses = responses;
        this.answers = answers;
        this.clock = clock;
    }

    /**
     * What a post left: the answers after it ({@code merged}), the questions that show, those the post made show,
     * the errors, the resume token of a new open-link response and the response's language.
     */
    static final class Applied {
        Map<Long, SurveyAnswerInput> merged;
        Set<Long> visible;
        Set<Long> revealed;
        List<SurveyAnswerError> errors;
        String newToken;
        String language;
    }

    /**
     * Replaces the answers of the questions in {@code scope} with the inputs that fit, drops those of questions in
     * scope that do not show, and makes the response if there is none yet.
     */
    Applied apply(SurveyAnswerContext ctx, Set<Long> scope, Map<Long, SurveyAnswerInput> inputs,
            boolean reportErrors, boolean require, boolean revealing, String language, String fallbackLanguage) {
        Instant now = clock.instant();
        ctx.ranges = definitions.numberRanges(ctx.survey.id());
        Applied a = new Applied();
        a.language = SurveyAnswerService.language(language).or(() -> SurveyAnswerService.language(ctx.language()))
                .or(() -> SurveyAnswerService.language(fallbackLanguage)).orElse("nb");
        Map<Long, SurveyAnswerInput> stored = access.stored(ctx.response);
        Set<Long> before = SurveyAnswerRules.visible(ctx.survey, stored);
        Map<Long, Checked> checked = new HashMap<>();
        Map<Long, SurveyAnswerInput> merged = new LinkedHashMap<>(stored);
        for (QuestionDef q : ctx.survey.questions()) {
            if (!scope.contains(q.id())) {
                continue;
            }
            Checked c = SurveyAnswerRules.check(q, inputs.get(q.id()), false, ctx.ranges.get(q.id()));
            checked.put(q.id(), c);
            merged.remove(q.id());
            SurveyAnswerInput fitting = SurveyAnswerRules.inputsOf(c.rows()).get(q.id());
            if (fitting != null) {
                merged.put(q.id(), fitting);
            }
        }
        Set<Long> visible = SurveyAnswerRules.visible(ctx.survey, merged);
        a.revealed = new HashSet<>();
        a.errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (QuestionDef q : ctx.survey.questions()) {
            if (!scope.contains(q.id())) {
                continue;
            }
            if (!visible.contains(q.id())) {
                merged.remove(q.id());
                continue;
            }
            boolean revealed = revealing && !before.contains(q.id());
            if (revealed) {
                a.revealed.add(q.id());
            }
            Checked c = require && !revealed
                    ? SurveyAnswerRules.check(q, inputs.get(q.id()), true, ctx.ranges.get(q.id()))
                    : checked.get(q.id());
            if (reportErrors && !revealed) {
                a.errors.addAll(c.errors());
            }
            rows.addAll(c.rows());
        }
        a.merged = merged;
        a.visible = visible;
        SurveyResponse response = ctx.response;
        if (response == null) {
            String token = null;
            String tokenHash = null;
            if (ctx.link.recipientId() == null) {
                token = SurveyAnswerAccess.newToken();
                tokenHash = SurveyAnswerAccess.hash(token);
            }
            response = responses.save(new SurveyResponse(ctx.survey.id(), ctx.link.recipientId(), tokenHash,
                    a.language, now));
            a.newToken = token;
        } else {
            answers.deleteAll(answers.findByResponseIdAndQuestionIdIn(response.getId(), scope));
            answers.flush();
        }
        long responseId = response.getId();
        answers.saveAll(rows.stream().map(r -> r.toAnswer(responseId)).toList());
        response.changeLanguage(a.language, now);
        response.moveTo(response.getCurrentSection(), now);
        ctx.response = response;
        return a;
    }
}
