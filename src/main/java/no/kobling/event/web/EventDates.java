package no.kobling.event.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import no.kobling.event.domain.Event;

/**
 * How an event's days are written in lists, in the interface language: one day ("6. desember 2026"), or the first
 * and last day joined by an en dash ("6. desember 2026 – 7. desember 2026"). The registration link of an event is
 * given in the event's own language: the viewer's language when the event has a text in it, else Norwegian, else the
 * first language it has.
 */
final class EventDates {

    private EventDates() {
    }

    static String span(LocalDate first, LocalDate last, Locale locale) {
        if (first == null) {
            return null;
        }
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return last == null || last.equals(first) ? f.format(first) : f.format(first) + " – " + f.format(last);
    }

    /** Event id → its days written out, for the events that have sessions. */
    static Map<Long, String> spans(Map<Long, List<LocalDate>> days, Locale locale) {
        Map<Long, String> out = new TreeMap<>();
        days.forEach((id, list) -> {
            if (!list.isEmpty()) {
                out.put(id, span(list.get(0), list.get(list.size() - 1), locale));
            }
        });
        return out;
    }

    static String language(Event event, String viewerLanguage) {
        Collection<String> languages = event.getTexts().keySet();
        if (languages.contains(viewerLanguage)) {
            return viewerLanguage;
        }
        if (languages.contains("nb") || languages.isEmpty()) {
            return "nb";
        }
        return languages.iterator().next();
    }
}
