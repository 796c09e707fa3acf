package no.kobling.survey.distribution.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kobling.company.Companies;
import no.kobling.event.Events;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.project.Projects;
import no.kobling.shared.DomainException;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.distribution.application.SurveyAudience;
import no.kobling.survey.distribution.application.SurveyConsentService;
import no.kobling.survey.distribution.application.SurveySendService;
import no.kobling.survey.distribution.application.SurveySendViews.AddResult;
import no.kobling.survey.distribution.application.SurveySendViews.Candidate;
import no.kobling.survey.distribution.application.SurveySendViews.OpenLinkView;
import no.kobling.survey.distribution.application.SurveySendViews.SendResult;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The distribution page of a survey: audience pickers with preview, recipients, send, remind, open link. */
@Controller
class SurveyDistributionPageController {

    private final SurveySendService send;
    private final SurveyConsentService consents;
    private final Projects projects;
    private final Events events;
    private final Companies companies;
    private final Geography geography;

    SurveyDistributionPageController(SurveySendService send, SurveyConsentService consents, Projects projects,
            Events events, Companies companies, Geography geography) {
        this.send = send;
        this.consents = consents;
        this.projects = projects;
        this.events = events;
        this.companies = companies;
        this.geography = geography;
    }

    /** What an audience form posts; the fields that matter depend on {@code kind}. */
    public static class AudienceForm {

        private String kind;
        private Long projectId;
        private String eventKey;
        private String needCode;
        private Long municipalityId;
        private String countryCode;
        private String orgNumber;
        private String email;
        private String name;
        private String language;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public Long getProjectId() {
            return projectId;
        }

        public void setProjectId(Long projectId) {
            this.projectId = projectId;
        }

        public String getEventKey() {
            return eventKey;
        }

        public void setEventKey(String eventKey) {
            this.eventKey = eventKey;
        }

        public String getNeedCode() {
            return needCode;
        }

        public void setNeedCode(String needCode) {
            this.needCode = needCode;
        }

        public Long getMunicipalityId() {
            return municipalityId;
        }

        public void setMunicipalityId(Long municipalityId) {
            this.municipalityId = municipalityId;
        }

        public String getCountryCode() {
            return countryCode;
        }

        public void setCountryCode(String countryCode) {
            this.countryCode = countryCode;
        }

        public String getOrgNumber() {
            return orgNumber;
        }

        public void setOrgNumber(String orgNumber) {
            this.orgNumber = orgNumber;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }
    }

    @GetMapping("/surveys/{id}/distribution")
    String page(@PathVariable long id, Model model) {
        return render(id, model);
    }

    @PostMapping("/surveys/{id}/distribution/preview")
    String preview(@PathVariable long id, @ModelAttribute("audience") AudienceForm form, Model model) {
        try {
            List<Candidate> candidates = send.preview(id, audience(form));
            model.addAttribute("candidates", candidates);
            model.addAttribute("candidatesOk", candidates.stream().filter(c -> c.reason() == null).count());
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
        }
        return render(id, model);
    }

    @PostMapping("/surveys/{id}/distribution/recipients")
    String add(@PathVariable long id, @ModelAttribute("audience") AudienceForm form, RedirectAttributes flash) {
        attempt(flash, () -> {
            AddResult result = send.add(id, audience(form));
            flash.addFlashAttribute("added", result.added().size());
            flash.addFlashAttribute("refused", result.refused());
        });
        return redirect(id);
    }

    @PostMapping("/surveys/{id}/distribution/send")
    String sendNow(@PathVariable long id, RedirectAttributes flash) {
        attempt(flash, () -> {
            SendResult result = send.send(id);
            flash.addFlashAttribute("mailed", result.mailed());
        });
        return redirect(id);
    }

    @PostMapping("/surveys/{id}/distribution/remind")
    String remind(@PathVariable long id, RedirectAttributes flash) {
        attempt(flash, () -> {
            SendResult result = send.remindNow(id);
            flash.addFlashAttribute("reminded", result.mailed());
        });
        return redirect(id);
    }

    @PostMapping("/surveys/{id}/distribution/open-link")
    String openLink(@PathVariable long id, RedirectAttributes flash) {
        attempt(flash, () -> {
            OpenLinkView link = send.createOpenLink(id);
            flash.addFlashAttribute("openLinkUrl", link.url());
        });
        return redirect(id);
    }

