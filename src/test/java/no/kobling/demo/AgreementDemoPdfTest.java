package no.kobling.demo;

import no.kobling.shared.pdf.PdfChecks;
import org.junit.jupiter.api.Test;

/** The demo agreement's PDF goes through the shared builder too: embedded font, tagged, title and language. */
class AgreementDemoPdfTest {

    @Test
    void theDemoAgreementIsAnAccessiblePdf() {
        PdfChecks.Read read = PdfChecks.assertAccessible(AgreementDemoData.pdf(), "Samarbeidsområder", "Parter");
        org.assertj.core.api.Assertions.assertThat(read.language()).isEqualTo("nb");
        org.assertj.core.api.Assertions.assertThat(read.subject()).isEqualTo(read.title());
    }
}
