package no.kobling.identity.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import no.kobling.identity.SupportedLocales;
import no.kobling.identity.application.KoblingUserDetails;
import no.kobling.identity.application.UserService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The interface language: what the user chose this session, else what they chose before (stored on their
 * account, or in a cookie when signed out), else the browser's Accept-Language, else bokmål. On the REST API an
 * Accept-Language header that names one of the five languages is an explicit choice of the client and wins over the
 * stored preference.
 */
public class KoblingLocaleResolver implements LocaleResolver {

    static final String SESSION_ATTRIBUTE = KoblingLocaleResolver.class.getName() + ".LOCALE";
    static final String COOKIE = "kobling-lang";

    private final UserService userService;

    public KoblingLocaleResolver(UserService userService) {
        this.userService = userService;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (isApi(request) && request.getHeader("Accept-Language") != null) {
            Optional<Locale> requested = fromHeader(request);
            if (requested.isPresent()) {
                return requested.get();
            }
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale l) {
            return l;
        }
        Optional<KoblingUserDetails> user = principal();
        if (user.isPresent() && user.get().preferredLocale() != null) {
            return user.get().preferredLocale();
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    Optional<Locale> l = SupportedLocales.match(c.getValue());
                    if (l.isPresent()) {
                        return l.get();
                    }
                }
            }
        }
        return fromHeader(request).orElse(SupportedLocales.DEFAULT);
    }

    private static Optional<Locale> fromHeader(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        for (Locale candidate : Collections.list(request.getLocales())) {
            Optional<Locale> l = SupportedLocales.match(candidate.toLanguageTag());
            if (l.isPresent()) {
                return l;
            }
        }
        return Optional.empty();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = locale == null ? null : SupportedLocales.match(locale.toLanguageTag()).orElse(null);
        if (chosen == null) {
            return;
        }
        request.getSession(true).setAttribute(SESSION_ATTRIBUTE, chosen);
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        principal().ifPresent(u -> userService.preferLocale(u.getId(), chosen.getLanguage()));
    }

    private static Optional<KoblingUserDetails> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KoblingUserDetails d) {
            return Optional.of(d);
        }
        return Optional.empty();
    }
}
