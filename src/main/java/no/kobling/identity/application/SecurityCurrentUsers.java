package no.kobling.identity.application;

import java.util.Optional;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SecurityCurrentUsers implements CurrentUsers {

    @Override
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KoblingUserDetails details) {
            return Optional.of(details.toCurrentUser(LocaleContextHolder.getLocale()));
        }
        return Optional.empty();
    }

    @Override
    public CurrentUser require() {
        return current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
