package no.kobling.notification.web;

import java.util.Locale;
import no.kobling.notification.application.NotificationService;
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

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
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
