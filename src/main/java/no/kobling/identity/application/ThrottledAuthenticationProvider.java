package no.kobling.identity.application;

import java.util.Optional;
import java.util.UUID;
import no.kobling.identity.domain.UserAccount;
import no.kobling.identity.persistence.UserAccountRepository;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in behind the {@link LoginThrottle}. Every failure looks the same from outside: a wrong password, an
 * unknown or disabled user and an attempt refused by the throttle all end in the same {@link BadCredentialsException}
 * (the login page shows one message). An unknown username is checked against a dummy hash, so it takes as long as
 * a known one. The client address is {@code request.getRemoteAddr()} (behind a proxy see
 * {@code server.forward-headers-strategy}).
 */
@Component
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final String dummyHash;

    ThrottledAuthenticationProvider(UserAccountRepository users, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.dummyHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        if (!throttle.admit(username, address)) {
            throw new BadCredentialsException("refused");
        }
        Optional<UserAccount> user = users.findByUsername(UserAccount.normalise(username));
        boolean matches = passwordEncoder.matches(password, user.map(UserAccount::getPasswordHash).orElse(dummyHash));
        if (user.isEmpty() || !matches || !user.get().isEnabled()) {
            throw new BadCredentialsException("refused");
        }
        throttle.succeeded(username, address);
        KoblingUserDetails details = new KoblingUserDetails(user.get());
        details.eraseCredentials();
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
