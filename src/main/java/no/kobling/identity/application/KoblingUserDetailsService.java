package no.kobling.identity.application;

import no.kobling.identity.domain.UserAccount;
import no.kobling.identity.persistence.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class KoblingUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    KoblingUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount user = users.findByUsername(UserAccount.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new KoblingUserDetails(user);
    }
}
