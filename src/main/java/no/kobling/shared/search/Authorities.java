package no.kobling.shared.search;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether the caller holds one of some authorities, asked before a search or timeline source calls a service guarded
 * by the same authorities, so that a caller without them gets an absent group instead of an access error.
 */
public final class Authorities {

    private Authorities() {
    }

    public static boolean any(String... authorities) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return false;
        }
        Set<String> wanted = Set.of(authorities);
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(wanted::contains);
    }
}
