package no.kobling.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNumbersTest {

    @Test
    void norwegianMod11() {
        assertThat(OrganisationNumbers.normalise("NO", "923609016")).contains("923609016"); // Equinor ASA
        assertThat(OrganisationNumbers.normalise("NO", "974760673")).contains("974760673"); // Brønnøysundregistrene
        assertThat(OrganisationNumbers.normalise("NO", "923609017")).isEmpty();
        assertThat(OrganisationNumbers.normalise("NO", "92360901")).isEmpty();
        assertThat(OrganisationNumbers.normalise("NO", "92360901x")).isEmpty();
    }

    @Test
    void swedishLuhnWithAndWithoutCenturyPrefix() {
        assertThat(OrganisationNumbers.normalise("SE", "556016-0680")).contains("5560160680"); // Ericsson
        assertThat(OrganisationNumbers.normalise("SE", "165560160680")).contains("5560160680");
        assertThat(OrganisationNumbers.normalise("SE", "5560160681")).isEmpty();
    }

    @Test
    void finnishBusinessId() {
        assertThat(OrganisationNumbers.normalise("FI", "2331972-7")).contains("2331972-7"); // Verso Food Oy (sample)
        assertThat(OrganisationNumbers.normalise("FI", "0112038-9")).contains("0112038-9"); // Nokia Oyj
        assertThat(OrganisationNumbers.normalise("FI", "112038-9")).contains("0112038-9");
        assertThat(OrganisationNumbers.normalise("FI", "2331972-8")).isEmpty();
        assertThat(OrganisationNumbers.normalise("FI", "23319727")).isEmpty();
    }

    @Test
    void unknownCountryOrNothing() {
        assertThat(OrganisationNumbers.normalise("DK", "12345678")).isEmpty();
        assertThat(OrganisationNumbers.normalise("NO", null)).isEmpty();
    }
}
