package no.kobling.survey.answer.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.actor.ActorZones;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.DomainException;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NotFoundException;
import no.kobling.survey.answer.application.SurveyAnswerRules.Checked;
import no.kobling.survey.answer.application.SurveyAnswerRules.Row;
import no.kobling.survey.answer.domain.SurveyAnswer;
import no.kobling.survey.answer.domain.SurveyResponse;
import no.kobling.survey.answer.persistence.SurveyAnswerRepository;
import no.kobling.survey.answer.persistence.SurveyResponseRepository;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.SectionDef;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.distribution.SurveyLinks;
import org.springframework.context.ApplicationEventPublisher;
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

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyDefinitions definitions;
    private final SurveyLinks links;
    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;
    private final Companies companies;
    private final ActorZones zones;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SurveyAnswerService(SurveyDefinitions definitions, SurveyLinks links, SurveyResponseRepository responses,
            SurveyAnswerRepository answers, Companies companies, ActorZones zones, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.definitions = definitions;
        this.links = links;
        this.responses = responses;
        this.answers = answers;
        this.companies = companies;
        this.zones = zones;
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
        Context ctx = resolve(key);
        Map<Long, SurveyAnswerInput> stored = stored(ctx.response);
        Set<Long> visible = SurveyAnswerRules.visible(ctx.survey, stored);
        int page = ctx.response == null ? 0 : ctx.response.getCurrentSection();
        page = landing(ctx.survey, visible, page);
        String language = language(requestedLanguage).orElse(ctx.language());
        return state(ctx, language, page, visible, stored, null);
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
        Context ctx = resolve(key);
        List<SectionDef> pages = SurveyAnswerRules.pages(ctx.survey);
        if (page < 0 || page >= pages.size()) {
            throw DomainException.rule("survey-page-unknown", "surveyanswer.error.page-unknown");
        }
        Set<Long> scope = SurveyAnswerRules.questions(pages.get(page)).stream().map(QuestionDef::id)
                .collect(Collectors.toSet());
        boolean strict = action == Action.NEXT || action == Action.SUBMIT;
        Applied applied = apply(ctx, scope, inputs, strict, strict, true, language, fallbackLanguage);
        Set<Long> visible = applied.visible;
        if (!applied.errors.isEmpty()) {
            return new Outcome(Result.ERRORS, state(ctx, applied.language, page, visible, applied.merged,
                    applied.newToken), applied.errors);
        }
        if (!applied.revealed.isEmpty() && strict) {
            ctx.response.moveTo(page, clock.instant());
            return new Outcome(Result.REVEALED, state(ctx, applied.language, page, visible, applied.merged,
                    applied.newToken), List.of());
        }
        switch (action) {
            case BACK -> {
                int to = SurveyAnswerRules.nextPage(ctx.survey, visible, page - 1, -1);
                ctx.response.moveTo(to < 0 ? page : to, clock.instant());
            }
            case PAUSE -> {
                ctx.response.moveTo(page, clock.instant());
                return new Outcome(Result.PAUSED, state(ctx, applied.language, page, visible, applied.merged,
                        applied.newToken), List.of());
            }
            case NEXT -> {
                int to = SurveyAnswerRules.nextPage(ctx.survey, visible, page + 1, 1);
                ctx.response.moveTo(to < 0 ? page : to, clock.instant());
            }
            case SUBMIT -> {
                Outcome done = submit(ctx, applied);
                if (done != null) {
                    return done;
                }
            }
            default -> throw new IllegalStateException(action.name());
        }
        int shown = landing(ctx.survey, visible, ctx.response.getCurrentSection());
        return new Outcome(Result.MOVED, state(ctx, applied.language, shown, visible, applied.merged,
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
        Context ctx = resolve(key);
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
        Applied applied = apply(ctx, scope, inputs, true, page != null, false, language, fallbackLanguage);
        if (!applied.errors.isEmpty()) {
            throw new SurveyAnswerRefused(applied.errors);
        }
        if (submit) {
            Outcome done = submit(ctx, applied);
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

    /** The survey behind a token, for the API's description (refused as the pages refuse). */
    @Transactional(readOnly = true)
    public State describe(Key key, String requestedLanguage) {
        return view(key, requestedLanguage);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The survey and link of a call; {@code response} is set by the first post. */
    private static final class Context {
        final SurveyDef survey;
        final SurveyLinks.Link link;
        SurveyResponse response;
        final String linkLanguage;
        Map<Long, SurveyDefinitions.NumberRange> ranges;

        Context(SurveyDef survey, SurveyLinks.Link link, SurveyResponse response, String linkLanguage) {
            this.survey = survey;
            this.link = link;
            this.response = response;
            this.linkLanguage = linkLanguage;
        }

        String language() {
            if (response != null) {
                return response.getLanguage();
            }
            return linkLanguage;
        }
    }

    private static final class Applied {
        Map<Long, SurveyAnswerInput> merged;
        Set<Long> visible;
        Set<Long> revealed;
        List<SurveyAnswerError> errors;
        String newToken;
        String language;
    }

    /** Finds the link or response and refuses what may not be answered. */
    private Context resolve(Key key) {
        if (key.resumeToken() != null) {
            SurveyResponse r = responses.findByResumeTokenHash(hash(key.resumeToken()))
                    .orElseThrow(() -> new NotFoundException("survey-link", ""));
            SurveyDef survey = definitions.find(r.getSurveyId())
                    .orElseThrow(() -> new NotFoundException("survey-link", ""));
            if (r.isComplete()) {
                throw used();
            }
            requireOpen(survey);
            return new Context(survey, null, r, r.getLanguage());
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
        return new Context(survey, link, response, language(link.language()).orElse(null));
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

    /**
     * Replaces the answers of the questions in {@code scope} with the inputs that fit, drops those of questions in
     * scope that do not show, and makes the response if there is none yet.
     */
    private Applied apply(Context ctx, Set<Long> scope, Map<Long, SurveyAnswerInput> inputs, boolean reportErrors,
            boolean require, boolean revealing, String language, String fallbackLanguage) {
        Instant now = clock.instant();
        ctx.ranges = definitions.numberRanges(ctx.survey.id());
        Applied a = new Applied();
        a.language = language(language).or(() -> language(ctx.language())).or(() -> language(fallbackLanguage))
                .orElse("nb");
        Map<Long, SurveyAnswerInput> stored = stored(ctx.response);
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
                token = newToken();
                tokenHash = hash(token);
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

    /** Checks every page; on an error moves to its page and answers the errors, else completes (null). */
    private Outcome submit(Context ctx, Applied applied) {
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
            return new Outcome(Result.ERRORS, state(ctx, applied.language, errorPage, applied.visible,
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
        return new Outcome(Result.COMPLETED, state(ctx, applied.language, response.getCurrentSection(),
                applied.visible, applied.merged, applied.newToken), List.of());
    }

    private State state(Context ctx, String language, int page, Set<Long> visible,
            Map<Long, SurveyAnswerInput> values, String resumeToken) {
        SurveyResponse r = ctx.response;
        return new State(ctx.survey, r == null ? null : r.getId(), ctx.link != null && ctx.link.recipientId() != null,
                language, page, Set.copyOf(visible), Map.copyOf(values), resumeToken, r != null && r.isComplete());
    }

    private Map<Long, SurveyAnswerInput> stored(SurveyResponse response) {
        return response == null ? new LinkedHashMap<>()
                : SurveyAnswerRules.inputs(answers.findByResponseIdOrderByIdAsc(response.getId()));
    }

    /** The stored page, or the nearest page before it that has questions that show. */
    private static int landing(SurveyDef survey, Set<Long> visible, int page) {
        int max = SurveyAnswerRules.pages(survey).size() - 1;
        int p = Math.min(Math.max(0, page), Math.max(0, max));
        int at = SurveyAnswerRules.nextPage(survey, visible, p, -1);
        if (at < 0) {
            at = SurveyAnswerRules.nextPage(survey, visible, p, 1);
        }
        return Math.max(0, at);
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
