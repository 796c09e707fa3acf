package no.kobling.event.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import no.kobling.event.domain.Participant;
import org.junit.jupiter.api.Test;

/** Every participant type maps to a role the schedule-instance format accepts (buyer, seller, other). */
class InstanceRolesTest {

    @Test
    void everyParticipantTypeHasARoleOfTheFormat() {
        for (Participant.Type type : Participant.Type.values()) {
            assertThat(InstanceBuilder.formatRole(type)).isIn(Set.of("buyer", "seller", "other"));
        }
        assertThat(InstanceBuilder.formatRole(Participant.Type.BUYER)).isEqualTo("buyer");
        assertThat(InstanceBuilder.formatRole(Participant.Type.SELLER)).isEqualTo("seller");
        assertThat(InstanceBuilder.formatRole(Participant.Type.INVESTOR)).isEqualTo("other");
    }
}
