package no.kobling.identity.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.identity.AccountMail;
import no.kobling.identity.SupportedLocales;
import no.kobling.identity.domain.PasswordReset;
import no.kobling.identity.domain.UserAccount;
import no.kobling.identity.persistence.PasswordResetRepository;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot password" (docs/security.md): anyone may ask for a link by username or e-mail; the answer is the same
 * whether an account matches or not. An enabled account with an e-mail address gets a link in its language through
 * the outbox; the link expires after {@code kobling.password-reset.validity} (default 1 hour), works once, and a newer
 * link supersedes older ones. Only the SHA-256 of the token is stored. Setting the password follows the usual rules
 * ({@link UserService#checkPassword}), ends the user's other sessions (security stamp), revokes their API tokens and
 * lifts a sign-in delay; the change is audited like every change of the account. Asking is limited per address by
 * the public-form limit (every POST under {@code /public/}) and per username or e-mail here
 * ({@code kobling.password-reset.per-account}, default 3 an hour), silently, so the limit reveals nothing either.
 */
@Service
public class PasswordResetService {

    /** Where the link in the e-mail points; the token follows. */
    public static final String PATH = "/public/password/reset/";

    private final UserAccountRepository users;
    private final PasswordResetRepository resets;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokenService tokens;
    private final LoginThrottle throttle;
    private final RateLimiter limiter;
    private final AccountMail mail;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Duration validity;
    private final int perAccount;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    PasswordResetService(UserAccountRepository users, PasswordResetRepository resets, PasswordEncoder passwordEncoder,
            ApiTokenService tokens, LoginThrottle throttle, RateLimiter limiter, AccountMail mail,
            MessageSource messages, Clock clock, PlatformTransactionManager transactions,
            @Value("${kobling.password-reset.validity:1h}") Duration validity,
            @Value("${kobling.password-reset.per-account:3}") int perAccount,
            @Value("${kobling.base-url:http://localhost:8080}") String baseUrl) {
        this.users = users;
        this.resets = resets;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.throttle = throttle;
        this.limiter = limiter;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.validity = validity;
        this.perAccount = perAccount;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Sends a link to every enabled account whose username is {@code login} or whose e-mail is {@code login} (ignoring
     * case), in the account's language ({@code fallback} when it has none). Returns nothing and throws nothing for an
     * unknown or disabled account: the page answers the same. Call outside a transaction (the rate limit commits on
     * its own).
     */
    public void request(String login, Locale fallback) {
        String key = login == null ? "" : login.strip();
        if (key.isEmpty() || key.length() > 200) {
            throw DomainException.rule("password-reset-login-required", "account.reset.error.login");
        }
        if (!limiter.tryAcquire("password-reset:" + key.toLowerCase(Locale.ROOT), perAccount, validity)) {
            return; // silently: the same answer as for an account that exists
        }
        tx.executeWithoutResult(s -> {
            Map<Long, UserAccount> matches = new LinkedHashMap<>();
            users.findByUsername(key).ifPresent(u -> matches.put(u.getId(), u));
            if (key.contains("@")) {
                users.findByEmailIgnoreCase(key).forEach(u -> matches.putIfAbsent(u.getId(), u));
            }
            for (UserAccount user : matches.values()) {
                if (user.isEnabled() && user.getEmail() != null && !user.getEmail().isBlank()) {
                    send(user, fallback);
                }
            }
        });
    }

    /** Whether a link still sets a password (for the page to show the form or say it has expired). */
    public boolean usable(String token) {
        Instant now = clock.instant();
        return tx.execute(s -> find(token).map(r -> r.isUsable(now)).orElse(false));
    }

    /**
     * Sets the password with a link: refused with 410 {@code password-reset-invalid} when the link is unknown, used,
     * superseded or expired; with the usual rule codes when the password is too short or too long.
     */
    public void reset(String token, String newPassword) {
        try {
            spend(token, newPassword);
        } catch (OptimisticLockingFailureException e) {
            throw invalid(); // the same link used at the same moment: the other use won
        }
    }

    private void spend(String token, String newPassword) {
        tx.executeWithoutResult(s -> {
            Instant now = clock.instant();
            PasswordReset reset = find(token).filter(r -> r.isUsable(now)).orElseThrow(PasswordResetService::invalid);
            UserService.checkPassword(newPassword);
            UserAccount user = users.findById(reset.getUserId()).filter(UserAccount::isEnabled)
                    .orElseThrow(PasswordResetService::invalid);
            reset.use(now);
            user.changePassword(passwordEncoder.encode(newPassword));
            tokens.revokeAll(user.getId());
            throttle.clear(user.getUsername());
            users.flush();
            resets.flush(); // a second use at the same time fails here on the version
        });
    }

    private void send(UserAccount user, Locale fallback) {
        Instant now = clock.instant();
        resets.findByUserIdAndUsedAtIsNullAndSupersededAtIsNull(user.getId()).forEach(r -> r.supersede(now));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        resets.save(new PasswordReset(user.getId(), hash(token), now, now.plus(validity)));
        Locale locale = SupportedLocales.match(user.getPreferredLocale()).orElse(fallback);
        List<String> parts = new ArrayList<>();
        parts.add(msg("account.reset.mail.greeting", locale, user.getDisplayName()));
        parts.add(msg("account.reset.mail.intro", locale, user.getUsername()));
        parts.add(baseUrl + PATH + token);
        parts.add(msg("account.reset.mail.expiry", locale, validity.toMinutes()));
        parts.add(msg("account.reset.mail.ignore", locale));
        mail.send(user.getEmail(), msg("account.reset.mail.subject", locale), String.join("\n\n", parts));
    }

    private java.util.Optional<PasswordReset> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return java.util.Optional.empty();
        }
        return resets.findByTokenHash(hash(token));
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static DomainException invalid() {
        return new DomainException(410, "password-reset-invalid", "account.reset.error.invalid");
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
