package no.kobling.audit.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.internal.SessionFactoryImpl;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Hooks the {@link AuditWriter} into Hibernate once the persistence unit is up. */
@Component
class AuditListenerRegistration implements SmartInitializingSingleton {

    private final EntityManagerFactory emf;
    private final Clock clock;

    AuditListenerRegistration(EntityManagerFactory emf, Clock clock) {
        this.emf = emf;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        SessionFactoryImpl sessionFactory = emf.unwrap(SessionFactoryImpl.class);
        EventListenerRegistry registry = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
        AuditWriter writer = new AuditWriter(clock);
        registry.appendListeners(EventType.POST_INSERT, writer);
        registry.appendListeners(EventType.POST_UPDATE, writer);
        registry.appendListeners(EventType.POST_DELETE, writer);
    }
}