    @PostMapping("/surveys/{id}/distribution/open-link/revoke")
    String revokeOpenLink(@PathVariable long id, RedirectAttributes flash) {
        attempt(flash, () -> {
            send.revokeOpenLink(id);
            flash.addFlashAttribute("openLinkRevoked", true);
        });
        return redirect(id);
    }

    @PostMapping("/surveys/{id}/distribution/consent")
    String consent(@PathVariable long id, @RequestParam(required = false) String countryCode,
            @RequestParam(required = false) String orgNumber, @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        send.recipients(id); // 404 unless the caller distributes this survey
        attempt(flash, () -> {
            long companyId = companyId(countryCode, orgNumber);
            consents.give(companyId, "recorded-by-staff", note);
            flash.addFlashAttribute("consentRecorded", true);
        });
        return redirect(id);
    }

    @PostMapping("/surveys/{id}/distribution/recipients/{recipientId}/language")
    String language(@PathVariable long id, @PathVariable long recipientId, @RequestParam String language,
            RedirectAttributes flash) {
        attempt(flash, () -> send.changeLanguage(id, recipientId, language));
        return redirect(id);
    }

    private String render(long id, Model model) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("distribution", send.distribution(id, lang));
        if (!model.containsAttribute("audience")) {
            model.addAttribute("audience", new AudienceForm());
        }
        model.addAttribute("projects", projects.taggable());
        Map<String, List<MunicipalityRef>> municipalities = new LinkedHashMap<>();
        for (String country : List.of("NO", "SE", "FI")) {
            municipalities.put(country, geography.allMunicipalities(country));
        }
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("languages", SurveyDefinitions.LANGUAGES);
        return "surveys/distribution";
    }

    private SurveyAudience audience(AudienceForm f) {
        SurveyAudience.Kind kind;
        try {
            kind = SurveyAudience.Kind.valueOf(f.getKind() == null ? "" : f.getKind());
        } catch (IllegalArgumentException e) {
            throw DomainException.rule("survey-audience-invalid", "surveysend.error.survey-audience-invalid");
        }
        String lang = f.getLanguage() == null || f.getLanguage().isBlank() ? null : f.getLanguage();
        return switch (kind) {
            case PROJECT -> new SurveyAudience(kind, f.getProjectId(), null, null, null, lang);
            case EVENT -> new SurveyAudience(kind, eventId(f.getEventKey()), null, null, null, lang);
            case NEED -> new SurveyAudience(kind, null, f.getNeedCode(), null, null, lang);
            case MUNICIPALITY -> new SurveyAudience(kind, f.getMunicipalityId(), null, null, null, lang);
            case COMPANY -> new SurveyAudience(kind, companyId(f.getCountryCode(), f.getOrgNumber()), null, null,
                    null, lang);
            case PERSON -> new SurveyAudience(kind, null, null, f.getEmail(), f.getName(), lang);
        };
    }

    private Long eventId(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String k = key.strip();
        return events.idBySlug(k).orElseGet(() -> {
            try {
                return Long.valueOf(k);
            } catch (NumberFormatException e) {
                throw DomainException.rule("survey-event-unknown", "surveysend.error.survey-event-unknown", k);
            }
        });
    }

    private long companyId(String countryCode, String orgNumber) {
        if (countryCode == null || orgNumber == null || orgNumber.isBlank()) {
            throw DomainException.rule("survey-company-unknown", "surveysend.error.survey-company-unknown",
                    orgNumber == null ? "" : orgNumber);
        }
        return companies.idByOrgNumber(countryCode, orgNumber.strip()).orElseThrow(() -> DomainException.rule(
                "survey-company-unknown", "surveysend.error.survey-company-unknown", orgNumber.strip()));
    }

    private static String redirect(long id) {
        return "redirect:/surveys/" + id + "/distribution";
    }

    private static void attempt(RedirectAttributes flash, Runnable change) {
        try {
            change.run();
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            flash.addFlashAttribute("errorKey", e.messageKey());
            flash.addFlashAttribute("errorArgs", e.args());
        }
    }
}
