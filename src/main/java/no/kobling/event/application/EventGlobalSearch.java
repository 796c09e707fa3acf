package no.kobling.event.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.kobling.event.domain.Event;
import no.kobling.shared.search.GlobalSearchSource;
import no.kobling.shared.search.TextMatch;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events group of the global search: the events of the event list ({@link EventService#visibleEvents}, the same
 * rule: organised ones and every open or closed event), newest first, matched in memory on their titles in every
 * language and their place. Looks at the newest {@link #SCANNED} visible events.
 */
@Component
class EventGlobalSearch implements GlobalSearchSource {

    static final int SCANNED = 1000;
    private static final int PAGE = 200;

    private final EventService events;

    EventGlobalSearch(EventService events) {
        this.events = events;
    }

    @Override
    public String kind() {
        return "events";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Group> search(String text, int limit) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        List<Hit> found = new ArrayList<>();
        for (int p = 0; p * PAGE < SCANNED; p++) {
            Page<Event> page = events.visibleEvents(PageRequest.of(p, PAGE));
            for (Event e : page.getContent()) {
                if (TextMatch.matches(text, titles(e), e.getPlace())) {
                    found.add(new Hit(e.getId(), e.text(lang).title(), e.getPlace(), "/events/" + e.getId()));
                }
            }
            if (!page.hasNext()) {
                break;
            }
        }
        return Optional.of(new Group(kind(), order(), found.size(), found.stream().limit(limit).toList(), "/events"));
    }

    private static String titles(Event e) {
        return String.join(" ", e.getTexts().values().stream().map(t -> t.title() == null ? "" : t.title()).toList());
    }
}
