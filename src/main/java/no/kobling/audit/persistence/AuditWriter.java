package no.kobling.audit.persistence;

import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hibernate listener that writes one audit row per insert, update and delete, in the same transaction
 * as the change (so a rolled-back change leaves no audit row, and no change escapes the audit).
 */
class AuditWriter implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** Never written into the changed-field list by name and value: secrets stay out of the log. */
    private static final Set<String> SECRET_FIELDS = Set.of("passwordHash", "tokenHash", "secretHash");
    private static final int MAX_FIELDS_LENGTH = 3900;

    private final Clock clock;

    AuditWriter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        List<String> fields = new ArrayList<>();
        String[] names = event.getPersister().getPropertyNames();
        Object[] state = event.getState();
        for (int i = 0; i < names.length; i++) {
            if (state[i] != null && !"version".equals(names[i])) {
                fields.add(names[i]);
            }
        }
        write(event.getSession(), event.getPersister(), event.getId(), "CREATE", fields);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        List<String> fields = new ArrayList<>();
        String[] names = event.getPersister().getPropertyNames();
        int[] dirty = event.getDirtyProperties();
        if (dirty != null) {
            for (int i : dirty) {
                if (!"version".equals(names[i])) {
                    fields.add(names[i]);
                }
            }
        }
        write(event.getSession(), event.getPersister(), event.getId(), "UPDATE", fields);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        write(event.getSession(), event.getPersister(), event.getId(), "DELETE", List.of());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void write(SharedSessionContractImplementor session, EntityPersister persister, Object id, String action,
            List<String> fields) {
        String entity = simpleName(persister.getEntityName());
        String changed = String.join(",", fields.stream().map(f -> SECRET_FIELDS.contains(f) ? f + "*" : f).toList());
        if (changed.length() > MAX_FIELDS_LENGTH) {
            changed = changed.substring(0, MAX_FIELDS_LENGTH);
        }
        String who = currentActor();
        String what = changed;
        Timestamp when = Timestamp.from(clock.instant());
        session.doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, changed_fields)"
                            + " values (?, ?, ?, ?, ?, ?)")) {
                ps.setTimestamp(1, when);
                ps.setString(2, who);
                ps.setString(3, entity);
                ps.setString(4, String.valueOf((Serializable) id));
                ps.setString(5, action);
                ps.setString(6, what);
                ps.executeUpdate();
            }
        });
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return "system";
        }
        return auth.getName();
    }

    private static String simpleName(String entityName) {
        int dot = entityName.lastIndexOf('.');
        return dot < 0 ? entityName : entityName.substring(dot + 1);
    }
}
