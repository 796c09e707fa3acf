package no.kobling.notification.application;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.identity.CurrentUsers;
import no.kobling.notification.Notifications.Delivery;
import no.kobling.notification.Notifications.Kind;
import no.kobling.notification.domain.NotificationPreference;
import no.kobling.notification.persistence.PreferenceRepository;
import no.kobling.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's choice per kind of notification: in the app only, an immediate e-mail or the daily digest. A kind the
 * user never chose follows its default ({@link Kind#defaultDelivery()}). Users read and change only their own.
 */
@Service
public class PreferenceService {

    private final PreferenceRepository preferences;
    private final CurrentUsers currentUsers;

    PreferenceService(PreferenceRepository preferences, CurrentUsers currentUsers) {
        this.preferences = preferences;
        this.currentUsers = currentUsers;
    }

    /** One kind as the preferences page and the API show it. */
    public record PreferenceView(Kind kind, Delivery delivery, Delivery defaultDelivery) {
    }

    /** How a kind reaches the user (their choice, else the kind's default); in the caller's transaction. */
    public Delivery deliveryOf(long userId, Kind kind) {
        return preferences.findByUserIdAndKind(userId, kind).map(NotificationPreference::getDelivery)
                .orElse(kind.defaultDelivery());
    }

    /** The signed-in user's choice for every kind, in the order of the kinds. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PreferenceView> mine() {
        long user = currentUsers.require().id();
        Map<Kind, Delivery> chosen = new HashMap<>();
        preferences.findByUserId(user).forEach(p -> chosen.put(p.getKind(), p.getDelivery()));
        return Arrays.stream(Kind.values())
                .map(k -> new PreferenceView(k, chosen.getOrDefault(k, k.defaultDelivery()), k.defaultDelivery()))
                .toList();
    }

    /**
     * Sets the signed-in user's choices: kind name → delivery name (IN_APP, IMMEDIATE, DIGEST). Kinds left out keep
     * their choice. An unknown kind or delivery is refused (400 {@code notification-kind-unknown} /
     * {@code notification-delivery-unknown}) and nothing changes.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<PreferenceView> choose(Map<String, String> choices) {
        long user = currentUsers.require().id();
        Map<Kind, Delivery> parsed = new HashMap<>();
        (choices == null ? Map.<String, String>of() : choices).forEach((k, d) -> parsed.put(kind(k), delivery(d)));
        parsed.forEach((kind, delivery) -> preferences.findByUserIdAndKind(user, kind).ifPresentOrElse(
                p -> p.choose(delivery), () -> preferences.save(new NotificationPreference(user, kind, delivery))));
        preferences.flush();
        return mine();
    }

    static Kind kind(String name) {
        try {
            return Kind.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(400, "notification-kind-unknown", "notify.error.kind-unknown",
                    String.valueOf(name));
        }
    }

    static Delivery delivery(String name) {
        try {
            return Delivery.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(400, "notification-delivery-unknown", "notify.error.delivery-unknown",
                    String.valueOf(name));
        }
    }
}
