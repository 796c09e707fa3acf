package no.kobling.survey.answer.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.web.LayoutModelAdvice;
import no.kobling.survey.answer.application.SurveyAnswerError;
import no.kobling.survey.answer.application.SurveyAnswerInput;
import no.kobling.survey.answer.application.SurveyAnswerService;
import no.kobling.survey.answer.application.SurveyAnswerService.Action;
import no.kobling.survey.answer.application.SurveyAnswerService.Key;
import no.kobling.survey.answer.application.SurveyAnswerService.Outcome;
import no.kobling.survey.answer.application.SurveyAnswerService.State;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public answer pages (no sign-in): one page per section, plain form posts (no JavaScript needed), each post
 * saved at once. {@code /public/surveys/{token}} is a personal or open link; {@code /public/surveys/r/{token}} an open
 * link's response, continued by its resume token.
 */
@Controller
class SurveyAnswerPageController {

    private final SurveyAnswerService service;
    private final LocaleResolver localeResolver;

    SurveyAnswerPageController(SurveyAnswerService service, LocaleResolver localeResolver) {
        this.service = service;
        this.localeResolver = localeResolver;
    }

    @GetMapping("/public/surveys/{token}")
    String link(@PathVariable String token, @RequestParam(required = false) String lang, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        return show(Key.link(token), lang, model, request, response);
    }

    @GetMapping("/public/surveys/r/{token}")
    String resume(@PathVariable String token, @RequestParam(required = false) String lang, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        return show(Key.resume(token), lang, model, request, response);
    }

    @PostMapping("/public/surveys/{token}")
    String postLink(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return post(Key.link(token), "/public/surveys/" + token, request, response, model);
    }

    @PostMapping("/public/surveys/r/{token}")
    String postResume(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return post(Key.resume(token), "/public/surveys/r/" + token, request, response, model);
    }

    private String show(Key key, String lang, Model model, HttpServletRequest request, HttpServletResponse response) {
        String fallback = request.getLocale() == null ? null : currentLanguage(request);
        State state = service.view(key, lang == null ? null : lang);
        State shown = state.language() == null ? withLanguage(state, fallback) : state;
        useLanguage(shown.language(), request, response);
        return page(shown, shown.answers(), List.of(), false, address(key), model);
    }

    private String post(Key key, String address, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Map<Long, SurveyAnswerInput> inputs = inputs(request);
        int page = integer(request.getParameter("page"));
        Action action = action(request.getParameter("action"));
        Outcome outcome = service.post(key, page, inputs, action, request.getParameter("language"),
                currentLanguage(request));
        State state = outcome.state();
        useLanguage(state.language(), request, response);
        String own = state.resumeToken() != null ? "/public/surveys/r/" + state.resumeToken() : address;
        switch (outcome.result()) {
            case MOVED -> {
                return "redirect:" + own;
            }
            case PAUSED -> {
                model.addAttribute("title", state.survey().title(state.language()));
                model.addAttribute("continueUrl", own);
                model.addAttribute("continueAbsolute",
                        ServletUriComponentsBuilder.fromContextPath(request).path(own).toUriString());
                return "surveys/answer/paused";
            }
            case COMPLETED -> {
                model.addAttribute("title", state.survey().title(state.language()));
                return "surveys/answer/done";
            }
            default -> {
                Map<Long, SurveyAnswerInput> shown = new LinkedHashMap<>(state.answers());
                if (outcome.result() == SurveyAnswerService.Result.ERRORS && state.page() == page) {
                    shown.putAll(inputs); // what was typed, to correct it
                }
                return page(state, shown, outcome.errors(),
                        outcome.result() == SurveyAnswerService.Result.REVEALED, own, model);
            }
        }
    }

    private static String page(State state, Map<Long, SurveyAnswerInput> shown, List<SurveyAnswerError> errors,
            boolean revealed, String action, Model model) {
        model.addAttribute("view", SurveyAnswerView.of(state, shown, errors));
        model.addAttribute("errors", !errors.isEmpty());
        model.addAttribute("revealed", revealed);
        model.addAttribute("formAction", action);
        return "surveys/answer/page";
    }

