package no.kobling.survey.definition.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.kobling.actor.Actors;
import no.kobling.shared.DomainException;
import no.kobling.shared.web.ListLinks;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.Kind;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.application.SurveyBuilderService;
import no.kobling.survey.definition.application.SurveyTemplates;
import no.kobling.survey.definition.domain.Survey;
import no.kobling.survey.definition.domain.SurveyQuestion;
import no.kobling.survey.definition.domain.SurveyRules;
import no.kobling.survey.definition.domain.SurveySpec;
import no.kobling.survey.definition.domain.SurveySpec.SectionSpec;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The survey pages: the list, a new survey (blank or from a template), the survey with its builder. */
@Controller
class SurveyPageController {

    private final SurveyBuilderService service;
    private final SurveyTemplates templates;
    private final Actors actors;

    SurveyPageController(SurveyBuilderService service, SurveyTemplates templates, Actors actors) {
        this.service = service;
        this.templates = templates;
        this.actors = actors;
    }

    @GetMapping("/surveys")
    String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        var result = service.list(List.of(), PageRequest.of(Math.max(page, 0), 25,
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id"))));
        model.addAttribute("surveys", result.getContent());
        model.addAttribute("links", ListLinks.of(request, result));
        model.addAttribute("language", language());
        return "surveys/list";
    }

    /** A template as the new-survey form offers it. */
    record TemplateOption(String code, String title) {
    }

    @GetMapping("/surveys/new")
    String newSurvey(Model model) {
        service.requireManager();
        model.addAttribute("templates", templates.all().stream().map(t -> new TemplateOption(t.code(),
                SurveyDefinitions.text(t.spec().titles(), language(), t.spec().fallbackLanguage()))).toList());
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("languages", SurveyDefinitions.LANGUAGES);
        model.addAttribute("partnerships", actors.visiblePartnerships());
        model.addAttribute("language", language());
        return "surveys/new";
    }

    @PostMapping("/surveys")
    String create(@RequestParam(required = false) String template, @RequestParam(required = false) String title,
            @RequestParam(defaultValue = "nb") String fallbackLanguage, @RequestParam(required = false) Kind kind,
            @RequestParam(defaultValue = "false") boolean anonymous,
            @RequestParam(required = false) Long partnershipId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
            RedirectAttributes redirect) {
        return act(() -> {
            if (template != null && !template.isBlank()) {
                return service.createFromTemplate(template, partnershipId, null, closesOn);
            }
            Map<String, String> titles = new LinkedHashMap<>();
            titles.put(fallbackLanguage, title);
            return service.create(new SurveySpec(kind, anonymous, fallbackLanguage, titles, Map.of(), closesOn,
                    partnershipId, null, List.of()));
        }, "/surveys/new", redirect);
    }

    @GetMapping("/surveys/{id}")
    String show(@PathVariable long id, Model model) {
        Survey survey = service.get(id);
        model.addAttribute("survey", survey);
        model.addAttribute("language", language());
        model.addAttribute("languages", SurveyDefinitions.LANGUAGES);
        return "surveys/show";
    }

    @GetMapping("/surveys/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Survey survey = service.get(id);
        model.addAttribute("survey", survey);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("languages", SurveyDefinitions.LANGUAGES);
        model.addAttribute("partnerships", actors.visiblePartnerships());
        return "surveys/edit";
    }

    @PostMapping("/surveys/{id}/edit")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
            @RequestParam(required = false) Long partnershipId, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> intros = new LinkedHashMap<>();
        for (String l : SurveyDefinitions.LANGUAGES) {
            titles.put(l, params.getFirst("title_" + l));
            intros.put(l, params.getFirst("intro_" + l));
        }
        String kindName = params.getFirst("kind");
        Kind kind = kindName == null || java.util.Arrays.stream(Kind.values()).noneMatch(k -> k.name().equals(kindName))
                ? Kind.CUSTOM : Kind.valueOf(kindName);
        boolean anonymous = "true".equals(params.getFirst("anonymous"));
        return act(() -> {
            Survey current = service.get(id);
            return service.describe(id, new SurveySpec(kind, anonymous, params.getFirst("fallbackLanguage"), titles,
                    intros, closesOn, partnershipId, current.getProjectId(), null), version);
        }, "/surveys/" + id + "/edit", redirect);
    }

    @PostMapping("/surveys/{id}/copy")
    String copy(@PathVariable long id, RedirectAttributes redirect) {
        return act(() -> service.copy(id), "/surveys/" + id, redirect);
    }

