package no.kobling.survey.definition.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.survey.answer.web.SurveyAnswerView;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.definition.application.SurveyAccess;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The survey as a respondent sees it on a phone: one page (section) at a time in a 390 px wide frame, in any of the
 * five languages (fallback applied per text), rendered by the answer pages' own question fragment. Nothing is saved;
 * the form only pages.
 */
@Controller
class SurveyPreviewController {

    private final SurveyAccess access;
    private final SurveyDefinitions definitions;

    SurveyPreviewController(SurveyAccess access, SurveyDefinitions definitions) {
        this.access = access;
        this.definitions = definitions;
    }

    @GetMapping("/surveys/{id}/preview")
    String preview(@PathVariable long id, @RequestParam(required = false) String lang,
            @RequestParam(defaultValue = "0") int page, Model model) {
        SurveyDef survey = access.manage(id);
        String language = lang != null && SurveyDefinitions.LANGUAGES.contains(lang.toLowerCase(Locale.ROOT))
                ? lang.toLowerCase(Locale.ROOT) : uiLanguage(survey);
        int pages = survey.sections().size();
        int current = pages == 0 ? 0 : Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("survey", survey);
        model.addAttribute("language", language);
        model.addAttribute("languages", SurveyDefinitions.LANGUAGES);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("surveyTitle", survey.title(language));
        model.addAttribute("intro", survey.text(survey.intros(), language));
        model.addAttribute("sectionTitle",
                pages == 0 ? "" : survey.text(survey.sections().get(current).titles(), language));
        // the same question model and fragment as the answer pages (surveys/fragments/question.html)
        model.addAttribute("questions", pages == 0 ? List.of()
                : SurveyAnswerView.questions(survey, survey.sections().get(current).questions(), language, Map.of(),
                        List.of(), true));
        return "surveys/preview";
    }

    private static String uiLanguage(SurveyDef survey) {
        String ui = LocaleContextHolder.getLocale().getLanguage();
        ui = "no".equals(ui) ? "nb" : ui;
        return SurveyDefinitions.LANGUAGES.contains(ui) ? ui : survey.fallbackLanguage();
    }
}
