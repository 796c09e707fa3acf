package no.kobling.actor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    static OrganisationData data(String name, OrganisationKind kind, String country) {
        return new OrganisationData(name, kind, country, null, " ", null, "post@example.org", null, null);
    }

    @Test
    void keepsNormalisedData() {
        Organisation o = new Organisation(data("  Næringshagen  ", OrganisationKind.BUSINESS_GARDEN, "no"));
        assertThat(o.getName()).isEqualTo("Næringshagen");
        assertThat(o.getCountryCode()).isEqualTo("NO");
        assertThat(o.getOrganisationNumber()).isNull();
        assertThat(o.data().email()).isEqualTo("post@example.org");
    }

    @Test
    void rejectsMissingNameKindAndUnknownCountry() {
        assertThatThrownBy(() -> new Organisation(data("", OrganisationKind.OTHER, "NO")))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("organisation-name-required"));
        assertThatThrownBy(() -> new Organisation(data("X", null, "NO")))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("organisation-kind-required"));
        assertThatThrownBy(() -> new Organisation(data("X", OrganisationKind.OTHER, "DK")))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("country-unknown"));
    }

    @Test
    void aFailedChangeLeavesTheNameAlone() {
        Organisation o = new Organisation(data("Business Oulu", OrganisationKind.INNOVATION_COMPANY, "FI"));
        assertThatThrownBy(() -> o.change(data(" ", OrganisationKind.INNOVATION_COMPANY, "FI")))
                .isInstanceOf(DomainException.class);
        assertThat(o.getName()).isEqualTo("Business Oulu");
    }
}
