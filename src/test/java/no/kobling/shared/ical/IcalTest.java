package no.kobling.shared.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 5545 text: escaping of TEXT and parameter values, folding at 75 octets without splitting a character. */
class IcalTest {

    @Test
    void textEscapesBackslashSemicolonCommaAndNewLines() {
        assertThat(Ical.text("a\\b;c,d\r\ne\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        assertThat(Ical.text("tab\there\u0007")).isEqualTo("tabhere");
        assertThat(Ical.text(null)).isEmpty();
    }

    @Test
    void parametersAreQuotedWithoutQuotes() {
        assertThat(Ical.param("Porsáŋgu; Øst, \"Vest\": AS")).isEqualTo("\"Porsáŋgu; Øst, Vest: AS\"");
    }

    @Test
    void longLinesFoldAt75OctetsAndUnfoldToTheOriginal() {
        String value = "DESCRIPTION:" + "Møte med Porsáŋgu Guolli AS på Čáhcesuolu – Åsa Øvergård 🐟 ".repeat(6);
        StringBuilder b = new StringBuilder();
        Ical.line(b, value);
        String folded = b.toString();
        assertThat(folded).endsWith("\r\n");
        String[] lines = folded.substring(0, folded.length() - 2).split("\r\n", -1);
        assertThat(lines.length).isGreaterThan(4);
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).as("octets of line " + i)
                    .isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(lines[i]).startsWith(" ");
            }
            // no surrogate pair is split between lines
            assertThat(Character.isHighSurrogate(lines[i].charAt(lines[i].length() - 1))).isFalse();
        }
        assertThat(folded.replace("\r\n ", "").replace("\r\n", "")).isEqualTo(value);
    }

    @Test
    void aShortLineIsNotFolded() {
        StringBuilder b = new StringBuilder();
        Ical.line(b, "SUMMARY:B2B");
        assertThat(b).hasToString("SUMMARY:B2B\r\n");
    }
}
