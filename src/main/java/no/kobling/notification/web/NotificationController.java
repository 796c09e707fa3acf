package no.kobling.notification.web;

import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import no.kobling.notification.Notifications;
import no.kobling.notification.application.NotificationService;
import no.kobling.notification.application.PreferenceService;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's notifications: newest first, unread count, mark read (and follow the link). */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private final NotificationService notifications;
    private final PreferenceService preferences;

    NotificationController(NotificationService notifications, PreferenceService preferences) {
        this.notifications = notifications;
        this.preferences = preferences;
    }

    /** The user's choice per kind: in the app only, an immediate e-mail or the daily digest. */
    @GetMapping("/preferences")
    String preferences(Model model) {
        model.addAttribute("preferences", preferences.mine());
        model.addAttribute("deliveries", Notifications.Delivery.values());
        return "notification/preferences";
    }

    /** Saves the form (one radio group {@code k_<KIND>} per kind) and shows the page again with a confirmation. */
    @PostMapping("/preferences")
    String choose(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, String> choices = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("k_")) {
                choices.put(name.substring(2), value);
            }
        });
        preferences.choose(choices);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/notifications/preferences";
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        model.addAttribute("page", notifications.mine(PageRequest.of(Math.max(page, 0), 50), locale));
        model.addAttribute("unread", notifications.unreadCount());
        return "notification/list";
    }

    /** Marks the notification read and opens its link (or the list when it has none). */
    @PostMapping("/{id}/read")
    String read(@PathVariable long id) {
        String link = notifications.markRead(id);
        return "redirect:" + (link == null ? "/notifications" : link);
    }

    @PostMapping("/read-all")
    String readAll() {
        notifications.markAllRead();
        return "redirect:/notifications";
    }
}
