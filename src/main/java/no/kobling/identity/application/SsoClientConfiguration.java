package no.kobling.identity.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * Single sign-on keeps the provider's tokens of a sign-in in that user's session only (not in a JVM-wide map that
 * would grow with every user and not follow the session to another node); the OAuth2 login uses this bean.
 */
@Configuration(proxyBeanMethods = false)
class SsoClientConfiguration {

    @Bean
    OAuth2AuthorizedClientRepository ssoAuthorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }
}
