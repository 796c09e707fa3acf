package no.kobling.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.SupportedLocales;
import no.kobling.identity.application.AccountService;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.identity.application.SessionPrincipal;
import no.kobling.identity.application.UserService;
import no.kobling.identity.application.UserView;
import no.kobling.identity.web.AccountForms.LanguageForm;
import no.kobling.identity.web.AccountForms.PasswordForm;
import no.kobling.identity.web.AccountForms.ProfileForm;
import no.kobling.identity.web.AccountForms.TokenForm;
import no.kobling.shared.DomainException;
import no.kobling.shared.StaleVersionException;
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
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /account}: every signed-in user's own profile, language, password and personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

    static final String VIEW = "identity/account";

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final CurrentUsers currentUsers;
    private final LocaleResolver localeResolver;
    private final SessionPrincipal sessionPrincipal;

    AccountController(AccountService accounts, ApiTokenService tokens, CurrentUsers currentUsers,
            LocaleResolver localeResolver, SessionPrincipal sessionPrincipal) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.currentUsers = currentUsers;
        this.localeResolver = localeResolver;
        this.sessionPrincipal = sessionPrincipal;
    }

    @GetMapping
    String page(Model model) {
        fill(model);
        return VIEW;
    }

    @PostMapping("/profile")
    String profile(@Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.changeProfile(form.getDisplayName(), form.getEmail(), form.getVersion());
                // the header shows the name from the sign-in snapshot: take a fresh one
                sessionPrincipal.refresh(currentUsers.require().username(), request, response);
                redirect.addFlashAttribute("saved", "account.profile.saved");
                return "redirect:/account";
            } catch (StaleVersionException e) {
                FormErrors.reject(result, e);
            } catch (DomainException e) {
                FormErrors.reject(result, "email-invalid".equals(e.code()) ? "email" : "displayName", e);
            }
        }
        fill(model);
        return VIEW;
    }

    @PostMapping("/language")
    String language(@Valid @ModelAttribute("languageForm") LanguageForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Locale> locale = SupportedLocales.match(form.getLanguage());
        if (!result.hasErrors() && locale.isEmpty()) {
            result.rejectValue("language", "account.error.language");
        }
        if (result.hasErrors()) {
            fill(model);
            return VIEW;
        }
        // stores it in the session, a cookie and on the account (UserService.preferLocale)
        localeResolver.setLocale(request, response, locale.get());
        redirect.addFlashAttribute("saved", "account.language.saved");
        return "redirect:/account";
    }

    @PostMapping("/password")
    String password(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors() && !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "user.error.password-mismatch");
        }
        if (!result.hasErrors()) {
            try {
                accounts.changePassword(form.getCurrentPassword(), form.getNewPassword());
                // the other sessions end (new security stamp); this one goes on with the new stamp, under a new id
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                sessionPrincipal.refresh(currentUsers.require().username(), request, response);
                redirect.addFlashAttribute("saved", "account.password.saved");
                return "redirect:/account";
            } catch (DomainException e) {
                FormErrors.reject(result, "password-wrong".equals(e.code()) ? "currentPassword" : "newPassword", e);
            }
        }
        // passwords are never sent back to the browser
        form.setCurrentPassword(null);
        form.setNewPassword(null);
        form.setConfirmPassword(null);
        fill(model);
        return VIEW;
    }

    @PostMapping("/tokens")
    String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ApiTokenService.CreatedToken created = tokens.create(form.getName(), form.getDays());
                // shown once on the next page; only the hash is stored
                redirect.addFlashAttribute("newToken", created.secret());
                redirect.addFlashAttribute("newTokenName", form.getName().strip());
                return "redirect:/account#tokens";
            } catch (DomainException e) {
                FormErrors.reject(result, "token-validity-invalid".equals(e.code()) ? "days" : "name", e);
            }
        }
        fill(model);
        return VIEW;
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("saved", "token.revoked");
        return "redirect:/account#tokens";
    }

    private void fill(Model model) {
        UserView me = accounts.mine();
        model.addAttribute("me", me);
        if (!model.containsAttribute("profileForm")) {
            ProfileForm f = new ProfileForm();
            f.setDisplayName(me.displayName());
            f.setEmail(me.email());
            f.setVersion(me.version());
            model.addAttribute("profileForm", f);
        }
        if (!model.containsAttribute("languageForm")) {
            LanguageForm f = new LanguageForm();
            f.setLanguage(me.preferredLocale() != null ? me.preferredLocale()
                    : LocaleContextHolder.getLocale().getLanguage());
            model.addAttribute("languageForm", f);
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        model.addAttribute("languages", SupportedLocales.ALL.stream().map(Locale::getLanguage).toList());
        model.addAttribute("minPasswordLength", UserService.MIN_PASSWORD_LENGTH);
        model.addAttribute("maxTokenDays", ApiTokenService.MAX_DAYS);
        // what the roles let the user do, in the enum's order, each translated on the page
        model.addAttribute("myPermissions", java.util.Arrays.stream(Permission.values())
                .filter(currentUsers.require()::has).toList());
        boolean api = currentUsers.require().has(Permission.USE_API);
        model.addAttribute("apiAllowed", api);
        if (api) {
            model.addAttribute("tokens", tokens.mine());
        }
    }
}
