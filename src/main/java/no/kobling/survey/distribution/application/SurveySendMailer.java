package no.kobling.survey.distribution.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.kobling.notification.Notifications;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.distribution.domain.SurveyRecipient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a survey's invitation and reminder in the recipient's language and queues it through the outbox: title,
 * intro, personal link, closing date and unsubscribe link.
 */
@Component
class SurveySendMailer {

    private final Notifications notifications;
    private final MessageSource messages;
    private final String baseUrl;

    SurveySendMailer(Notifications notifications, MessageSource messages,
            @Value("${kobling.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String answerUrl(String token) {
        return baseUrl + "/public/surveys/" + token;
    }

    String unsubscribeUrl(String token) {
        return baseUrl + "/public/surveys/" + token + "/unsubscribe";
    }

    String openUrl(String token) {
        return answerUrl(token);
    }

    /** Queues the invitation ({@code reminder} false) or a reminder to the recipient with this token. */
    public void mail(SurveyDef survey, SurveyRecipient r, String token, boolean reminder) {
        Locale locale = Locale.forLanguageTag(r.getLanguage());
        String title = survey.title(r.getLanguage());
        String subject = msg(reminder ? "surveysend.mail.reminder.subject" : "surveysend.mail.subject", locale, title);
        List<String> parts = new ArrayList<>();
        parts.add(msg("surveysend.mail.greeting", locale, r.getName()));
        if (reminder) {
            parts.add(msg("surveysend.mail.reminder.intro", locale, title));
        } else {
            parts.add(msg("surveysend.mail.intro", locale, title));
        }
        String intro = survey.text(survey.intros(), r.getLanguage());
        if (!intro.isBlank()) {
            parts.add(intro);
        }
        parts.add(msg("surveysend.mail.answer", locale, answerUrl(token)));
        parts.add(msg("surveysend.mail.closes", locale, date(survey.closesOn(), locale)));
        parts.add(msg("surveysend.mail.unsubscribe", locale, unsubscribeUrl(token)));
        notifications.mail(r.getEmail(), subject, String.join("\n\n", parts));
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static String date(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }
}
