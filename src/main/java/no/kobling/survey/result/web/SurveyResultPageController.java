package no.kobling.survey.result.web;

import java.util.HashMap;
import java.util.Map;
import no.kobling.shared.DomainException;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.result.application.SurveyCompanyService;
import no.kobling.survey.result.application.SurveyIndicatorMappingService;
import no.kobling.survey.result.application.SurveyIndicatorMappingService.MappingCommand;
import no.kobling.survey.result.application.SurveyResultService;
import no.kobling.survey.result.domain.SurveyIndicatorMapping.Aggregation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The results page of a survey, its cross-tabulations, its indicator mappings, and a company's survey answers. */
@Controller
class SurveyResultPageController {

    private final SurveyResultService results;
    private final SurveyIndicatorMappingService mappings;
    private final SurveyCompanyService companySurveys;

    SurveyResultPageController(SurveyResultService results, SurveyIndicatorMappingService mappings,
            SurveyCompanyService companySurveys) {
        this.results = results;
        this.mappings = mappings;
        this.companySurveys = companySurveys;
    }

    @GetMapping("/surveys/{id}/results")
    String results(@PathVariable long id, Model model) {
        model.addAttribute("results", results.results(id, LocaleContextHolder.getLocale()));
        model.addAttribute("mappings", mappings.list(id));
        model.addAttribute("aggregations", Aggregation.values());
        model.addAttribute("dimensions", SurveyResultService.DIMENSIONS);
        return "surveys/results/results";
    }

    @GetMapping("/surveys/{id}/results/{questionId}/crosstab")
    String crossTab(@PathVariable long id, @PathVariable long questionId,
            @RequestParam(defaultValue = "municipality") String by, Model model) {
        model.addAttribute("crosstab", results.crossTab(id, questionId, by, LocaleContextHolder.getLocale()));
        model.addAttribute("dimensions", SurveyResultService.DIMENSIONS);
        return "surveys/results/crosstab";
    }

    @PostMapping("/surveys/{id}/results/mappings")
    String map(@PathVariable long id, @RequestParam(required = false) Long questionId,
            @RequestParam(required = false) String itemCode, @RequestParam(required = false) String optionCode,
            @RequestParam(defaultValue = "") String slug, @RequestParam(required = false) Aggregation aggregation,
            @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<String, String> names = new HashMap<>();
        for (String lang : SurveyDefinitions.LANGUAGES) {
            names.put(lang, params.get("name_" + lang));
        }
        try {
            if (questionId == null) {
                throw DomainException.rule("survey-mapping-question", "surveyresult.error.mapping-question");
            }
            mappings.create(id, new MappingCommand(questionId, itemCode, optionCode, slug, aggregation, null, names));
            redirect.addFlashAttribute("mappingSaved", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("mappingError", e.messageKey());
            redirect.addFlashAttribute("mappingErrorArgs", e.args());
        }
        return "redirect:/surveys/" + id + "/results#mappings-heading";
    }

    @PostMapping("/surveys/{id}/results/mappings/{mappingId}/delete")
    String unmap(@PathVariable long id, @PathVariable long mappingId, RedirectAttributes redirect) {
        mappings.delete(id, mappingId);
        redirect.addFlashAttribute("mappingDeleted", true);
        return "redirect:/surveys/" + id + "/results#mappings-heading";
    }

    @GetMapping("/companies/{companyId}/surveys")
    String company(@PathVariable long companyId, Model model) {
        model.addAttribute("company", companySurveys.ofCompany(companyId, LocaleContextHolder.getLocale()));
        return "surveys/results/company";
    }

    @PostMapping("/companies/{companyId}/surveys/suggestions/{suggestionId}/{decision}")
    String decide(@PathVariable long companyId, @PathVariable long suggestionId, @PathVariable String decision,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        if (!decision.equals("confirm") && !decision.equals("dismiss")) {
            throw new no.kobling.shared.NotFoundException("survey-need-suggestion", suggestionId);
        }
        try {
            companySurveys.decide(companyId, suggestionId, decision.equals("confirm"), version,
                    LocaleContextHolder.getLocale());
            redirect.addFlashAttribute("decided", decision);
        } catch (DomainException e) {
            redirect.addFlashAttribute("decisionError", e.messageKey());
        }
        return "redirect:/companies/" + companyId + "/surveys";
    }
}
