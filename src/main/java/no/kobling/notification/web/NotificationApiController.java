package no.kobling.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import no.kobling.notification.application.NotificationService;
import no.kobling.notification.application.NotificationService.NotificationView;
import no.kobling.notification.application.PreferenceService;
import no.kobling.notification.application.PreferenceService.PreferenceView;
import java.util.List;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import no.kobling.shared.PageResult;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The signed-in user's notifications")
class NotificationApiController {

    private final NotificationService notifications;
    private final PreferenceService preferences;

    NotificationApiController(NotificationService notifications, PreferenceService preferences) {
        this.notifications = notifications;
        this.preferences = preferences;
    }

    @GetMapping("/preferences")
    @Operation(summary = "How each kind of notification reaches me: IN_APP, IMMEDIATE (e-mail) or DIGEST (daily e-mail)")
    List<PreferenceView> preferences() {
        return preferences.mine();
    }

    @PutMapping("/preferences")
    @Operation(summary = "Choose per kind: a JSON object of kind to IN_APP, IMMEDIATE or DIGEST; kinds left out keep "
            + "their choice")
    List<PreferenceView> choose(@RequestBody Map<String, String> choices) {
        return preferences.choose(choices);
    }

    @GetMapping
    @Operation(summary = "My notifications, newest first, in my language")
    PageResult<NotificationView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Locale locale) {
        return PageResult.of(notifications.mine(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)),
                locale), v -> v);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of my notifications are unread")
    Map<String, Long> unread() {
        return Map.of("unread", notifications.unreadCount());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    Map<String, Long> read(@PathVariable long id) {
        notifications.markRead(id);
        return Map.of("unread", notifications.unreadCount());
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all my notifications read")
    Map<String, Long> readAll() {
        notifications.markAllRead();
        return Map.of("unread", 0L);
    }
}
