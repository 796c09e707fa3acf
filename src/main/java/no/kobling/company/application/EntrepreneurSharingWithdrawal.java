package no.kobling.company.application;

import no.kobling.privacy.ConsentPurpose;
import no.kobling.privacy.ConsentWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A withdrawn consent to partner sharing hides the entrepreneur from partner organisations (issue 19). */
@Component
class EntrepreneurSharingWithdrawal {

    private final JdbcClient jdbc;

    EntrepreneurSharingWithdrawal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ConsentWithdrawn event) {
        if (event.purpose() == ConsentPurpose.PARTNER_SHARING) {
            jdbc.sql("update company_entrepreneur set shared = false, version = version + 1"
                    + " where lower(email) = :email and shared = true").param("email", event.email()).update();
        }
    }
}
