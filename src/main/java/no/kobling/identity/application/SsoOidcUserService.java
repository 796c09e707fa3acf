package no.kobling.identity.application;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Loads the OpenID user (ID token, and the UserInfo endpoint where the scopes ask for it) and finds the Kobling user
 * ({@link SsoSignIn}). Runs inside the login, before any session holds the sign-in: a refusal here leaves no session.
 */
@Component
public class SsoOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final SsoSignIn signIn;

    SsoOidcUserService(SsoSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidc = delegate.loadUser(request);
        String username = signIn.signIn(request.getClientRegistration().getRegistrationId(), oidc.getClaims());
        return new KoblingOidcUser(oidc.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo(), username);
    }

    /** The provider's user, carrying the Kobling username it was matched to. */
    public static final class KoblingOidcUser extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;
        private final String koblingUsername;

        KoblingOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
                String koblingUsername) {
            super(authorities, idToken, userInfo, "sub");
            this.koblingUsername = koblingUsername;
        }

        public String koblingUsername() {
            return koblingUsername;
        }
    }
}
