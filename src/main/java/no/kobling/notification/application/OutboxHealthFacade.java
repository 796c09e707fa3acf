package no.kobling.notification.application;

import no.kobling.notification.OutboxHealth;
import no.kobling.notification.persistence.OutboxStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

@Component
class OutboxHealthFacade implements OutboxHealth {

    private final OutboxStore store;

    OutboxHealthFacade(OutboxStore store) {
        this.store = store;
    }

    @Override
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public Backlog backlog() {
        OutboxStore.Counts counts = store.counts();
        return new Backlog(counts.pending(), counts.failed());
    }
}
