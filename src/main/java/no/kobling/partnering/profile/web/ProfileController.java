package no.kobling.partnering.profile.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kobling.partnering.profile.application.ProfileService;
import no.kobling.partnering.profile.application.ProfileView;
import no.kobling.partnering.profile.application.RecommendationService;
import no.kobling.partnering.profile.application.RecommendationView;
import no.kobling.partnering.profile.application.Recommendations;
import no.kobling.partnering.profile.application.TagCatalogue;
import no.kobling.partnering.profile.domain.CooperationType;
import no.kobling.shared.DomainException;
import no.kobling.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partner-search pages: the list of profiles, a company's profile and its form, and its recommendations. */
@Controller
class ProfileController {

    static final List<String> LANGUAGES = List.of("nb", "nn", "sv", "fi", "en");
    static final List<String> COUNTRIES = List.of("NO", "SE", "FI", "DK", "IS", "EE", "DE", "GB");

    private final ProfileService profiles;
    private final RecommendationService recommendations;
    private final TagCatalogue tags;

    ProfileController(ProfileService profiles, RecommendationService recommendations, TagCatalogue tags) {
        this.profiles = profiles;
        this.recommendations = recommendations;
        this.tags = tags;
    }

    @GetMapping("/partnering")
    String list(Model model) {
        model.addAttribute("profiles", profiles.list(ProfileApiController.lang()));
        return "partnering/profiles";
    }

    @GetMapping("/partnering/profiles/{companyId}")
    String show(@PathVariable long companyId, Model model) {
        Optional<ProfileView> profile = profiles.find(companyId, ProfileApiController.lang());
        if (profile.isEmpty()) {
            return "redirect:/partnering/profiles/" + companyId + "/edit";
        }
        model.addAttribute("profile", profile.get());
        return "partnering/profile";
    }

    @GetMapping("/partnering/profiles/{companyId}/edit")
    String edit(@PathVariable long companyId, Model model) {
        Optional<ProfileView> profile = profiles.forEdit(companyId, ProfileApiController.lang());
        ProfileForm form = profile.map(ProfileForm::of).orElseGet(ProfileForm::new);
        return form(companyId, form, profile.isPresent(), model);
    }

    @PostMapping("/partnering/profiles/{companyId}")
    String save(@PathVariable long companyId, @Valid @ModelAttribute("form") ProfileForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        boolean exists = form.getVersion() != null;
        if (result.hasErrors()) {
            return form(companyId, form, exists, model);
        }
        try {
            profiles.save(companyId, form.content(), form.getVersion(), ProfileApiController.lang());
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            FormErrors.reject(result, e);
            if ("concurrent-modification".equals(e.code())) {
                model.addAttribute("stale", true);
            }
            return form(companyId, form, exists, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/partnering/profiles/" + companyId;
    }

    private String form(long companyId, ProfileForm form, boolean exists, Model model) {
        String lang = ProfileApiController.lang();
        model.addAttribute("form", form);
        model.addAttribute("companyId", companyId);
        model.addAttribute("exists", exists);
        model.addAttribute("tagOptions", tags.options(lang));
        model.addAttribute("types", CooperationType.values());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("countries", COUNTRIES);
        return "partnering/profile-form";
    }

    @PostMapping("/partnering/profiles/{companyId}/validate")
    String validate(@PathVariable long companyId, RedirectAttributes redirect) {
        profiles.validate(companyId, ProfileApiController.lang());
        redirect.addFlashAttribute("validated", true);
        return "redirect:/partnering/profiles/" + companyId;
    }

    @PostMapping("/partnering/profiles/{companyId}/renew")
    String renew(@PathVariable long companyId, RedirectAttributes redirect) {
        try {
            profiles.renew(companyId, ProfileApiController.lang());
            redirect.addFlashAttribute("renewed", true);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("actionError", e.messageKey());
        }
        return "redirect:/partnering/profiles/" + companyId;
    }

    @GetMapping("/partnering/profiles/{companyId}/recommendations")
    String recommendations(@PathVariable long companyId, @RequestParam(defaultValue = "20") int limit,
            Model model) {
        String lang = ProfileApiController.lang();
        model.addAttribute("profile", profiles.get(companyId, lang));
        Recommendations result = recommendations.overview(companyId,
                Math.max(1, Math.min(limit, RecommendationService.MAX_LIMIT)), lang);
        model.addAttribute("result", result);
        // one-way fits apart, grouped by direction (they offer what you seek / they seek what you offer)
        Map<String, List<RecommendationView>> groups = new java.util.TreeMap<>();
        for (RecommendationView r : result.oneWay()) {
            groups.computeIfAbsent(r.direction(), k -> new ArrayList<>()).add(r);
        }
        model.addAttribute("oneWayGroups", groups);
        return "partnering/recommendations";
    }

    @PostMapping("/partnering/profiles/{companyId}/declined")
    String decline(@PathVariable long companyId, @RequestParam long partnerCompanyId,
            RedirectAttributes redirect) {
        profiles.decline(companyId, partnerCompanyId);
        redirect.addFlashAttribute("declined", true);
        return "redirect:/partnering/profiles/" + companyId + "/recommendations";
    }
}
