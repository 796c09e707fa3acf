package no.kobling.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import no.kobling.identity.application.KoblingUserDetails;
import no.kobling.identity.application.SessionPrincipal;
import no.kobling.identity.application.SessionRights;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs {@link SessionRights} on every signed-in page request, before the URL rules are checked: an ended session is
 * invalidated and the request goes on unauthenticated (so it is sent to the login page); changed rights replace the
 * principal in the security context and in the session. Static resources are skipped: they need no rights.
 */
class SessionRightsFilter extends OncePerRequestFilter {

    private static final List<String> STATIC = List.of("/css/", "/js/", "/img/", "/webjars/", "/favicon.");

    private final SessionRights sessionRights;
    private final SessionPrincipal sessionPrincipal;

    SessionRightsFilter(SessionRights sessionRights, SessionPrincipal sessionPrincipal) {
        this.sessionRights = sessionRights;
        this.sessionPrincipal = sessionPrincipal;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KoblingUserDetails principal) {
            SessionRights.Verdict verdict = sessionRights.check(principal);
            if (verdict instanceof SessionRights.Ended) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            } else if (verdict instanceof SessionRights.Refreshed refreshed) {
                sessionPrincipal.replace(refreshed.principal(), request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
