package no.kobling.survey.answer.application;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.shared.DomainException;
import no.kobling.survey.answer.application.SurveyAnswerWriter.Applied;
import no.kobling.survey.answer.domain.SurveyResponse;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.SectionDef;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a survey through a link, without signing in: the link's token (personal or open) or the resume token
 * of an open link's response is the only credential. Each posted page is saved at once; a personal link has one
 * response and continues where it was left; an open link starts a response on its first post and continues through
 * the resume token it then gets. A closed survey (status, or past its closing day in the owner's zone) answers 410
 * {@code survey-closed}, an answered link 409 {@code link-used}, an unknown token 404.
 */
@Service
public class SurveyAnswerService {

    private final SurveyAnswerAccess access;
    private final SurveyAnswerWriter writer;
    private final SurveyAnswerCompletion completion;
    private final Clock clock;

    SurveyAnswerService(SurveyAnswerAccess access, SurveyAnswerWriter writer, SurveyAnswerCompletion completion,
            Clock clock) {
        this.access = access;
        this.writer = writer;
        this.completion = completion;
        this.clock = clock;
    }

    /** How the respondent reached the survey: a link's token, or the resume token of an open link's response. */
    public record Key(String linkToken, String resumeToken) {

        public static Key link(String token) {
            return new Key(token, null);
        }

        public static Key resume(String token) {
            return new Key(null, token);
        }
    }

    /** The buttons of a page. */
    public enum Action { NEXT, BACK, PAUSE, SUBMIT }

    /**
     * What a page shows: the survey, the page index, the questions that show, the answers so far, the language;
     * {@code personal} for a personal link; {@code resumeToken} only right after an open link's first post.
     */
    public record State(SurveyDef survey, Long responseId, boolean personal, String language, int page,
            Set<Long> visible, Map<Long, SurveyAnswerInput> answers, String resumeToken, boolean complete) {

        public List<SectionDef> pages() {
            return SurveyAnswerRules.pages(survey);
        }

        public SectionDef section() {
            return pages().get(page);
        }

        /** The questions of the current page that show. */
        public List<QuestionDef> questions() {
            return SurveyAnswerRules.questions(section()).stream().filter(q -> visible.contains(q.id())).toList();
        }

        public boolean first() {
            return SurveyAnswerRules.nextPage(survey, visible, page - 1, -1) < 0;
        }

        public boolean last() {
            return SurveyAnswerRules.nextPage(survey, visible, page + 1, 1) < 0;
        }

        /** 1-based number of the page among the pages that show, and how many show. */
        public int number() {
            int n = 0;
            for (int i = 0; i <= page; i++) {
                if (SurveyAnswerRules.nextPage(survey, visible, i, 1) == i) {
                    n++;
                }
            }
            return Math.max(1, n);
        }

        public int count() {
            int n = 0;
            for (int i = 0; i < pages().size(); i++) {
                if (SurveyAnswerRules.nextPage(survey, visible, i, 1) == i) {
                    n++;
                }
            }
            return Math.max(1, n);
        }
    }

    /**
     * After a post: {@code MOVED} (show the state's page), {@code ERRORS} (the page again with the errors),
     * {@code REVEALED} (the page again: an answer made more of its questions show), {@code PAUSED}, {@code COMPLETED}.
     */
    public enum Result { MOVED, ERRORS, REVEALED, PAUSED, COMPLETED }

    public record Outcome(Result result, State state, List<SurveyAnswerError> errors) {
    }

    /** The page to show for this link (read only: a response starts with the first post). */
    @Transactional(readOnly = true)
    public State view(Key key, String requestedLanguage) {
        SurveyAnswerContext ctx = access.resolve(key);
        Map<Long, SurveyAnswerInput> stored = access.stored(ctx.response);
        Set<Long> visible = SurveyAnswerRules.visible(ctx.survey, stored);
        int page = ctx.response == null ? 0 : ctx.response.getCurrentSection();
        page = SurveyAnswerAccess.landing(ctx.survey, visible, page);
        String language = language(requestedLanguage).orElse(ctx.language());
        return ctx.state(language, page, visible, stored, null);
    }

    /**
     * Saves the posted page ({@code page}, its questions' inputs by question id; others are ignored) and moves on as
     * the button says. Values that do not fit are never stored; on "Next" and "Submit" they and missing required
     * answers come back as errors. "Submit" checks every page and drops the answers of questions that no longer
     * show, then completes the response with the company's snapshot and marks a personal link used.
     */
    @Transactional
    public Outcome post(Key key, int page, Map<Long, SurveyAnswerInput> inputs, Action action, String language,
            String fallbackLanguage) {
        SurveyAnswerContext ctx = access.resolve(key);
        List<SectionDef> pages = SurveyAnswerRules.pages(ctx.survey);
        if (page < 0 || page >= pages.size()) {
            throw DomainException.rule("survey-page-unknown", "surveyanswer.error.page-unknown");
        }
        Set<Long> scope = SurveyAnswerRules.questions(pages.get(page)).stream().map(QuestionDef::id)
                .collect(Collectors.toSet());
        boolean strict = action == Action.NEXT || action == Action.SUBMIT;
        Applied applied = writer.apply(ctx, scope, inputs, strict, strict, true, language, fallbackLanguage);
        Set<Long> visible = applied.visible;
        if (!applied.errors.isEmpty()) {
            return new Outcome(Result.ERRORS, ctx.state(applied.language, page, visible, applied.merged,
                    applied.newToken), applied.errors);
        }
        if (!applied.revealed.isEmpty() && strict) {
            ctx.response.moveTo(page, clock.instant());
            return new Outcome(Result.REVEALED, ctx.state(applied.language, page, visible, applied.merged,
                    applied.newToken), List.of());
        }
        switch (action) {
            case BACK -> {
                int to = SurveyAnswerRules.nextPage(ctx.survey, visible, page - 1, -1);
                ctx.response.moveTo(to < 0 ? page : to, clock.instant());
            }
            case PAUSE -> {
                ctx.response.moveTo(page, clock.instant());
                return new Outcome(Result.PAUSED, ctx.state(applied.language, page, visible, applied.merged,
                        applied.newToken), List.of());
            }
            case NEXT -> {
                int to = SurveyAnswerRules.nextPage(ctx.survey, visible, page + 1, 1);
                ctx.response.moveTo(to < 0 ? page : to, clock.instant());
            }
            case SUBMIT -> {
                Outcome done = completion.submit(ctx, applied);
                if (done != null) {
                    return done;
                }
            }
            default -> throw new IllegalStateException(action.name());
        }
        int shown = SurveyAnswerAccess.landing(ctx.survey, visible, ctx.response.getCurrentSection());
        return new Outcome(Result.MOVED, ctx.state(applied.language, shown, visible, applied.merged,
                applied.newToken), List.of());
    }

    /** The API's answer to a post: the response's state, and a new open-link response's resume token. */
    public record ApiResult(String status, int currentSection, String resumeToken, List<Long> visibleQuestionIds) {
    }

    /**
     * The API: saves answers of one page ({@code page}) or of any pages ({@code page} null), strictly (every answer
     * must fit, and required questions that show on the page, or on every page with {@code submit}, must be answered;
     * else 422 with the first error's code and all errors), and completes the response with {@code submit}.
     * Answers to questions the survey does not have are refused ({@code question-unknown}); answers to questions
     * that do not show are dropped.
     */
    @Transactional
    public ApiResult answerApi(Key key, Integer page, Map<Long, SurveyAnswerInput> inputs, boolean submit,
            String language, String fallbackLanguage) {
        SurveyAnswerContext ctx = access.resolve(key);
        List<SectionDef> pages = SurveyAnswerRules.pages(ctx.survey);
        Set<Long> scope;
        if (page == null) {
            // without a page: the answers given are merged into the saved ones (a later post may complete the
            // response with the remaining questions); a question of another survey is refused below
            Set<Long> all = ctx.survey.questions().stream().map(QuestionDef::id).collect(Collectors.toSet());
            scope = inputs.keySet().stream().filter(all::contains).collect(Collectors.toSet());
            for (Long id : inputs.keySet()) {
                if (!all.contains(id)) {
                    throw DomainException.rule("question-unknown", "surveyanswer.error.question-unknown", id);
                }
            }
        } else if (page < 0 || page >= pages.size()) {
            throw DomainException.rule("survey-page-unknown", "surveyanswer.error.page-unknown");
        } else {
            scope = SurveyAnswerRules.questions(pages.get(page)).stream().map(QuestionDef::id)
                    .collect(Collectors.toSet());
        }
        for (Long id : inputs.keySet()) {
            if (!scope.contains(id)) {
                throw DomainException.rule("question-unknown", "surveyanswer.error.question-unknown", id);
            }
        }
        Applied applied = writer.apply(ctx, scope, inputs, true, page != null, false, language, fallbackLanguage);
        if (!applied.errors.isEmpty()) {
            throw new SurveyAnswerRefused(applied.errors);
        }
        if (submit) {
            Outcome done = completion.submit(ctx, applied);
            if (!done.errors().isEmpty()) {
                throw new SurveyAnswerRefused(done.errors());
            }
            return new ApiResult(SurveyResponse.Status.COMPLETE.name(), ctx.response.getCurrentSection(),
                    applied.newToken, List.copyOf(applied.visible));
        }
        int at = page == null ? ctx.response.getCurrentSection() : page;
        int to = page == null ? at : SurveyAnswerRules.nextPage(ctx.survey, applied.visible, page + 1, 1);
        ctx.response.moveTo(to < 0 ? at : to, clock.instant());
        return new ApiResult(ctx.response.getStatus().name(), ctx.response.getCurrentSection(), applied.newToken,
                applied.visible.stream().sorted().toList());
    }

    /**
     * The language of a link or response, without any check (for the page that refuses it, so it speaks the
     * respondent's language).
     */
    @Transactional(readOnly = true)
    public Optional<String> languageOf(Key key) {
        return access.languageOf(key);
    }

    /** The survey behind a token, for the API's description (refused as the pages refuse). */
    @Transactional(readOnly = true)
    public State describe(Key key, String requestedLanguage) {
        return view(key, requestedLanguage);
    }

    /** One of the five languages, or empty. */
    public static Optional<String> language(String requested) {
        if (requested == null) {
            return Optional.empty();
        }
        String l = requested.strip().toLowerCase(Locale.ROOT);
        if ("no".equals(l)) {
            l = "nb";
        }
        return SurveyDefinitions.LANGUAGES.contains(l) ? Optional.of(l) : Optional.empty();
    }
}
