package no.kobling.project.network.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import no.kobling.project.network.application.NetworkCommands.MemberCommand;
import no.kobling.project.network.application.NetworkCommands.NetworkFilter;
import no.kobling.project.network.application.NetworkService;
import no.kobling.project.network.application.NetworkViews.NetworkCard;
import no.kobling.project.network.application.NetworkViews.NetworkDetail;
import no.kobling.project.network.application.NetworkViews.Named;
import no.kobling.project.network.domain.NetworkStatus;
import no.kobling.project.network.web.NetworkForms.MeetingForm;
import no.kobling.project.network.web.NetworkForms.MemberForm;
import no.kobling.project.network.web.NetworkForms.NetworkForm;
import no.kobling.shared.DomainException;
import no.kobling.shared.StaleVersionException;
import no.kobling.shared.web.ListLinks;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The network list with filters, the new and edit forms, and the network page with members and meetings. */
@Controller
@RequestMapping("/networks")
class NetworkPageController {

    private final NetworkService networks;

    NetworkPageController(NetworkService networks) {
        this.networks = networks;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long partnershipId,
            @RequestParam(required = false) NetworkStatus status, @RequestParam(required = false) Long municipalityId,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Model model, HttpServletRequest request) {
        Page<NetworkCard> result = networks.list(new NetworkFilter(partnershipId, status, municipalityId, q, false),
                page, size);
        var options = networks.options(false);
        Map<Long, String> places = new LinkedHashMap<>();
        options.partnerships().forEach(p -> p.municipalities().forEach(m -> places.put(m.id(), m.name())));
        model.addAttribute("networks", result.getContent());
        model.addAttribute("links", ListLinks.of(request, result));
        model.addAttribute("options", options);
        model.addAttribute("places", places.entrySet().stream().map(e -> new Named(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Named::name)).toList());
        model.addAttribute("statuses", NetworkStatus.values());
        model.addAttribute("partnershipId", partnershipId);
        model.addAttribute("status", status);
        model.addAttribute("municipalityId", municipalityId);
        model.addAttribute("q", q);
        return "networks/list";
    }

    @GetMapping("/new")
    String newNetwork(Model model) {
        NetworkForm form = new NetworkForm();
        var options = networks.options();
        if (options.partnerships().size() == 1) {
            form.setPartnershipId(options.partnerships().get(0).id());
        }
        return form(form, null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NetworkForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        if (form.getPartnershipId() == null) {
            result.rejectValue("partnershipId", "network.error.network-partnership-not-allowed");
        }
        if (!result.hasErrors()) {
            try {
                return "redirect:/networks/" + networks.create(form.command());
            } catch (DomainException e) {
                NetworkForms.reject(result, e);
            }
        }
        response.setStatus(422);
        return form(form, null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        NetworkDetail d = networks.get(id);
        if (!d.mayChange()) {
            throw new org.springframework.security.access.AccessDeniedException("may not change network " + id);
        }
        return form(NetworkForm.of(d), d, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") NetworkForm form, BindingResult result,
            Model model, HttpServletResponse response) {
        NetworkDetail d = networks.get(id);
        form.setPartnershipId(d.partnership().id());
        if (!result.hasErrors()) {
            try {
                networks.update(id, form.command());
                return "redirect:/networks/" + id;
            } catch (StaleVersionException e) {
                model.addAttribute("stale", true);
                NetworkForms.reject(result, e);
                response.setStatus(409);
                return form(form, d, model);
            } catch (DomainException e) {
                NetworkForms.reject(result, e);
            }
        }
        response.setStatus(422);
        return form(form, d, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        boolean archived = networks.delete(id, version);
        return archived ? "redirect:/networks/" + id + "?archived" : "redirect:/networks?deleted";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return show(id, new MemberForm(), new MeetingForm(), model);
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable long id, @Valid @ModelAttribute("memberForm") MemberForm form,
            BindingResult result, Model model, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                networks.addMember(id, new MemberCommand(form.getCompanyId(), form.getJoinedOn(), form.getLeftOn()));
                return "redirect:/networks/" + id + "#members";
            } catch (DomainException e) {
                NetworkForms.reject(result, e);
            }
        }
        response.setStatus(422);
        return show(id, form, new MeetingForm(), model);
    }

    @PostMapping("/{id}/members/{companyId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long companyId,
            @RequestParam(required = false) LocalDate leftOn) {
        networks.removeMember(id, companyId, leftOn);
        return "redirect:/networks/" + id + "#members";
    }

    @PostMapping("/{id}/meetings")
    String meeting(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult result, Model model, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                networks.recordMeeting(id, form.command());
                return "redirect:/networks/" + id + "#meetings";
            } catch (DomainException e) {
                NetworkForms.reject(result, e);
            }
        }
        response.setStatus(422);
        return show(id, new MemberForm(), form, model);
    }

    private String show(long id, MemberForm memberForm, MeetingForm meetingForm, Model model) {
        NetworkDetail d = networks.get(id);
        model.addAttribute("network", d);
        model.addAttribute("memberForm", memberForm);
        model.addAttribute("meetingForm", meetingForm);
        model.addAttribute("memberChoices", d.mayChange() ? networks.memberChoices(id) : java.util.List.of());
        return "networks/show";
    }

    private String form(NetworkForm form, NetworkDetail existing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("network", existing);
        model.addAttribute("options", networks.options());
        model.addAttribute("statuses", NetworkStatus.values());
        model.addAttribute("projects", networks.projectChoices());
        return "networks/form";
    }
}
