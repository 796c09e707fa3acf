package no.kobling.identity.web;

import java.util.LinkedHashSet;
import java.util.List;
import no.kobling.identity.Permission;
import no.kobling.identity.application.RoleService;
import no.kobling.identity.application.RoleView;
import no.kobling.identity.web.UserForms.RoleForm;
import no.kobling.shared.DomainException;
import no.kobling.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/roles}: roles are data; administrators choose the permissions of each. */
@Controller
@RequestMapping("/admin/roles")
class RoleAdminController {

    private final RoleService roles;

    RoleAdminController(RoleService roles) {
        this.roles = roles;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("roles", roles.overview());
        model.addAttribute("permissions", List.of(Permission.values()));
        return "identity/roles";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        RoleView role = roles.get(id);
        RoleForm form = new RoleForm();
        form.setPermissions(new LinkedHashSet<>(role.permissions()));
        form.setVersion(role.version());
        model.addAttribute("roleForm", form);
        return form(model, role);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("roleForm") RoleForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        RoleView role = roles.get(id);
        if (!result.hasErrors()) {
            try {
                roles.changePermissions(id, form.getPermissions(), form.getVersion());
                redirect.addFlashAttribute("saved", "role.saved");
                return "redirect:/admin/roles/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, role);
    }

    private String form(Model model, RoleView role) {
        model.addAttribute("role", role);
        model.addAttribute("permissions", List.of(Permission.values()));
        return "identity/role-form";
    }
}