    @PostMapping("/surveys/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            service.delete(id, version);
            redirect.addFlashAttribute("deleted", true);
            return "redirect:/surveys";
        } catch (DomainException e) {
            return refused(e, "/surveys/" + id, redirect);
        }
    }

    @PostMapping("/surveys/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return act(() -> service.close(id), "/surveys/" + id, redirect);
    }

    @PostMapping("/surveys/{id}/reopen")
    String reopen(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
            RedirectAttributes redirect) {
        return act(() -> service.reopen(id, closesOn), "/surveys/" + id, redirect);
    }

    @PostMapping("/surveys/{id}/sections")
    String addSection(@PathVariable long id, @RequestParam(required = false) String title,
            RedirectAttributes redirect) {
        return act(() -> {
            Survey survey = service.get(id);
            Map<String, String> titles = new LinkedHashMap<>();
            titles.put(survey.getFallbackLanguage(), title);
            service.addSection(id, new SectionSpec(titles, List.of()), null);
            return survey;
        }, "/surveys/" + id, redirect);
    }

    @PostMapping("/surveys/{id}/sections/{sectionId}/move")
    String moveSection(@PathVariable long id, @PathVariable long sectionId, @RequestParam int index,
            RedirectAttributes redirect) {
        return act(() -> service.moveSection(id, sectionId, index), "/surveys/" + id, redirect);
    }

    @PostMapping("/surveys/{id}/sections/{sectionId}/delete")
    String deleteSection(@PathVariable long id, @PathVariable long sectionId, RedirectAttributes redirect) {
        return act(() -> service.removeSection(id, sectionId), "/surveys/" + id, redirect);
    }

    @PostMapping("/surveys/{id}/questions/{questionId}/move")
    String moveQuestion(@PathVariable long id, @PathVariable long questionId, @RequestParam int index,
            RedirectAttributes redirect) {
        return act(() -> service.moveQuestion(id, questionId, index), "/surveys/" + id, redirect);
    }

    @PostMapping("/surveys/{id}/questions/{questionId}/delete")
    String deleteQuestion(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
        return act(() -> service.removeQuestion(id, questionId), "/surveys/" + id, redirect);
    }

    @GetMapping("/surveys/{id}/sections/{sectionId}/questions/new")
    String newQuestion(@PathVariable long id, @PathVariable long sectionId, Model model) {
        Survey survey = service.get(id);
        survey.section(sectionId);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", QuestionType.SINGLE_CHOICE.name());
        fields.put("scale", "1-5");
        return questionForm(survey, sectionId, null, fields, null, null, model);
    }

    @PostMapping("/surveys/{id}/sections/{sectionId}/questions")
    String addQuestion(@PathVariable long id, @PathVariable long sectionId,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, String> fields = SurveyForms.fields(params);
        try {
            service.addQuestion(id, sectionId, SurveyForms.question(fields), null);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/surveys/" + id;
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            return questionForm(service.get(id), sectionId, null, fields, e.messageKey(), e.args(), model);
        }
    }

    @GetMapping("/surveys/{id}/questions/{questionId}/edit")
    String editQuestion(@PathVariable long id, @PathVariable long questionId, Model model) {
        Survey survey = service.get(id);
        SurveyQuestion q = survey.question(questionId);
        Map<String, String> fields = SurveyForms.fields(q.toSpec());
        fields.put("version", String.valueOf(q.getVersion()));
        return questionForm(survey, null, questionId, fields, null, null, model);
    }

    @PostMapping("/surveys/{id}/questions/{questionId}/edit")
    String changeQuestion(@PathVariable long id, @PathVariable long questionId,
            @RequestParam MultiValueMap<String, String> params, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect) {
        Map<String, String> fields = SurveyForms.fields(params);
        try {
            service.changeQuestion(id, questionId, SurveyForms.question(fields), version);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/surveys/" + id;
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            return questionForm(service.get(id), null, questionId, fields, e.messageKey(), e.args(), model);
        }
    }

    private String questionForm(Survey survey, Long sectionId, Long questionId, Map<String, String> fields,
            String error, Object[] errorArgs, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("sectionId", sectionId);
        model.addAttribute("questionId", questionId);
        model.addAttribute("f", fields);
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("languages", SurveyDefinitions.LANGUAGES);
        model.addAttribute("choiceQuestions", survey.questions().stream()
                .filter(q -> SurveyRules.isChoice(q.getType()) && !q.getId().equals(questionId)).toList());
        model.addAttribute("surveyError", error);
        model.addAttribute("surveyErrorArgs", errorArgs);
        return "surveys/question";
    }

    /** Runs the action and shows the survey, or returns to the page with the refused rule's message. */
    private String act(Supplier<Survey> action, String page, RedirectAttributes redirect) {
        try {
            Survey survey = action.get();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/surveys/" + survey.getId();
        } catch (DomainException e) {
            return refused(e, page, redirect);
        }
    }

    private static String refused(DomainException e, String page, RedirectAttributes redirect) {
        if (e.status() == 404) {
            throw e;
        }
        redirect.addFlashAttribute("surveyError", e.messageKey());
        redirect.addFlashAttribute("surveyErrorArgs", e.args());
        return "redirect:" + page;
    }

    private static String language() {
        String ui = LocaleContextHolder.getLocale().getLanguage();
        return "no".equals(ui) ? "nb" : ui;
    }
}
