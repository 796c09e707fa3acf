package no.kobling.identity.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Security that holds in every mode, also the command line without a web server: permission checks on application
 * services and password hashing.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class IdentityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, and able to verify (and upgrade from) other stored algorithms
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
