package no.kobling.actor.application;

import no.kobling.privacy.ConsentPurpose;
import no.kobling.privacy.ConsentWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A withdrawn consent to partner sharing hides the person from partner organisations (issue 19). */
@Component
class PartnerSharingWithdrawal {

    private final JdbcClient jdbc;

    PartnerSharingWithdrawal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ConsentWithdrawn event) {
        if (event.purpose() == ConsentPurpose.PARTNER_SHARING) {
            jdbc.sql("update actor_person set shared_with_partnerships = false, version = version + 1"
                    + " where lower(email) = :email and shared_with_partnerships = true")
                    .param("email", event.email()).update();
        }
    }
}
