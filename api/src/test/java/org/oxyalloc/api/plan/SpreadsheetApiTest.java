package org.oxyalloc.api.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.spreadsheet.Workbooks;
import org.oxyalloc.api.user.Role;
import org.springframework.mock.web.MockMultipartFile;

/** Submitting a day as the spreadsheets task forces keep: a workbook, or suppliers.csv and hospitals.csv. */
class SpreadsheetApiTest extends ApiTest {

    private static final String SUPPLIERS = """
            id,name,kind,location.lat,location.lon,loxTons,medicalGrade,fleet.tankers,fleet.tankerTons,fleet.drivingHoursPerTanker,refillCylinders,reservedForGroups
            PT-A,"PT Aneka Gas, Lampung",distributor,-5.42,105.26,20,true,2,10,10,200,
            PT-B,PT Donor,donor,-5.45,105.30,5,true,1,10,8,,ARSSI;RSUD
            """;
    private static final String HOSPITALS = """
            id,name,regency,location.lat,location.lon,beds,occupiedBeds,icuBeds,occupiedIcuBeds,loxStockTons,tankCapacityTons,emptyCylinders,groups
            RS-1,RSUD Abdul Moeloek,Kota Bandar Lampung,-5.40,105.25,600,580,40,40,2,16,50,RSUD
            RS-2,RS Urip Sumoharjo,Kota Bandar Lampung,-5.38,105.27,300,290,20,19,1,8,30,ARSSI
            """;

