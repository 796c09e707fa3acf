package no.kobling.project.agreement.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import no.kobling.project.agreement.application.AgreementService;
import no.kobling.project.agreement.application.AgreementViews.AgreementView;
import no.kobling.project.agreement.application.AreaService;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import no.kobling.shared.web.FormErrors;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agreement pages: the list, the form, one agreement with parties, documents and history. */
@Controller
@RequestMapping("/agreements")
class AgreementPageController {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("agreement-title-required", "title"), Map.entry("agreement-title-too-long", "title"),
            Map.entry("agreement-purpose-required", "purpose"), Map.entry("agreement-purpose-too-long", "purpose"),
            Map.entry("agreement-start-required", "startDate"), Map.entry("agreement-period-invalid", "endDate"),
            Map.entry("agreement-parties-too-few", "partyOrganisationIds"),
            Map.entry("agreement-own-organisation-required", "partyOrganisationIds"),
            Map.entry("agreement-party-not-allowed", "partyOrganisationIds"),
            Map.entry("agreement-party-outside-partnership", "partyOrganisationIds"),
            Map.entry("agreement-partnership-unknown", "partnershipId"),
            Map.entry("agreement-partnership-ended", "partnershipId"),
            Map.entry("agreement-area-required", "areaIds"), Map.entry("agreement-area-unknown", "areaIds"));

    private final AgreementService agreements;
    private final AreaService areas;

    AgreementPageController(AgreementService agreements, AreaService areas) {
        this.agreements = agreements;
        this.areas = areas;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        var result = agreements.list(page, 20);
        model.addAttribute("agreements", result.content());
        model.addAttribute("links", no.kobling.shared.web.ListLinks.of(request, new PageImpl<>(result.content(),
                PageRequest.of(result.page(), result.size()), result.totalElements())));
        model.addAttribute("mayCreate", agreements.mayCreate());
        model.addAttribute("mayAdministerAreas", areas.mayAdminister());
        return "agreements/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        if (!agreements.mayCreate()) {
            throw new org.springframework.security.access.AccessDeniedException("MANAGE_PROJECTS");
        }
        return form(model, new AgreementForm(), null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = agreements.create(form.command()).id();
                redirect.addFlashAttribute("saved", true);
                return "redirect:/agreements/" + id;
            } catch (DomainException e) {
                reject(result, model, e);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        AgreementView agreement = agreements.get(id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("versions", agreements.versions(id));
        model.addAttribute("today", agreements.todayIn(agreement.timeZone()));
        model.addAttribute("maxMegabytes", agreements.maxDocumentBytes() / (1024 * 1024));
        return "agreements/agreement";
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, AgreementForm.of(agreements.forEdit(id)), id);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                agreements.change(id, form.getVersion(), form.command());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/agreements/" + id;
            } catch (DomainException | ObjectOptimisticLockingFailureException e) {
                reject(result, model, e);
            }
        }
        return form(model, form, id);
    }

    @PostMapping("/{id:\\d+}/parties/{organisationId:\\d+}/sign")
    String sign(@PathVariable long id, @PathVariable long organisationId, @RequestParam(required = false) String signerName,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            RedirectAttributes redirect) {
        return act(id, redirect, "signed", () -> agreements.sign(id, organisationId, signerName, signedOn));
    }

    @PostMapping("/{id:\\d+}/parties/{organisationId:\\d+}/terminate")
    String terminate(@PathVariable long id, @PathVariable long organisationId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate terminatedOn,
            RedirectAttributes redirect) {
        return act(id, redirect, "terminated", () -> agreements.terminate(id, organisationId, reason, terminatedOn));
    }

    @PostMapping("/{id:\\d+}/documents")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return act(id, redirect, "uploaded", () -> agreements.attach(id, name, content));
    }

    @GetMapping("/{id:\\d+}/documents/{documentId:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        return Downloads.of(agreements.download(id, documentId));
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (DomainException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
            redirect.addFlashAttribute("actionErrorArgs", e.args());
            redirect.addFlashAttribute("actionErrorCode", e.code());
        }
        return "redirect:/agreements/" + id;
    }

    private String form(Model model, AgreementForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("agreementId", id);
        model.addAttribute("parties", agreements.partyChoices());
        model.addAttribute("partnerships", agreements.partnershipChoices());
        model.addAttribute("areas", areas.list(true).stream()
                .filter(a -> !a.archived() || form.getAreaIds().contains(a.id())).toList());
        return "agreements/form";
    }

    private static void reject(BindingResult result, Model model, RuntimeException e) {
        if (e instanceof NotFoundException notFound) {
            throw notFound;
        }
        if (e instanceof StaleVersionException || e instanceof ObjectOptimisticLockingFailureException) {
            result.reject("error.concurrent-modification", new Object[] {"", ""}, "concurrent-modification");
            model.addAttribute("stale", true);
            return;
        }
        DomainException domain = (DomainException) e;
        String field = FIELDS.get(domain.code());
        if (field != null) {
            FormErrors.reject(result, field, domain);
        } else {
            FormErrors.reject(result, domain);
        }
    }
}
