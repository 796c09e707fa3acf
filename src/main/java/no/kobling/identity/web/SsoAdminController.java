package no.kobling.identity.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.identity.application.RoleService;
import no.kobling.identity.application.SsoProviderService;
import no.kobling.identity.application.SsoProviderService.ProviderCommand;
import no.kobling.identity.application.SsoProviderService.ProviderView;
import no.kobling.identity.application.UserService;
import no.kobling.identity.domain.SsoProvider.Kind;
import no.kobling.identity.domain.SsoProvider.MatchClaim;
import no.kobling.shared.DomainException;
import no.kobling.shared.web.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/sso}: administrators add and change the OpenID Connect providers of organisations. */
@Controller
@RequestMapping("/admin/sso")
class SsoAdminController {

    private final SsoProviderService providers;
    private final UserService users;
    private final RoleService roles;

    private final String baseUrl;

    SsoAdminController(SsoProviderService providers, UserService users, RoleService roles,
            @Value("${kobling.base-url}") String baseUrl) {
        this.baseUrl = baseUrl;
        this.providers = providers;
        this.users = users;
        this.roles = roles;
    }

    /** The form; scopes separated by spaces, e-mail domains by commas or spaces. */
    public static class ProviderForm {
        private String registrationId;
        private String displayName;
        private Kind kind = Kind.OIDC;
        private Long organisationId;
        private String issuerUri;
        private String clientId;
        private String clientSecret;
        private String clientSecretReference;
        private String scopes = "openid profile email";
        private MatchClaim matchClaim = MatchClaim.EMAIL;
        private String emailDomains;
        private String defaultRole;
        private boolean enabled = true;
        private Long version;

        ProviderCommand command() {
            return new ProviderCommand(registrationId, displayName, kind, organisationId, issuerUri, clientId,
                    clientSecret, clientSecretReference, split(scopes), matchClaim, split(emailDomains), defaultRole,
                    enabled, version);
        }

        static ProviderForm of(ProviderView v) {
            ProviderForm f = new ProviderForm();
            f.registrationId = v.registrationId();
            f.displayName = v.displayName();
            f.kind = v.kind();
            f.organisationId = v.organisationId();
            f.issuerUri = v.issuerUri();
            f.clientId = v.clientId();
            f.clientSecretReference = v.secretReference();
            f.scopes = String.join(" ", v.scopes());
            f.matchClaim = v.matchClaim();
            f.emailDomains = String.join(", ", v.emailDomains());
            f.defaultRole = v.defaultRole();
            f.enabled = v.enabled();
            f.version = v.version();
            return f;
        }

        private static Set<String> split(String s) {
            return s == null ? Set.of() : Arrays.stream(s.split("[,\\s]+")).filter(x -> !x.isBlank())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        public String getRegistrationId() {
            return registrationId;
        }

        public void setRegistrationId(String registrationId) {
            this.registrationId = registrationId;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public Kind getKind() {
            return kind;
        }

        public void setKind(Kind kind) {
            this.kind = kind;
        }

        public Long getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(Long organisationId) {
            this.organisationId = organisationId;
        }

        public String getIssuerUri() {
            return issuerUri;
        }

        public void setIssuerUri(String issuerUri) {
            this.issuerUri = issuerUri;
        }

        public String getClientId() {
            return clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public String getClientSecret() {
            return clientSecret;
        }

        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }

        public String getClientSecretReference() {
            return clientSecretReference;
        }

        public void setClientSecretReference(String clientSecretReference) {
            this.clientSecretReference = clientSecretReference;
        }

        public String getScopes() {
            return scopes;
        }

        public void setScopes(String scopes) {
            this.scopes = scopes;
        }

        public MatchClaim getMatchClaim() {
            return matchClaim;
        }

        public void setMatchClaim(MatchClaim matchClaim) {
            this.matchClaim = matchClaim;
        }

        public String getEmailDomains() {
            return emailDomains;
        }

        public void setEmailDomains(String emailDomains) {
            this.emailDomains = emailDomains;
        }

        public String getDefaultRole() {
            return defaultRole;
        }

        public void setDefaultRole(String defaultRole) {
            this.defaultRole = defaultRole;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("providers", providers.list());
        return "identity/sso-providers";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("providerForm", new ProviderForm());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("providerForm") ProviderForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ProviderView created = providers.create(form.command());
                redirect.addFlashAttribute("saved", "sso.admin.saved");
                return "redirect:/admin/sso/" + created.id();
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        ProviderView provider = providers.get(id);
        model.addAttribute("providerForm", ProviderForm.of(provider));
        return form(model, provider);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("providerForm") ProviderForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        ProviderView provider = providers.get(id);
        if (!result.hasErrors()) {
            try {
                providers.update(id, form.command());
                redirect.addFlashAttribute("saved", "sso.admin.saved");
                return "redirect:/admin/sso/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, provider);
    }

    private String form(Model model, ProviderView provider) {
        model.addAttribute("baseUrl", baseUrl);
        model.addAttribute("provider", provider);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("matchClaims", MatchClaim.values());
        model.addAttribute("organisations", users.organisationChoices());
        model.addAttribute("roles", roles.all());
        return "identity/sso-provider-form";
    }
}
