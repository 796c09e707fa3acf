package no.kobling.identity.web;

import jakarta.validation.Valid;
import java.util.Optional;
import no.kobling.identity.application.FirstAdministrator;
import no.kobling.identity.application.UserService;
import no.kobling.identity.web.UserForms.SetupForm;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /setup}: the one-time page that creates the first administrator of a fresh installation. Exists only while
 * there is no user at all; afterwards (and with demo data) it answers 404, for GET and POST alike.
 */
@Controller
@RequestMapping("/setup")
class SetupController {

    static final String VIEW = "identity/setup";

    private final FirstAdministrator firstAdministrator;

    SetupController(FirstAdministrator firstAdministrator) {
        this.firstAdministrator = firstAdministrator;
    }

    @GetMapping
    String form(Model model) {
        requireOpen();
        model.addAttribute("setupForm", new SetupForm());
        model.addAttribute("minPasswordLength", UserService.MIN_PASSWORD_LENGTH);
        return VIEW;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("setupForm") SetupForm form, BindingResult result, Model model) {
        requireOpen();
        if (!result.hasErrors() && !form.getPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "user.error.password-mismatch");
        }
        if (!result.hasErrors()) {
            try {
                Optional<Long> created = firstAdministrator.create(form.getUsername(), form.getDisplayName(),
                        form.getEmail(), form.getPassword(), LocaleContextHolder.getLocale().getLanguage());
                if (created.isEmpty()) {
                    // someone else completed the setup a moment ago
                    throw new NotFoundException("page", "setup");
                }
                return "redirect:/login?setup";
            } catch (NotFoundException e) {
                throw e;
            } catch (DomainException e) {
                UserAdminController.reject(result, e);
            }
        }
        form.setPassword(null);
        form.setConfirmPassword(null);
        model.addAttribute("minPasswordLength", UserService.MIN_PASSWORD_LENGTH);
        return VIEW;
    }

    private void requireOpen() {
        if (!firstAdministrator.needed()) {
            throw new NotFoundException("page", "setup");
        }
    }
}
