package no.kobling.geo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageStatusTest {

    @Test
    void readsTheFourStatusesOfStatisticsFinland() {
        assertThat(LanguageStatus.parse("Monolingual Finnish-speaking municipality")).contains(LanguageStatus.FINNISH);
        assertThat(LanguageStatus.parse("Monolingual Swedish-speaking municipality")).contains(LanguageStatus.SWEDISH);
        assertThat(LanguageStatus.parse("Bilingual municipality with Finnish-speaking majority"))
                .contains(LanguageStatus.BILINGUAL_FINNISH_MAJORITY);
        assertThat(LanguageStatus.parse("Bilingual municipality with Swedish-speaking majority"))
                .contains(LanguageStatus.BILINGUAL_SWEDISH_MAJORITY);
    }

    @Test
    void nothingForMissingOrUnknownText() {
        assertThat(LanguageStatus.parse(null)).isEmpty();
        assertThat(LanguageStatus.parse(" ")).isEmpty();
        assertThat(LanguageStatus.parse("Trilingual")).isEmpty();
    }
}