    private static String address(Key key) {
        return key.resumeToken() != null ? "/public/surveys/r/" + key.resumeToken()
                : "/public/surveys/" + key.linkToken();
    }

    private static State withLanguage(State s, String language) {
        return new State(s.survey(), s.responseId(), s.personal(), language, s.page(), s.visible(), s.answers(),
                s.resumeToken(), s.complete());
    }

    /** The page's language becomes the interface's, so buttons and messages speak it too. */
    private void useLanguage(String language, HttpServletRequest request, HttpServletResponse response) {
        if (language != null && !language.equals(currentLanguage(request))) {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(language));
        }
    }

    private String currentLanguage(HttpServletRequest request) {
        return SurveyAnswerService.language(localeResolver.resolveLocale(request).getLanguage()).orElse("nb");
    }

    /** Form fields {@code q<id>} (one or more values) and {@code q<id>.<item>} (a matrix row). */
    static Map<Long, SurveyAnswerInput> inputs(HttpServletRequest request) {
        Map<Long, List<String>> values = new LinkedHashMap<>();
        Map<Long, Map<String, String>> items = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            String name = e.getKey();
            if (name.length() < 2 || name.charAt(0) != 'q' || name.length() > 100) {
                continue;
            }
            int dot = name.indexOf('.');
            String idPart = dot < 0 ? name.substring(1) : name.substring(1, dot);
            long id;
            try {
                id = Long.parseLong(idPart);
            } catch (NumberFormatException ex) {
                continue;
            }
            if (dot < 0) {
                values.computeIfAbsent(id, k -> new ArrayList<>()).addAll(List.of(e.getValue()));
            } else if (e.getValue().length > 0) {
                items.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(name.substring(dot + 1), e.getValue()[0]);
            }
        }
        Map<Long, SurveyAnswerInput> inputs = new LinkedHashMap<>();
        values.forEach((id, v) -> inputs.put(id, new SurveyAnswerInput(v, items.get(id))));
        items.forEach((id, i) -> inputs.putIfAbsent(id, new SurveyAnswerInput(List.of(), i)));
        return inputs;
    }

    private static int integer(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Action action(String s) {
        if (s == null) {
            return Action.NEXT;
        }
        try {
            return Action.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Action.NEXT;
        }
    }

    /** A closed survey or an answered link: a page that says so, with its status (410, 409). */
    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e, HttpServletRequest request, HttpServletResponse response) {
        if (request.getParameter("lang") == null) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String rest = path.startsWith("/public/surveys/") ? path.substring("/public/surveys/".length()) : "";
            if (!rest.isEmpty() && rest.indexOf('/') == rest.lastIndexOf('/')) {
                Key key = rest.startsWith("r/") ? Key.resume(rest.substring(2))
                        : rest.contains("/") ? null : Key.link(rest);
                if (key != null) {
                    service.languageOf(key).ifPresent(l -> useLanguage(l, request, response));
                }
            }
        }
        if (e instanceof NotFoundException) {
            response.setStatus(404);
            ModelAndView mav = new ModelAndView("surveys/answer/refused");
            mav.addObject("reason", "not-found");
            mav.addObject("headingKey", "surveyanswer.refused.not-found");
            LayoutModelAdvice.addLayoutModel(request, mav);
            return mav;
        }
        response.setStatus(e.status());
        ModelAndView mav = new ModelAndView("surveys/answer/refused");
        mav.addObject("reason", e.code());
        mav.addObject("headingKey", switch (e.code()) {
            case "survey-closed", "link-used" -> "surveyanswer.refused." + e.code();
            default -> "surveyanswer.refused.other";
        });
        mav.addObject("problemKey", e.messageKey());
        mav.addObject("problemArgs", e.args());
        LayoutModelAdvice.addLayoutModel(request, mav);
        return mav;
    }
}
