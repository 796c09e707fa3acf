package no.kobling.identity.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The signed-in user is a snapshot (name, permissions, security stamp). After users change their own profile or
 * password, this replaces the snapshot in their session, so the page header shows the new name at once and the
 * session keeps up with the new stamp; {@code SessionRightsFilter} uses it when an administrator changed the rights.
 */
@Component
public class SessionPrincipal {

    private final KoblingUserDetailsService userDetailsService;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    SessionPrincipal(KoblingUserDetailsService userDetailsService) {
        this.userDetailsService = userDetailsService;
    }

    public void refresh(String username, HttpServletRequest request, HttpServletResponse response) {
        KoblingUserDetails details = (KoblingUserDetails) userDetailsService.loadUserByUsername(username);
        details.eraseCredentials();
        store(details, request, response, true);
    }

    /**
     * Puts {@code details} in the current security context and, if the request has a session, in the session (after
     * a {@link SessionRights} check found changed rights).
     */
    public void replace(KoblingUserDetails details, HttpServletRequest request, HttpServletResponse response) {
        store(details, request, response, request.getSession(false) != null);
    }

    private void store(KoblingUserDetails details, HttpServletRequest request, HttpServletResponse response,
            boolean save) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (save) {
            contextRepository.saveContext(context, request, response);
        }
    }
}
