package no.kobling.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Unknown record kinds and fields still read as words, never as Java identifiers. */
class AuditLabelsTest {

    @Test
    void readableFallback() {
        assertThat(AuditLabels.readable("followUpDate")).isEqualTo("Follow up date");
        assertThat(AuditLabels.readable("SurveyOpenLink")).isEqualTo("Survey open link");
        assertThat(AuditLabels.readable("name")).isEqualTo("Name");
    }
}
