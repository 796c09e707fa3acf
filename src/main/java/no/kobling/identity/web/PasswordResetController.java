package no.kobling.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.kobling.identity.application.PasswordResetService;
import no.kobling.identity.application.UserService;
import no.kobling.shared.DomainException;
import no.kobling.shared.web.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgot password" pages, open without signing in (under {@code /public/}, so every post counts against the
 * public-form limit per address): ask for a link by username or e-mail, then set a new password with the link.
 */
@Controller
@RequestMapping("/public/password")
class PasswordResetController {

    static final String FORGOT = "identity/forgot-password";
    static final String RESET = "identity/reset-password";

    private final PasswordResetService resets;

    PasswordResetController(PasswordResetService resets) {
        this.resets = resets;
    }

    @GetMapping("/forgot")
    String forgot(Model model) {
        if (!model.containsAttribute("forgotForm")) {
            model.addAttribute("forgotForm", new ForgotForm());
        }
        return FORGOT;
    }

    /** The same answer whether an account matches or not. */
    @PostMapping("/forgot")
    String request(@Valid @ModelAttribute("forgotForm") ForgotForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                resets.request(form.getLogin(), LocaleContextHolder.getLocale());
                redirect.addFlashAttribute("sent", true);
                return "redirect:/public/password/forgot";
            } catch (DomainException e) {
                FormErrors.reject(result, "login", e);
            }
        }
        return FORGOT;
    }

    @GetMapping("/reset/{token}")
    String resetForm(@PathVariable String token, Model model) {
        model.addAttribute("usable", resets.usable(token));
        model.addAttribute("token", token);
        model.addAttribute("resetForm", new ResetForm());
        model.addAttribute("minPasswordLength", UserService.MIN_PASSWORD_LENGTH);
        return RESET;
    }

    @PostMapping("/reset/{token}")
    String reset(@PathVariable String token, @Valid @ModelAttribute("resetForm") ResetForm form,
            BindingResult result, Model model) {
        if (!result.hasErrors() && !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "user.error.password-mismatch");
        }
        boolean usable = true;
        if (!result.hasErrors()) {
            try {
                resets.reset(token, form.getNewPassword());
                return "redirect:/login?reset";
            } catch (DomainException e) {
                if ("password-reset-invalid".equals(e.code())) {
                    usable = false;
                } else {
                    FormErrors.reject(result, "newPassword", e);
                }
            }
        }
        // passwords are never sent back to the browser
        form.setNewPassword(null);
        form.setConfirmPassword(null);
        model.addAttribute("usable", usable);
        model.addAttribute("token", token);
        model.addAttribute("minPasswordLength", UserService.MIN_PASSWORD_LENGTH);
        return RESET;
    }

    public static class ForgotForm {
        @NotBlank
        @Size(max = 200)
        private String login;

        public String getLogin() {
            return login;
        }

        public void setLogin(String login) {
            this.login = login;
        }
    }

    public static class ResetForm {
        @NotBlank
        private String newPassword;
        @NotBlank
        private String confirmPassword;

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmPassword() {
            return confirmPassword;
        }

        public void setConfirmPassword(String confirmPassword) {
            this.confirmPassword = confirmPassword;
        }
    }
}
