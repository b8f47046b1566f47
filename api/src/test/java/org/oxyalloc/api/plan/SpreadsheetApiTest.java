package org.oxyalloc.api.plan;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.user.Role;
import org.springframework.mock.web.MockMultipartFile;

/** Submitting a day as the spreadsheet exports task forces keep: suppliers.csv and hospitals.csv. */
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
