package no.kobling.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.kobling.advisory.AdvisoryWorld;
import no.kobling.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The activity export pages through every activity the caller may see (more than one page of the query), in the
 * list's order, with dates and hours as real cells; another organisation's activities never appear, and shared ones
 * only for partners.
 */
@IntegrationTest
class ActivityExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    AdvisoryWorld world;
    long company;

    @BeforeEach
    void setUp() {
        world = new AdvisoryWorld(context);
        company = world.company("Eksport Aktivitet AS", "1532", Set.of());
    }

    void log(String user, LocalDate date, String notes, String visibility) throws Exception {
        mvc.perform(post("/api/v1/advisory/activities").with(world.users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"kindCode\":\"VISIT\",\"companyIds\":[" + company
                        + "],\"date\":\"" + date + "\",\"hours\":1.5,\"visibility\":\"" + visibility + "\",\"notes\":"
                        + "\"" + notes.replace("\"", "\\\"") + "\"}"))
                .andExpect(status().isCreated());
    }

    byte[] export(String user, String path) throws Exception {
        return mvc.perform(get(path).with(world.users.as(user)).header("Accept-Language", "sv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void everyVisibleActivityInTheListsOrderAndNoOtherOrganisations() throws Exception {
        LocalDate newest = LocalDate.of(2025, 6, 1);
        int own = 210;
        List<String> expectedNotes = new ArrayList<>();
        for (int i = 0; i < own; i++) {
            String note = i == 7 ? "@SUM(1+1) note " + i : "note " + i;
            log(world.advisorA, newest.minusDays(i), note, i == 3 ? "PARTNERSHIP" : "ORGANISATION");
            expectedNotes.add(note);
        }
        log(world.advisorC, newest, "secret of C", "PARTNERSHIP");

        // the list (API, newest first) of the first 200, as the export's first 200 rows
        String json = mvc.perform(get("/api/v1/advisory/activities").param("limit", "200")
                .with(world.users.as(world.advisorA))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<String> listed = JsonPath.read(json, "$[*].notes");

        List<List<Cell>> sheet = Sheets.xlsx(export(world.advisorA, "/advisory/activities/export.xlsx"));
        // the page speaks the user's language (the test users chose English), whatever the browser sends
        assertThat(Sheets.texts(sheet.get(0))).startsWith("Date", "Kind", "Hours");
        List<List<Cell>> rows = sheet.subList(1, sheet.size());
        assertThat(rows).hasSize(own);
        int notesColumn = sheet.get(0).size() - 1;
        List<String> exported = rows.stream().map(r -> Sheets.text(r.get(notesColumn))).toList();
        assertThat(exported).containsExactlyInAnyOrderElementsOf(expectedNotes).doesNotContain("secret of C");
        assertThat(exported.subList(0, 200)).containsExactlyElementsOf(listed);
        Cell date = rows.get(0).get(0);
        assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
        assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(newest);
        assertThat(rows.get(0).get(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(rows.get(0).get(2).getNumericCellValue()).isEqualTo(1.5);

        List<List<String>> csv = Sheets.csv(export(world.advisorA, "/api/v1/advisory/activities/export.csv"));
        assertThat(csv).hasSize(own + 1);
        // on the API the client's Accept-Language wins
        assertThat(csv.get(0)).startsWith("Datum", "Typ", "Timmar");
        assertThat(csv.stream().map(r -> r.get(r.size() - 1))).contains("'@SUM(1+1) note 7")
                .doesNotContain("@SUM(1+1) note 7", "secret of C");

        // another organisation: only its own; a partner: only what was shared with the partnership
        List<List<String>> other = Sheets.csv(export(world.advisorC, "/advisory/activities/export.csv"));
        assertThat(other).hasSize(2);
        assertThat(other.get(1).get(other.get(1).size() - 1)).isEqualTo("secret of C");
        List<List<String>> partner = Sheets.csv(export(world.advisorB, "/advisory/activities/export.csv?shared=true"));
        assertThat(partner.stream().skip(1).map(r -> r.get(r.size() - 1))).containsExactly("note 3");
    }
}
