package no.kobling.partnering.cases.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import no.kobling.notification.Notifications;
import no.kobling.partnering.cases.domain.CheckIn;
import no.kobling.partnering.cases.domain.CheckInAnswer;
import no.kobling.partnering.cases.domain.CheckInToken;
import no.kobling.partnering.cases.persistence.CheckInTokenRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The check-in e-mail in the recipient's language, with one link per answer. Each e-mail carries a fresh random
 * token (a reminder does not invalidate the first e-mail's links); only its SHA-256 is stored.
 */
@Component
public class CheckInMailer {

    private final CheckInTokenRepository tokens;
    private final Notifications notifications;
    private final MessageSource messages;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    CheckInMailer(CheckInTokenRepository tokens, Notifications notifications, MessageSource messages,
            @Value("${kobling.base-url:http://localhost:8080}") String baseUrl) {
        this.tokens = tokens;
        this.notifications = notifications;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Queues the check-in e-mail (in the caller's transaction): {@code company} is the addressed company, {@code other}
     * the company it met; {@code reminder} for a facilitator's reminder.
     */
    public void send(CheckIn checkIn, String address, String company, String other, boolean reminder, Instant now) {
        String token = newToken();
        tokens.save(new CheckInToken(checkIn.getId(), hash(token), now));
        Locale locale = Locale.forLanguageTag(checkIn.getLanguage());
        String lang = "&lang=" + checkIn.getLanguage();
        String link = baseUrl + "/public/checkins/" + token;
        List<String> parts = new ArrayList<>();
        parts.add(text("checkin.mail.intro", locale, company, other));
        parts.add(text("checkin.question", locale));
        StringBuilder answers = new StringBuilder();
        for (CheckInAnswer a : CheckInAnswer.values()) {
            answers.append("- ").append(text("checkin.answer." + a.name(), locale)).append(":\n  ").append(link)
                    .append("?answer=").append(a.name()).append(lang).append('\n');
        }
        parts.add(answers.toString().strip());
        parts.add(text("checkin.mail.one-click", locale));
        parts.add(text("checkin.mail.unsubscribe", locale, link + "/unsubscribe?" + lang.substring(1)));
        String subject = text(reminder ? "checkin.mail.subject-reminder" : "checkin.mail.subject", locale, other);
        notifications.mail(address, subject, String.join("\n\n", parts));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
