package org.oxyalloc.api.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oxyalloc.solver.ProblemFactory.hospital;
import static org.oxyalloc.solver.ProblemFactory.supplier;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.user.Role;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.solver.ProblemFactory;
import org.springframework.http.MediaType;

/** A supplier's dispatch sheet: each tanker's trips in order, a row per stop, column names in Indonesian or English. */
class DispatchApiTest extends ApiTest {

    /** One supplier with two tankers, three hospitals near it and each other. */
    private long solvedDayWithTankers() throws Exception {
        Problem day = ProblemFactory.problem(List.of(supplier("PLANT", -5.40, 105.30, 10, true, new Problem.Fleet(2, 5, 8), 0, List.of())),
                List.of(hospital("H1", -5.42, 105.31, 1.0, 0, 5, 0, 0, List.of()),
                        hospital("H2", -5.43, 105.33, 0.8, 0, 5, 0, 0, List.of()),
                        hospital("H3", -5.41, 105.34, 0.6, 0, 5, 0, 0, List.of())), List.of(), 12);
        String body = mvc.perform(post("/api/plans?timeLimit=1s").with(as(Role.STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content(ProblemJson.mapper().writeValueAsString(day)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        awaitStatus(id, Duration.ofSeconds(60), "solved");
        return id;
    }

    @Test
    void staffDownloadAPlantsDispatchSheetWithEveryStopInOrder() throws Exception {
        long id = solvedDayWithTankers();
        String sheet = mvc.perform(get("/api/plans/" + id + "/dispatch/PLANT").with(as(Role.STAFF)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        List<String> rows = sheet.lines().toList();
        assertThat(rows.get(0)).startsWith("idPemasok,namaPemasok,truk,ritase,mulaiMuat,berangkat");
        assertThat(rows.subList(1, rows.size())).as("every hospital is a stop of some trip").hasSize(3)
                .allSatisfy(row -> assertThat(row).startsWith("PLANT,Supplier PLANT,PLANT-T"))
                .anySatisfy(row -> assertThat(row).contains(",H1,")).anySatisfy(row -> assertThat(row).contains(",H2,"))
                .anySatisfy(row -> assertThat(row).contains(",H3,"));

        mvc.perform(get("/api/plans/" + id + "/dispatch/PLANT").param("lang", "en").with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("supplierId,supplierName,tanker,trip,")));
    }

    @Test
    void theSameSheetAsAWorkbookHasItsStopsAsRowsAndItsTonsAsNumbers() throws Exception {
        long id = solvedDayWithTankers();
        byte[] xlsx = mvc.perform(get("/api/plans/" + id + "/dispatch/PLANT").param("format", "xlsx")
                        .param("lang", "en").with(as(Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "dispatch-" + id + "-PLANT.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        String csv = mvc.perform(get("/api/plans/" + id + "/dispatch/PLANT").param("lang", "en").with(as(Role.STAFF)))
                .andReturn().getResponse().getContentAsString();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Dispatch");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("supplierId");
            assertThat(sheet.getLastRowNum()).as("a row per stop, as in the CSV").isEqualTo(csv.lines().count() - 1);
            double unloaded = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("PLANT");
                assertThat(row.getCell(13).getCellType()).isEqualTo(CellType.NUMERIC);
                unloaded += row.getCell(13).getNumericCellValue();
            }
            assertThat(unloaded).as("the three hospitals' requests, unloaded").isGreaterThan(0);
        }
    }

    @Test
    void aWrongLanguageFormatOrSupplierIsAClearErrorAndHospitalsMayNotReadSheets() throws Exception {
        long id = solvedDayWithTankers();
        mvc.perform(get("/api/plans/" + id + "/dispatch/PLANT").param("format", "pdf").with(as(Role.STAFF)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("format"))
                .andExpect(jsonPath("$.errors[0].value").value("pdf"));
        mvc.perform(get("/api/plans/" + id + "/dispatch/PLANT").param("lang", "fr").with(as(Role.STAFF)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("lang"))
                .andExpect(jsonPath("$.errors[0].value").value("fr"));
        mvc.perform(get("/api/plans/" + id + "/dispatch/NOPE").with(as(Role.STAFF)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("supplier NOPE")));
        mvc.perform(get("/api/plans/" + id + "/dispatch/PLANT").with(as(Role.HOSPITAL))).andExpect(status().isForbidden());
    }
}
