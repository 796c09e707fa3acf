package no.kobling.identity.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.domain.ApiToken;
import no.kobling.identity.domain.UserAccount;
import no.kobling.identity.persistence.ApiTokenRepository;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: created by the user for themselves, shown once, stored hashed, revocable. */
@Service
public class ApiTokenService {

    public static final String PREFIX = "kob_";
    public static final int MAX_DAYS = 366;

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, UserAccountRepository users, CurrentUsers currentUsers, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** The new token's secret, returned once. */
    public record CreatedToken(long id, String secret) {
    }

    @Transactional
    @PreAuthorize("hasAuthority('USE_API')")
    public CreatedToken create(String name, int validDays) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw DomainException.rule("token-name-invalid", "token.error.name");
        }
        if (validDays < 1 || validDays > MAX_DAYS) {
            throw DomainException.rule("token-validity-invalid", "token.error.validity", MAX_DAYS);
        }
        long userId = currentUsers.require().id();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiToken token = tokens.save(new ApiToken(userId, name.trim(), hash(secret), secret.substring(0, 10), now,
                now.plus(Duration.ofDays(validDays))));
        return new CreatedToken(token.getId(), secret);
    }

    /** The caller's own tokens, newest first. */
    @Transactional(readOnly = true)
    public List<TokenView> mine() {
        Instant now = clock.instant();
        return tokens.findByUserIdOrderByCreatedAtDesc(currentUsers.require().id()).stream()
                .map(t -> view(t, now)).toList();
    }

    private static TokenView view(ApiToken t, Instant now) {
        TokenView.Status status = t.getRevokedAt() != null ? TokenView.Status.REVOKED
                : t.isUsable(now) ? TokenView.Status.ACTIVE : TokenView.Status.EXPIRED;
        return new TokenView(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), t.getExpiresAt(),
                t.getLastUsedAt(), t.getRevokedAt(), status);
    }

    /**
     * Revokes one of the caller's tokens (administrators, who have {@code ADMINISTER_USERS}, may revoke anyone's).
     * Another user's token answers 404, as if it did not exist.
     */
    @Transactional
    public void revoke(long tokenId) {
        var me = currentUsers.require();
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.getUserId().equals(me.id()) || me.has(Permission.ADMINISTER_USERS))
                .orElseThrow(() -> new NotFoundException("token", tokenId));
        token.revoke(clock.instant());
    }

    /**
     * Resolves a presented secret to its user, if the token is known, not revoked and not expired, and the user is
     * enabled. The user is loaded on every call, so changed roles count at once. Failed password sign-ins (the login
     * throttle) never stop a token.
     */
    @Transactional
    public Optional<UserAccount> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(secret)).filter(t -> t.isUsable(now)).flatMap(t -> {
            t.used(now);
            return users.findById(t.getUserId());
        }).filter(UserAccount::isEnabled);
    }

    /**
     * Revokes every token of the user that is not revoked yet. Called when the password changes: a token made with
     * the old password may be in the wrong hands (decision in docs/security.md, identity). Each token is changed as an
     * entity, so the revocation is audited.
     */
    @Transactional
    void revokeAll(long userId) {
        Instant now = clock.instant();
        tokens.findByUserIdOrderByCreatedAtDesc(userId).forEach(t -> t.revoke(now));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