    @Test
    void spreadsheetsBecomeAPlan() throws Exception {
        String answer = mvc.perform(multipart("/api/plans").file(csv("suppliers", SUPPLIERS)).file(csv("hospitals", HOSPITALS))
                        .param("region", "Lampung").param("date", "2021-07-26").param("settings", "{\"timeLimit\": \"1s\"}")
                        .param("solve", "false").with(as(Role.STAFF)))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("created"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(answer).get("id").asLong();
        mvc.perform(get("/api/plans/" + id).with(as(Role.STAFF)))
                .andExpect(jsonPath("$.problem.suppliers[0].name").value("PT Aneka Gas, Lampung"))
                .andExpect(jsonPath("$.problem.suppliers[0].fleet.tankers").value(2))
                .andExpect(jsonPath("$.problem.suppliers[1].reservedForGroups[1]").value("RSUD"))
                .andExpect(jsonPath("$.problem.hospitals[1].id").value("RS-2"))
                .andExpect(jsonPath("$.problem.settings.timeLimit").value("1s"));
    }

    @Test
    void everyErrorNamesFileRowColumnValueAndExpectation() throws Exception {
        String suppliers = SUPPLIERS.replace("-5.42,105.26,20", "-5.42,105.26,twenty").replace("true,1,10,8", "yes,1,10,8");
        String hospitals = HOSPITALS.replace(",600,580,", ",600,-1,").replace("groups", "colour");
        mvc.perform(multipart("/api/plans").file(csv("suppliers", suppliers)).file(csv("hospitals", hospitals))
                        .param("region", "Lampung").param("date", "2021-07-26").with(as(Role.STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.planId").isNumber())
                .andExpect(jsonPath("$.errors[*].path", hasItem("suppliers.csv, row 2, column loxTons")))
                .andExpect(jsonPath("$.errors[*].value", hasItem("twenty")))
                .andExpect(jsonPath("$.errors[*].path", hasItem("suppliers.csv, row 3, column medicalGrade")))
                .andExpect(jsonPath("$.errors[*].path", hasItem("hospitals.csv, column colour")))
                .andExpect(jsonPath("$.errors[*].path", hasItem("hospitals.csv, row 2, column occupiedBeds")));
    }

    @Test
    void aWorkbookBecomesAPlanAndAPlansProblemComesBackAsOne() throws Exception {
        byte[] template = mvc.perform(get("/api/plans/template").with(as(Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Workbooks.MEDIA_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
        String answer = mvc.perform(multipart("/api/plans").file(new MockMultipartFile("problem", "day.xlsx",
                        Workbooks.MEDIA_TYPE, template)).param("region", "Lampung").param("solve", "false")
                        .with(as(Role.STAFF)))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("created"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(answer).get("id").asLong();
        mvc.perform(get("/api/plans/" + id).with(as(Role.STAFF)))
                .andExpect(jsonPath("$.problem.region").value("Lampung"))
                .andExpect(jsonPath("$.problem.date").value("2021-07-26"))
                .andExpect(jsonPath("$.problem.suppliers[0].tankers[0].tons").value(10.0));

        byte[] again = mvc.perform(get("/api/plans/" + id + "/problem").with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("problem-" + id + "-Lampung-2021-07-26.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(multipart("/api/plans").file(new MockMultipartFile("problem", "again.xlsx", Workbooks.MEDIA_TYPE, again))
                        .param("solve", "false").with(as(Role.STAFF)))
                .andExpect(status().isAccepted());
    }

    @Test
    void aWorkbookWithAnErrorIsAnsweredWithItsCell() throws Exception {
        byte[] template = mvc.perform(get("/api/plans/template").with(as(Role.STAFF))).andReturn().getResponse()
                .getContentAsByteArray();
        byte[] broken;
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getSheet("hospitals").getRow(1).getCell(0).setCellValue("has space");
            book.write(out);
            broken = out.toByteArray();
        }
        mvc.perform(multipart("/api/plans").file(new MockMultipartFile("problem", "day.xlsx", Workbooks.MEDIA_TYPE, broken))
                        .with(as(Role.STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.planId").isNumber())
                .andExpect(jsonPath("$.errors[0].path").value("sheet hospitals, cell A2 (id)"))
                .andExpect(jsonPath("$.errors[0].value").value("\"has space\""));
    }

    @Test
    void aWorkbookThatUnpacksToFarMoreThanADayIsRefusedBeforeItIsRead() throws Exception {
        byte[] template = mvc.perform(get("/api/plans/template").with(as(Role.STAFF))).andReturn().getResponse()
                .getContentAsByteArray();
        // The template with 40 MB of nothing in its first sheet: a few tens of kB packed, a zip bomb.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] part = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    int root = xml.indexOf("?>") + 2;
                    out.write(xml.substring(0, root).getBytes(StandardCharsets.UTF_8));
                    byte[] padding = new byte[1024 * 1024];
                    Arrays.fill(padding, (byte) ' ');
                    for (int mb = 0; mb < 40; mb++) {
                        out.write(padding);
                    }
                    out.write(xml.substring(root).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(part);
                }
                out.closeEntry();
            }
        }
        assertThat(bomb.size()).as("small enough to be sent").isLessThan(1_000_000);
        mvc.perform(multipart("/api/plans").file(new MockMultipartFile("problem", "bomb.xlsx", Workbooks.MEDIA_TYPE,
                        bomb.toByteArray())).with(as(Role.STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("bomb.xlsx"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("unpacks to more than 32 MB")));
    }

    @Test
    void missingOrMixedFilesAreRefusedByName() throws Exception {
        mvc.perform(multipart("/api/plans").file(csv("suppliers", SUPPLIERS)).with(as(Role.STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("hospitals"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("missing the CSV file hospitals")));
        mvc.perform(multipart("/api/plans").param("region", "Lampung").with(as(Role.STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("problem"));
        mvc.perform(multipart("/api/plans").file(new MockMultipartFile("problem", "day.txt", "text/plain", "hello".getBytes()))
                        .with(as(Role.STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].value").value("day.txt"));
        mvc.perform(multipart("/api/plans").file(new MockMultipartFile("suppliers", "s.csv", "text/csv", new byte[] {'i', 'd', (byte) 0xC3}))
                        .file(csv("hospitals", HOSPITALS)).with(as(Role.STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not UTF-8")));
    }

    @Test
    void onlyStaffSubmitSpreadsheets() throws Exception {
        mvc.perform(multipart("/api/plans").file(csv("suppliers", SUPPLIERS)).file(csv("hospitals", HOSPITALS))
                .with(as(Role.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/plans").file(csv("suppliers", SUPPLIERS)).file(csv("hospitals", HOSPITALS)))
                .andExpect(status().isUnauthorized());
    }

    private static MockMultipartFile csv(String part, String content) {
        return new MockMultipartFile(part, part + ".csv", "text/csv", content.getBytes());
    }
}
