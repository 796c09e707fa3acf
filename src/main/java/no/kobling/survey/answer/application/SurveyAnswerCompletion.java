package no.kobling.survey.answer.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.identity.SystemAccess;
import no.kobling.survey.answer.application.SurveyAnswerService.Outcome;
import no.kobling.survey.answer.application.SurveyAnswerService.Result;
import no.kobling.survey.answer.application.SurveyAnswerWriter.Applied;
import no.kobling.survey.answer.domain.SurveyAnswer;
import no.kobling.survey.answer.domain.SurveyResponse;
import no.kobling.survey.answer.persistence.SurveyAnswerRepository;
import no.kobling.survey.answer.persistence.SurveyResponseRepository;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.SectionDef;
import no.kobling.survey.distribution.SurveyLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Completion ("Submit"): checks every page, drops the answers of questions that no longer show, completes the
 * response with the company's snapshot, marks a personal link used and announces {@link SurveyResponseCompleted}.
 */
@Component
class SurveyAnswerCompletion {

    private final SurveyLinks links;
    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;
    private final Companies companies;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SurveyAnswerCompletion(SurveyLinks links, SurveyResponseRepository responses, SurveyAnswerRepository answers,
            Companies companies, Clock clock, ApplicationEventPublisher events) {
        this.links = links;
        this.responses = responses;
        this.answers = answers;
        this.companies = companies;
        this.clock = clock;
        this.events = events;
    }

    /** Checks every page; on an error moves to its page and answers the errors, else completes. */
    Outcome submit(SurveyAnswerContext ctx, Applied applied) {
        List<SurveyAnswerError> errors = new ArrayList<>();
        int errorPage = -1;
        List<SectionDef> pages = SurveyAnswerRules.pages(ctx.survey);
        for (int i = 0; i < pages.size(); i++) {
            for (QuestionDef q : SurveyAnswerRules.questions(pages.get(i))) {
                if (!applied.visible.contains(q.id())) {
                    continue;
                }
                List<SurveyAnswerError> e = SurveyAnswerRules.check(q, applied.merged.get(q.id()), true,
                        ctx.ranges.get(q.id())).errors();
                if (!e.isEmpty() && errorPage < 0) {
                    errorPage = i;
                }
                if (i == errorPage) {
                    errors.addAll(e);
                }
            }
        }
        SurveyResponse response = ctx.response;
        if (!errors.isEmpty()) {
            response.moveTo(errorPage, clock.instant());
            return new Outcome(Result.ERRORS, ctx.state(applied.language, errorPage, applied.visible,
                    applied.merged, applied.newToken), errors);
        }
        List<SurveyAnswer> hidden = answers.findByResponseIdOrderByIdAsc(response.getId()).stream()
                .filter(a -> !applied.visible.contains(a.getQuestionId())).toList();
        answers.deleteAll(hidden);
        Optional<CompanyRef> company = ctx.link == null || ctx.link.companyId() == null ? Optional.empty()
                : SystemAccess.run(() -> companies.ref(ctx.link.companyId()));
        Long recipientId = response.getRecipientId();
        response.complete(ctx.survey.anonymous() ? null : company.map(CompanyRef::id).orElse(null),
                company.map(CompanyRef::municipalityId).orElse(null),
                company.map(CompanyRef::countryCode).orElse(null),
                company.map(CompanyRef::targetGroups).orElse(Set.of()), ctx.survey.anonymous(), clock.instant());
        if (recipientId != null) {
            links.completed(recipientId);
        }
        // written before the listeners (need suggestions) read the completed response
        responses.flush();
        events.publishEvent(new SurveyResponseCompleted(ctx.survey.id(), response.getId(), response.getCompanyId()));
        applied.merged.keySet().retainAll(applied.visible);
        return new Outcome(Result.COMPLETED, ctx.state(applied.language, response.getCurrentSection(),
                applied.visible, applied.merged, applied.newToken), List.of());
    }
}
