package no.kobling.identity;

import java.util.Optional;

/** Who is calling. Application services use it for tenancy checks. */
public interface CurrentUsers {

    Optional<CurrentUser> current();

    /** The signed-in user; an {@link org.springframework.security.access.AccessDeniedException} if none. */
    CurrentUser require();
}
