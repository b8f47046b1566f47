package org.oxyalloc.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.user.Role;
import org.oxyalloc.problem.Problem;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Hospitals' morning reports: the hospital user reports its own, the task force any; each checked against the
 * hospital as the region's stored problem has it. Each test reports for a day of its own.
 */
class ReportApiTest extends ApiTest {

    private Problem.Hospital hospital;
    private String region;

    @BeforeEach
    void storeTheRegionsProblem() throws Exception {
        Problem day = problem();
        String id = hospitalId();
        hospital = day.hospitals().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
        region = day.region();
        submit("solve=false");
    }

    private ResultActions report(Role role, String body) throws Exception {
        return mvc.perform(post("/api/reports/hospitals").with(as(role)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String body(String date, String hospitalId, String numbers) {
        return "{\"date\": \"" + date + "\", \"region\": \"" + region + "\", \"hospitalId\": \"" + hospitalId + "\", "
                + numbers + "}";
    }

    @Test
    void aHospitalReportsItsMorningAndTheLatestReportOfTheDayCounts() throws Exception {
        double stock = Math.min(hospital.tankCapacityTonsOrZero(), 0.5);
        report(Role.HOSPITAL, body("2021-10-01", hospital.id(), "\"loxStockTons\": " + stock
                + ", \"occupiedBeds\": 3, \"occupiedIcuBeds\": 0, \"emptyCylinders\": 10, \"fullCylinders\": 4"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/reports/hospitals?date=2021-10-01")))
                .andExpect(jsonPath("$.hospitalId").value(hospital.id()))
                .andExpect(jsonPath("$.occupiedBeds").value(3))
                .andExpect(jsonPath("$.reportedBy").value("hospital"));
        // Staff correct it after a phone call: the later report counts.
        report(Role.STAFF, body("2021-10-01", hospital.id(), "\"loxStockTons\": 0, \"occupiedBeds\": 2, \"occupiedIcuBeds\": 0"))
                .andExpect(status().isCreated());

        JsonNode day = read("/api/reports/hospitals?date=2021-10-01&region=" + region, Role.ANALYST);

        assertThat(day).singleElement().satisfies(r -> {
            assertThat(r.get("hospitalId").asText()).isEqualTo(hospital.id());
            assertThat(r.get("occupiedBeds").asInt()).isEqualTo(2);
            assertThat(r.get("loxStockTons").asDouble()).isZero();
            assertThat(r.get("reportedBy").asText()).isEqualTo("staff");
        });
    }

    @Test
    void aReportThatContradictsTheHospitalIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        String numbers = "\"loxStockTons\": " + (hospital.tankCapacityTonsOrZero() + 1) + ", \"occupiedBeds\": "
                + (hospital.beds() + 1) + ", \"occupiedIcuBeds\": " + (hospital.beds() + 2) + ", \"emptyCylinders\": -1";

        report(Role.STAFF, body("2021-10-02", hospital.id(), numbers))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.path == 'loxStockTons')].value").value(
                        String.valueOf(hospital.tankCapacityTonsOrZero() + 1)))
                .andExpect(jsonPath("$.errors[?(@.path == 'emptyCylinders')].message").value(
                        "expected a whole number from 0 to 100000"));
        // Within range, but more than the hospital has.
        report(Role.STAFF, body("2021-10-02", hospital.id(), "\"loxStockTons\": " + (hospital.tankCapacityTonsOrZero() + 1)
                + ", \"occupiedBeds\": " + (hospital.beds() + 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("loxStockTons"))
                .andExpect(jsonPath("$.errors[0].message").value(hospital.tankCapacityTonsOrZero() > 0
                        ? containsString("more than its tank holds") : containsString("no LOX tank")))
                .andExpect(jsonPath("$.errors[1].path").value("occupiedBeds"))
                .andExpect(jsonPath("$.errors[1].message").value("more than its beds (" + hospital.beds() + ")"));
        report(Role.STAFF, body("2021-10-02", hospital.id(), "\"occupiedBeds\": 1, \"occupiedIcuBeds\": 2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("occupiedIcuBeds"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "more than the occupied beds reported (1), which count the ICU too"));
        // Numbers of the wrong kind are named like any other wrong field, with the others.
        report(Role.STAFF, body("2021-10-02", hospital.id(), "\"occupiedBeds\": 9.5, \"emptyCylinders\": \"many\", "
                + "\"fullCylinders\": 3000000000, \"loxStockTons\": -1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("occupiedBeds"))
                .andExpect(jsonPath("$.errors[0].value").value("9.5"))
                .andExpect(jsonPath("$.errors[1].path").value("emptyCylinders"))
                .andExpect(jsonPath("$.errors[1].value").value("\"many\""))
                .andExpect(jsonPath("$.errors[2].path").value("fullCylinders"))
                .andExpect(jsonPath("$.errors[3].path").value("loxStockTons"))
                .andExpect(jsonPath("$.errors.length()").value(4));
        mvc.perform(post("/api/reports/hospitals").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("body"));
        report(Role.STAFF, body("2021-10-02", hospital.id(), "\"loxNeedTonsPerDay\": 1e400, \"occupiedBeds\": 1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("loxNeedTonsPerDay"));
        report(Role.STAFF, body("2021-10-02", "NO-SUCH-HOSPITAL", "\"occupiedBeds\": 1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("hospitalId"))
                .andExpect(jsonPath("$.errors[0].message").value("no stored problem of region " + region + " has this hospital"));
        report(Role.STAFF, body("2 Oktober", hospital.id(), "\"occupiedBeds\": 1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("date"))
                .andExpect(jsonPath("$.errors[0].value").value("2 Oktober"));
        report(Role.STAFF, body("2021-10-02", hospital.id(), "\"loxStockTons\": 0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("occupiedBeds"));

        assertThat(read("/api/reports/hospitals?date=2021-10-02&region=" + region, Role.STAFF)).isEmpty();
    }

    @Test
    void aHospitalReportsOnlyForItselfAndAnAnalystNotAtAll() throws Exception {
        String other = problem().hospitals().stream().map(Problem.Hospital::id).filter(id -> !id.equals(hospital.id()))
                .findFirst().orElseThrow();

        report(Role.HOSPITAL, body("2021-10-03", other, "\"occupiedBeds\": 1")).andExpect(status().isForbidden());
        report(Role.ANALYST, body("2021-10-03", hospital.id(), "\"occupiedBeds\": 1")).andExpect(status().isForbidden());
        report(Role.SUPPLIER, body("2021-10-03", hospital.id(), "\"occupiedBeds\": 1")).andExpect(status().isForbidden());

        assertThat(read("/api/reports/hospitals?date=2021-10-03&region=" + region, Role.STAFF)).isEmpty();
    }
}
