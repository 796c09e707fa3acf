package no.kobling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import no.kobling.notification.application.MailOutbox;
import no.kobling.project.budget.application.ActualsService;
import no.kobling.project.budget.application.BudgetService;
import no.kobling.project.budget.domain.ReferenceList;
import no.kobling.project.budget.persistence.BudgetReferenceRepository;
import no.kobling.support.IntegrationTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a report holds beyond its figures (issue 14 point 4, docs/reports.md): a narrative per project goal, the
 * budget against actuals of its period frozen with it, both in the XLSX, CSV and PDF exports; and the notifications
 * when it is submitted and returned, read from a real SMTP server (GreenMail) the outbox delivers to.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportContentTest {

    static final String GOALS = """
            - Grow companies
            * More jobs in Giske

              •  Export, to Sweden and Finland
            Grow companies
            """;

    @Autowired
    ApplicationContext ctx;
    @Autowired
    MockMvc mvc;
    @Autowired
    MailOutbox outbox;

    @Autowired
    no.kobling.notification.persistence.OutboxStore outboxStore;

    ResultsWorld world;
    long project;
    long travelLine;
    long personnelLine;

    @BeforeAll
    void world() throws Exception {
        world = new ResultsWorld(ctx, mvc);
    }

    /**
     * A project with three goals and a budget in NOK: travel 10,000 and personnel 50,000 for 2026; travel costs
     * 1,200.50 (10 Feb) and 300 (5 May), personnel 8,000 (1 Mar) and 4,000 (1 Aug).
     */
    @BeforeEach
    void project() {
        project = ReportsTest.sameScope(ctx, world, GOALS);
        BudgetReferenceRepository refs = ctx.getBean(BudgetReferenceRepository.class);
        long travel = refs.findByListAndCode(ReferenceList.CATEGORY, "travel").orElseThrow().getId();
        long personnel = refs.findByListAndCode(ReferenceList.CATEGORY, "personnel").orElseThrow().getId();
        BudgetService budget = ctx.getBean(BudgetService.class);
        world.users.actingAs(world.coordX, () -> {
            travelLine = budget.addLine(project, new BudgetService.LineData(world.x, travel, 2026,
                    new BigDecimal("10000"), "NOK", null));
            personnelLine = budget.addLine(project, new BudgetService.LineData(world.x, personnel, 2026,
                    new BigDecimal("50000"), "NOK", null));
            return null;
        });
        actual(travelLine, "2026-02-10", "1200.50");
        actual(travelLine, "2026-05-05", "300");
        actual(personnelLine, "2026-03-01", "8000");
        actual(personnelLine, "2026-08-01", "4000");
    }

    void actual(long line, String day, String amount) {
        ActualsService actuals = ctx.getBean(ActualsService.class);
        world.users.actingAs(world.coordX, () -> actuals.add(project, new ActualsService.ActualData(line,
                LocalDate.parse(day), new BigDecimal(amount), "NOK", null)));
    }

    String reports() {
        return "/api/v1/projects/" + project + "/reports";
    }

    /** A draft for the second quarter of 2026 (deadline far ahead). */
    long q2() throws Exception {
        String json = world.call(world.coordX, post(reports()), "{\"from\":\"2026-04-01\",\"to\":\"2026-06-30\","
                + "\"deadline\":\"2099-01-31\",\"narrative\":\"Overall fine\"}", 201);
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    String get(String user, long id) throws Exception {
        return world.call(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                reports() + "/" + id), "", 200);
    }

    static String code(String problem) {
        return JsonPath.read(problem, "$.code");
    }

    static Map<String, BigDecimal[]> budget(String json) {
        List<Map<String, Object>> categories = JsonPath.read(json, "$.budget.categories");
        Map<String, BigDecimal[]> out = new LinkedHashMap<>();
        categories.forEach(c -> out.put((String) c.get("category"), new BigDecimal[] {
                new BigDecimal(String.valueOf(c.get("budget"))), new BigDecimal(String.valueOf(c.get("actualPeriod"))),
                new BigDecimal(String.valueOf(c.get("actualCumulative")))}));
        return out;
    }

    static void amounts(BigDecimal[] actual, String... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("column " + i).isEqualByComparingTo(expected[i]);
        }
    }

    @Test
    void aReportHasANarrativePerGoalFrozenOnSubmitAndCopiedIntoANewVersion() throws Exception {
        long id = q2();
        String draft = get(world.coordX, id);
        assertThat((List<String>) JsonPath.read(draft, "$.goals[*].goal"))
                .containsExactly("Grow companies", "More jobs in Giske", "Export, to Sweden and Finland");
        assertThat((List<Object>) JsonPath.read(draft, "$.goals[*].narrative")).containsOnlyNulls();

        String saved = world.call(world.coordX, put(reports() + "/" + id), "{\"narrative\":\"Overall good\","
                + "\"goals\":[{\"goal\":\"Grow companies\",\"narrative\":\" 12 companies grew \"},"
                + "{\"goal\":\"Export, to Sweden and Finland\",\"narrative\":\"Two fairs\"}]}", 200);
        assertThat((List<Object>) JsonPath.read(saved, "$.goals[*].narrative"))
                .containsExactly("12 companies grew", null, "Two fairs");
        assertThat((String) JsonPath.read(saved, "$.narrative")).isEqualTo("Overall good");
        // the old shape changes the summary only; a goal left out keeps its text
        String old = world.call(world.coordX, put(reports() + "/" + id), "{\"narrative\":\"Summary 2\"}", 200);
        assertThat((List<Object>) JsonPath.read(old, "$.goals[*].narrative"))
                .containsExactly("12 companies grew", null, "Two fairs");
        String one = world.call(world.coordX, put(reports() + "/" + id), "{\"narrative\":\"Summary 2\","
                + "\"goals\":[{\"goal\":\"More jobs in Giske\",\"narrative\":\"5 jobs\"},"
                + "{\"goal\":\"Export, to Sweden and Finland\",\"narrative\":\"  \"}]}", 200);
        assertThat((List<Object>) JsonPath.read(one, "$.goals[*].narrative"))
                .containsExactly("12 companies grew", "5 jobs", null);
        // a goal that is not the project's is refused, and nothing changes
        assertThat(code(world.call(world.coordX, put(reports() + "/" + id), "{\"narrative\":\"x\","
                + "\"goals\":[{\"goal\":\"Win the cup\",\"narrative\":\"Yes\"}]}", 422))).isEqualTo("report-goal-unknown");
        assertThat((String) JsonPath.read(get(world.coordX, id), "$.narrative")).isEqualTo("Summary 2");

        world.call(world.coordX, post(reports() + "/" + id + "/submit"), "{}", 200);
        assertThat(code(world.call(world.coordX, put(reports() + "/" + id), "{\"narrative\":\"Summary 2\","
                + "\"goals\":[{\"goal\":\"Grow companies\",\"narrative\":\"changed\"}]}", 409)))
                .isEqualTo("report-frozen");
        String frozen = get(world.funderF, id);
        assertThat((List<Object>) JsonPath.read(frozen, "$.goals[*].narrative"))
                .containsExactly("12 companies grew", "5 jobs", null);

        String next = world.call(world.coordX, post(reports() + "/" + id + "/versions"), "", 201);
        assertThat((List<Object>) JsonPath.read(next, "$.goals[*].narrative"))
                .containsExactly("12 companies grew", "5 jobs", null);
        assertThat(budget(next).keySet()).containsExactly(budget(frozen).keySet().toArray(String[]::new));
    }

    @Test
    void theFormHasATextareaPerGoalAndSavesThem() throws Exception {
        long id = q2();
        String page = "/projects/" + project + "/reports/" + id;
        String html = html(world.coordX, page);
        assertThat(html).contains("for=\"goal-0\"").contains("id=\"goal-2\"").contains("name=\"goalNarrative\"")
                .contains("value=\"Export, to Sweden and Finland\"");
        MockHttpServletResponse r = mvc.perform(post(page + "/narrative").with(world.users.as(world.coordX))
                .with(csrf()).param("narrative", "All in all").param("version", "0")
                .param("goal", "Grow companies", "More jobs in Giske", "Export, to Sweden and Finland")
                .param("goalNarrative", "", "Jobs, many", "Fairs")).andReturn().getResponse();
        assertThat(r.getRedirectedUrl()).isEqualTo(page);
        String json = get(world.coordX, id);
        assertThat((List<Object>) JsonPath.read(json, "$.goals[*].narrative"))
                .containsExactly(null, "Jobs, many", "Fairs");
        assertThat(html(world.funderF, page)).contains("Jobs, many").contains("id=\"report-budget\"")
                .contains("1500.50");
    }

    @Test
    void theBudgetOfThePeriodIsFrozenWithTheReport() throws Exception {
        long id = q2();
        String json = get(world.coordX, id);
        assertThat((String) JsonPath.read(json, "$.budget.currency")).isEqualTo("NOK");
        Map<String, BigDecimal[]> b = budget(json);
        assertThat(b.keySet()).containsExactlyInAnyOrder("travel", "personnel");
        amounts(b.get("travel"), "10000", "300", "1500.50"); // May in the period; February only cumulative
        amounts(b.get("personnel"), "50000", "0", "8000"); // August after the period
        assertThat(new BigDecimal(String.valueOf((Object) JsonPath.read(json, "$.budget.actualCumulative"))))
                .isEqualByComparingTo("9500.50");
        assertThat(new BigDecimal(String.valueOf((Object) JsonPath.read(json, "$.budget.budget"))))
                .isEqualByComparingTo("60000");
        // a cost booked in the period while a draft: saving recomputes
        actual(travelLine, "2026-06-30", "99.50");
        amounts(budget(world.call(world.coordX, put(reports() + "/" + id), "{\"narrative\":\"x\"}", 200))
                .get("travel"), "10000", "399.50", "1600.00");
        world.call(world.coordX, post(reports() + "/" + id + "/submit"), "{}", 200);
        // after the submission a new cost of the period does not change it; a new version counts it
        actual(travelLine, "2026-04-02", "1000");
        amounts(budget(get(world.funderF, id)).get("travel"), "10000", "399.50", "1600.00");
        String next = world.call(world.coordX, post(reports() + "/" + id + "/versions"), "", 201);
        amounts(budget(next).get("travel"), "10000", "399.50", "1600.00");
        long nextId = ((Number) JsonPath.read(next, "$.id")).longValue();
        amounts(budget(world.call(world.coordX, put(reports() + "/" + nextId), "{}", 200)).get("travel"), "10000",
                "1399.50", "2600.00");
    }

    @Test
    void theExportsHoldTheNarrativesAndTheBudget() throws Exception {
        long id = q2();
        world.call(world.coordX, put(reports() + "/" + id), "{\"narrative\":\"Overall fine\",\"goals\":["
                + "{\"goal\":\"Grow companies\",\"narrative\":\"Twelve grew\"},"
                + "{\"goal\":\"More jobs in Giske\",\"narrative\":\"Five jobs\"}]}", 200);
        String json = get(world.funderF, id);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes(world.funderF, id, ".xlsx")))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).contains("summary", "quarter", "narrative", "budget");
            Map<String, String> narrative = new LinkedHashMap<>();
            book.getSheet("narrative").forEach(r -> narrative.put(r.getCell(0).getStringCellValue(),
                    r.getCell(1).getStringCellValue()));
            assertThat(narrative).containsEntry("goal", "text").containsEntry("Grow companies", "Twelve grew")
                    .containsEntry("More jobs in Giske", "Five jobs")
                    .containsEntry("Export, to Sweden and Finland", "").containsEntry("summary", "Overall fine");
            Map<String, double[]> budget = new LinkedHashMap<>();
            book.getSheet("budget").forEach(r -> {
                if (r.getRowNum() > 0) {
                    assertThat(r.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                    budget.put(r.getCell(0).getStringCellValue(), new double[] {r.getCell(1).getNumericCellValue(),
                            r.getCell(2).getNumericCellValue(), r.getCell(3).getNumericCellValue()});
                    assertThat(r.getCell(4).getStringCellValue()).isEqualTo("NOK");
                }
            });
            List<Map<String, Object>> categories = JsonPath.read(json, "$.budget.categories");
            String travelName = categories.stream().filter(c -> c.get("category").equals("travel")).findFirst()
                    .orElseThrow().get("name").toString();
            assertThat(budget.get(travelName)).containsExactly(10000, 300, 1500.5);
            assertThat(budget.get("total")).containsExactly(60000, 300, 9500.5);
        }

        String csv = new String(bytes(world.funderF, id, "/budget.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcategory;name;budget;actual_period;actual_cumulative;currency\r\n");
        List<String[]> rows = Arrays.stream(csv.substring(1).split("\r\n")).map(ReportsTest::parse).toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.stream().filter(r -> r[0].equals("travel")).findFirst().orElseThrow())
                .containsSubsequence("10000.00", "300.00", "1500.50", "NOK");
        assertThat(rows.get(3)).containsExactly("total", "", "60000.00", "300.00", "9500.50", "NOK");

        String pdf = pdfText(world.funderF, id);
        assertThat(pdf).contains("Grow companies").contains("Twelve grew").contains("More jobs in Giske")
                .contains("Export, to Sweden and Finland").contains("Overall fine").contains("1500.50")
                .contains("9500.50").contains("60000.00");
    }

    @Test
    void thePdfChartsBarsAgainstTheTarget() throws Exception {
        world.call(world.coordX, put("/api/v1/projects/{id}/targets/{code}", project, "companies-reached"),
                "{\"value\":600}", 200);
        long id = q2();
        String json = get(world.coordX, id);
        List<Object> targets = JsonPath.read(json,
                "$.figures[?(@.indicator == 'companies-reached' && @.dimension == 'total')].target");
        assertThat(new BigDecimal(String.valueOf(targets.get(0)))).isEqualByComparingTo("600");
        assertThat(pdfText(world.coordX, id)).contains("600");
    }

    @Test
    void theFunderHearsOfASubmissionAndTheProjectOfAReturn() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(port);
            Properties props = new Properties();
            props.put("mail.smtp.connectiontimeout", "2000");
            props.put("mail.smtp.timeout", "5000");
            sender.setJavaMailProperties(props);

            long id = q2();
            // the party's coordinator submits
            world.call(world.coordY, post(reports() + "/" + id + "/submit"), "{}", 200);
            no.kobling.support.OutboxDrain.drain(outbox, outboxStore, Instant.now().plusSeconds(5), "node-report", sender);
            List<MimeMessage> toFunder = to(mail, world.funderF);
            assertThat(toFunder).hasSize(1);
            assertThat(toFunder.get(0).getSubject()).contains("Report submitted").contains("2026-04-01");
            assertThat(String.valueOf(toFunder.get(0).getContent()))
                    .contains("/projects/" + project + "/reports/" + id);
            assertThat(to(mail, world.coordX)).isEmpty();

            world.call(world.funderF, post(reports() + "/" + id + "/return"),
                    "{\"comment\":\"Add the jobs in Giske\"}", 200);
            no.kobling.support.OutboxDrain.drain(outbox, outboxStore, Instant.now().plusSeconds(10), "node-report", sender);
            // the submitter (Y) and the owner's coordinator (X); the funder not again
            for (String user : List.of(world.coordY, world.coordX)) {
                List<MimeMessage> received = to(mail, user);
                assertThat(received).as(user).hasSize(1);
                assertThat(received.get(0).getSubject()).contains("returned");
                assertThat(String.valueOf(received.get(0).getContent())).contains("Add the jobs in Giske")
                        .contains("/projects/" + project + "/reports/" + id);
            }
            assertThat(to(mail, world.funderF)).hasSize(1);
            assertThat(to(mail, world.strangerW)).isEmpty();
        } finally {
            mail.stop();
        }
    }

    static List<MimeMessage> to(GreenMail mail, String username) throws Exception {
        String address = username + "@example.org";
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            Address[] all = m.getAllRecipients();
            if (all != null && Arrays.stream(all).anyMatch(a -> a.toString().equals(address))) {
                found.add(m);
            }
        }
        return found;
    }

    String html(String user, String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(path).with(world.users.as(user))).andReturn().getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString();
    }

    byte[] bytes(String user, long id, String suffix) throws Exception {
        MockHttpServletResponse r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(reports() + "/" + id + suffix).with(world.users.as(user))).andReturn().getResponse();
        assertThat(r.getStatus()).as(suffix).isEqualTo(200);
        return r.getContentAsByteArray();
    }

    String pdfText(String user, long id) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes(user, id, ".pdf"))) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }
}
