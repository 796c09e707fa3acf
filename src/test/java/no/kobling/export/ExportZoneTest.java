package no.kobling.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.AccountZoneService;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.shared.export.ExportColumn;
import no.kobling.shared.export.ExportFormat;
import no.kobling.shared.export.ListExports;
import no.kobling.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Exports write times in the user's own zone, not in the zone the interface language suggests (ws16 point 7): a
 * Norwegian-speaking user in Helsinki and a Finnish-speaking user in Oslo each get their own wall-clock time, in CSV
 * and in XLSX (read back with POI).
 */
@IntegrationTest
class ExportZoneTest {

    static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");
    static final List<ExportColumn<Instant>> COLUMNS = List.of(ExportColumn.of("export.test.at", t -> t));

    @Autowired
    ListExports exports;
    @Autowired
    UserAdministration admin;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    AccountZoneService zones;

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void timesFollowTheUsersZoneNotTheLanguage() throws Exception {
        TestUsers users = new TestUsers(admin, userDetails, tokens);
        String helsinkiNb = users.create("zone-hel", "ADVISOR");
        String osloFi = users.create("zone-osl", "ADVISOR");
        users.actingAs(helsinkiNb, () -> zones.change("Europe/Helsinki"));
        users.actingAs(osloFi, () -> zones.change("Europe/Oslo"));

        // the language would say Oslo for nb and Helsinki for fi: the user's own zone wins
        assertThat(csv(users, helsinkiNb, "nb")).contains("2026-12-07 12:00").doesNotContain("11:00");
        assertThat(csv(users, osloFi, "fi")).contains("2026-12-07 11:00").doesNotContain("12:00");
        assertThat(xlsx(users, osloFi, "fi")).isEqualTo(LocalDateTime.of(2026, 12, 7, 11, 0));
        assertThat(xlsx(users, helsinkiNb, "nb")).isEqualTo(LocalDateTime.of(2026, 12, 7, 12, 0));
    }

    private String csv(TestUsers users, String user, String lang) {
        return new String(write(users, user, lang, ExportFormat.CSV).getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private LocalDateTime xlsx(TestUsers users, String user, String lang) throws Exception {
        byte[] bytes = write(users, user, lang, ExportFormat.XLSX).getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return book.getSheetAt(0).getRow(1).getCell(0).getLocalDateTimeCellValue();
        }
    }

    private MockHttpServletResponse write(TestUsers users, String user, String lang, ExportFormat format) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(lang));
        MockHttpServletResponse response = new MockHttpServletResponse();
        users.actingAs(user, () -> {
            exports.write(response, format, "times", ListExports.filters(), COLUMNS, sink -> sink.accept(AT));
            return null;
        });
        return response;
    }
}
