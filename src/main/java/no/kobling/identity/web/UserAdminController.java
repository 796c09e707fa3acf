package no.kobling.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.Map;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.application.SessionPrincipal;
import no.kobling.identity.application.UserChanges;
import no.kobling.identity.application.UserService;
import no.kobling.identity.application.UserView;
import no.kobling.identity.web.UserForms.NewUserForm;
import no.kobling.identity.web.UserForms.ResetPasswordForm;
import no.kobling.identity.web.UserForms.UserForm;
import no.kobling.shared.DomainException;
import no.kobling.shared.Paging;
import no.kobling.shared.web.FormErrors;
import no.kobling.shared.web.HtmxRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/users}: list, create and edit users, reset passwords, lift sign-in delays. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final String LIST = "identity/users";
    static final String FORM = "identity/user-form";
    /** Which form field a coded rule from the application layer belongs to; others are shown above the form. */
    static final Map<String, String> FIELDS = Map.of("username-taken", "username", "username-invalid", "username",
            "password-too-short", "password", "password-too-long", "password", "display-name-invalid",
            "displayName", "email-invalid", "email", "organisation-unknown", "organisationId", "unknown-role",
            "roles");

    private final UserService users;
    private final CurrentUsers currentUsers;
    private final SessionPrincipal sessionPrincipal;

    UserAdminController(UserService users, CurrentUsers currentUsers, SessionPrincipal sessionPrincipal) {
        this.users = users;
        this.currentUsers = currentUsers;
        this.sessionPrincipal = sessionPrincipal;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort, Model model,
            HttpServletRequest request) {
        Page<UserView> result = users.search(q, Paging.of(page, size, sort, UserService.SORTS, "username"));
        model.addAttribute("q", q);
        model.addAttribute("users", result);
        model.addAttribute("links", ListLinks.of(request, result));
        return HtmxRequest.view(request, LIST, "results");
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("userForm", new NewUserForm());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("userForm") NewUserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = users.createUser(new NewUser(form.getUsername(), form.getDisplayName(), form.getEmail(),
                        form.getPassword(), form.getOrganisationId(), form.getRoles(), null), form.isEnabled());
                redirect.addFlashAttribute("saved", "user.created");
                return "redirect:/admin/users/" + id;
            } catch (DomainException e) {
                reject(result, e);
            }
        }
        form.setPassword(null);
        return form(model, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserView user = users.get(id);
        UserForm form = new UserForm();
        form.setDisplayName(user.displayName());
        form.setEmail(user.email());
        form.setOrganisationId(user.organisationId());
        form.setRoles(new LinkedHashSet<>(user.roles()));
        form.setEnabled(user.enabled());
        form.setVersion(user.version());
        model.addAttribute("userForm", form);
        return form(model, user);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        UserView user = users.get(id);
        if (!result.hasErrors()) {
            try {
                users.update(id, new UserChanges(form.getDisplayName(), form.getEmail(), form.getOrganisationId(),
                        form.getRoles(), form.isEnabled(), form.getVersion()));
                redirect.addFlashAttribute("saved", "user.saved");
                return "redirect:/admin/users/" + id;
            } catch (DomainException e) {
                reject(result, e);
            }
        }
        return form(model, user);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("resetForm") ResetPasswordForm reset,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        UserView user = users.get(id);
        if (!result.hasErrors()) {
            try {
                users.resetPassword(id, reset.getNewPassword());
                if (currentUsers.require().id() == id) {
                    // an administrator who resets their own password keeps this session (the others end)
                    sessionPrincipal.refresh(user.username(), request, response);
                }
                redirect.addFlashAttribute("saved", "user.password.reset.done");
                return "redirect:/admin/users/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, "newPassword", e);
            }
        }
        reset.setNewPassword(null);
        return edit(id, model);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        users.unlock(id);
        redirect.addFlashAttribute("saved", "user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model, UserView user) {
        model.addAttribute("user", user);
        model.addAttribute("roleCodes", users.roleCodes());
        model.addAttribute("organisationsAvailable", users.organisationsAvailable());
        model.addAttribute("organisations", users.organisationChoices());
        model.addAttribute("minPasswordLength", UserService.MIN_PASSWORD_LENGTH);
        if (!model.containsAttribute("resetForm")) {
            model.addAttribute("resetForm", new ResetPasswordForm());
        }
        return FORM;
    }

    static void reject(BindingResult result, DomainException e) {
        String field = FIELDS.get(e.code());
        if (field != null) {
            FormErrors.reject(result, field, e);
        } else {
            FormErrors.reject(result, e);
        }
    }
}
