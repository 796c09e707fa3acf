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
 * The signed-in user is a snapshot taken at login (name, permissions). After users change their own profile, this
 * replaces the snapshot in their session, so the page header shows the new name at once.
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
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }
}
