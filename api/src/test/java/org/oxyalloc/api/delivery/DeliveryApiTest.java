package org.oxyalloc.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.user.Role;
import org.oxyalloc.api.user.UserRepository;
import org.oxyalloc.api.user.UserService;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.problem.ProblemReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Lampung's day published, its deliveries recorded by a supplier with a variance, confirmed by the hospital, reported
 * planned against delivered, and copied into the next day. Each test plans its own day, so that their deliveries do
 * not mix.
 */
class DeliveryApiTest extends ApiTest {

    @Autowired
    private ProblemReader reader;
    @Autowired
    private UserService userService;
    @Autowired
    private UserRepository users;

    /** Lampung's problem on another day, solved briefly and published. */
    private long publishedLampung(LocalDate day) throws Exception {
        Problem lampung = reader.read(Path.of("../datasets/lampung-2021-07-26.json")).problem();
        String json = ((ObjectNode) ProblemJson.mapper().valueToTree(lampung)).put("date", day.toString()).toString();
        String body = mvc.perform(post("/api/plans?timeLimit=1s").with(as(Role.STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = this.json.readTree(body).get("id").asLong();
        awaitStatus(id, Duration.ofSeconds(60), "solved");
        mvc.perform(post("/api/plans/" + id + "/publication").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"the delivery test's day\"}")).andExpect(status().isOk());
        return id;
    }

    private RequestPostProcessor supplierUser(String supplierId) {
        String name = "supplier-" + supplierId.toLowerCase().replaceAll("[^a-z0-9]", "");
        if (users.find(name).isEmpty()) {
            // Confirmed: the other supplier of the access test is in no problem of this test.
            userService.create(new UserService.NewUser(name, PASSWORD, Role.SUPPLIER, null, supplierId, true));
        }
        return httpBasic(name, PASSWORD);
    }

    private RequestPostProcessor hospitalUser(String hospitalId) {
        String name = "rs-" + hospitalId.toLowerCase().replaceAll("[^a-z0-9]", "");
        if (users.find(name).isEmpty()) {
            userService.create(new UserService.NewUser(name, PASSWORD, Role.HOSPITAL, hospitalId));
        }
        return httpBasic(name, PASSWORD);
    }

    /** The first planned tanker stop of the plan. */
    private JsonNode firstStop(long planId) throws Exception {
        for (JsonNode line : read("/api/plans/" + planId + "/deliveries", Role.STAFF).get("lines")) {
            if (line.get("planned").get("kind").asText().equals("LOX")) {
                return line.get("planned");
            }
        }
        throw new AssertionError("plan " + planId + " makes no tanker trip");
    }

    private static String delivery(JsonNode stop, String delivered, String at, String variance) {
        return """
                {"kind": "LOX", "supplierId": "%s", "hospitalId": "%s", "tankerId": "%s", "trip": %d, "delivered": %s,
                 "deliveredAt": "%s", "receivedBy": "Budi, apoteker jaga"%s}""".formatted(stop.get("supplierId").asText(),
                stop.get("hospitalId").asText(), stop.get("tankerId").asText(), stop.get("trip").asInt(), delivered, at,
                variance == null ? "" : ", \"variance\": \"" + variance + "\"");
    }

    @Test
    void aSupplierRecordsItsOwnStopWithAVarianceAndTheReportShowsIt() throws Exception {
        LocalDate day = LocalDate.of(2021, 8, 1);
        long plan = publishedLampung(day);
        JsonNode stop = firstStop(plan);
        RequestPostProcessor supplier = supplierUser(stop.get("supplierId").asText());
        double planned = stop.get("planned").asDouble();
        double half = Math.round(planned * 500) / 1000.0;
        String less = String.valueOf(half);

        JsonNode own = json.readTree(mvc.perform(get("/api/plans/" + plan + "/deliveries").with(supplier))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(own.get("lines")).isNotEmpty().allSatisfy(line ->
                assertThat(line.get("planned").get("supplierId").asText()).isEqualTo(stop.get("supplierId").asText()));

        mvc.perform(post("/api/plans/" + plan + "/deliveries").with(supplier).contentType(MediaType.APPLICATION_JSON)
                        .content(delivery(stop, less, day + "T10:30:00+07:00", null)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("variance"));
        mvc.perform(post("/api/plans/" + plan + "/deliveries").with(supplier).contentType(MediaType.APPLICATION_JSON)
                        .content(delivery(stop, less, day + "T10:30", "short-load")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.variance").value("SHORT_LOAD"))
                .andExpect(jsonPath("$.planned").value(planned))
                .andExpect(jsonPath("$.recordedBy").value(startsWith("supplier-")));
        mvc.perform(post("/api/plans/" + plan + "/deliveries").with(supplier).contentType(MediaType.APPLICATION_JSON)
                        .content(delivery(stop, less, day + "T10:30", "SHORT_LOAD")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("already recorded")));

        JsonNode report = read("/api/deliveries?date=" + day + "&region=Lampung", Role.ANALYST);
        JsonNode hospital = null;
        for (JsonNode row : report.get("hospitals")) {
            if (row.get("id").asText().equals(stop.get("hospitalId").asText())) {
                hospital = row;
            }
        }
        assertThat(hospital).isNotNull();
        assertThat(hospital.get("deliveredTons").asDouble()).isCloseTo(half, within(0.001));
        assertThat(hospital.get("recorded").asInt()).isEqualTo(1);
        assertThat(hospital.get("variances").get(0).asText()).isEqualTo("SHORT_LOAD");
        mvc.perform(get("/api/plans/" + plan + "/deliveries/report?format=csv").with(as(Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("per,id,name,plannedTons,deliveredTons")))
                .andExpect(content().string(containsString("hospital," + stop.get("hospitalId").asText() + ",")));
        mvc.perform(get("/api/plans/" + plan + "/deliveries/report?format=xlsx").with(as(Role.STAFF)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString(".xlsx")));
        mvc.perform(get("/api/plans/" + plan + "/deliveries/report?format=pdf").with(as(Role.STAFF)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("format"));
    }

    @Test
    void noOneRecordsForAnotherSupplierOrWithoutTheRole() throws Exception {
        LocalDate day = LocalDate.of(2021, 8, 2);
        long plan = publishedLampung(day);
        JsonNode stop = firstStop(plan);
        String other = problem().suppliers().get(0).id();
        assertThat(other).isNotEqualTo(stop.get("supplierId").asText());
        String request = delivery(stop, stop.get("planned").asText(), day + "T10:30", null);

        mvc.perform(post("/api/plans/" + plan + "/deliveries").with(supplierUser(other))
                .contentType(MediaType.APPLICATION_JSON).content(request)).andExpect(status().isForbidden());
        for (Role role : new Role[] {Role.ANALYST, Role.HOSPITAL}) {
            mvc.perform(post("/api/plans/" + plan + "/deliveries").with(as(role))
                    .contentType(MediaType.APPLICATION_JSON).content(request)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/plans/" + plan + "/dispatch/" + stop.get("supplierId").asText()).with(supplierUser(other)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/plans/" + plan + "/dispatch/" + stop.get("supplierId").asText())
                .with(supplierUser(stop.get("supplierId").asText()))).andExpect(status().isOk());
        mvc.perform(get("/api/quotas/" + stop.get("hospitalId").asText() + "?date=" + day).with(supplierUser(other)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/plans/" + plan + "/deliveries/report").with(supplierUser(other)))
                .andExpect(status().isForbidden());
        assertThat(read("/api/plans/" + plan + "/deliveries", Role.STAFF).findValues("recorded"))
                .allSatisfy(recorded -> assertThat(recorded.isNull()).isTrue());
    }

    @Test
    void badDeliveriesAreRefusedWithEveryFieldNamedAndNothingStored() throws Exception {
        LocalDate day = LocalDate.of(2021, 8, 3);
        long plan = publishedLampung(day);
        JsonNode stop = firstStop(plan);
        mvc.perform(post("/api/plans/" + plan + "/deliveries").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "GAS", "supplierId": "%s", "hospitalId": "%s", "delivered": -1,
                                 "deliveredAt": "yesterday", "receivedBy": " ", "variance": "LOST"}"""
                                .formatted(stop.get("supplierId").asText(), stop.get("hospitalId").asText())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("kind"))
                .andExpect(jsonPath("$.errors[0].value").value("GAS"))
                .andExpect(jsonPath("$.errors[1].path").value("delivered"))
                .andExpect(jsonPath("$.errors[2].path").value("deliveredAt"))
                .andExpect(jsonPath("$.errors[3].path").value("receivedBy"))
                .andExpect(jsonPath("$.errors[4].path").value("variance"))
                .andExpect(jsonPath("$.errors[4].message", containsString("SHORT_LOAD")));
        mvc.perform(post("/api/plans/" + plan + "/deliveries").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                        .content(delivery(stop, "1", day.plusDays(5) + "T10:30", null).replace(
                                "\"trip\": " + stop.get("trip").asInt(), "\"trip\": 99")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("trip"))
                .andExpect(jsonPath("$.errors[0].message", containsString(stop.get("tankerId").asText())))
                .andExpect(jsonPath("$.errors[1].path").value("deliveredAt"));
        assertThat(read("/api/plans/" + plan + "/deliveries", Role.STAFF).findValues("recorded"))
                .allSatisfy(recorded -> assertThat(recorded.isNull()).isTrue());

        long solvedOnly = solved();
        mvc.perform(post("/api/plans/" + solvedOnly + "/deliveries").with(as(Role.STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content(delivery(stop, "1", day + "T10:30", null)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("published")));
    }

    @Test
    void aStopRecordedBeforeARePlanIsRecordedForTheRePlanToo() throws Exception {
        LocalDate day = LocalDate.of(2021, 8, 6);
        long plan = publishedLampung(day);
        JsonNode stop = firstStop(plan);
        mvc.perform(post("/api/plans/" + plan + "/deliveries").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                .content(delivery(stop, stop.get("planned").asText(), day + "T09:00", null))).andExpect(status().isCreated());
        // Not ticked as dispatched: its recorded delivery says it has left.
        String body = mvc.perform(post("/api/plans/" + plan + "/replan").with(as(Role.STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"reason": "a hospital's SOS", "timeLimit": "1s",
                                 "changes": [{"kind": "hospital", "id": "%s", "set": {"loxStockTons": 0}}]}"""
                                .formatted(stop.get("hospitalId").asText())))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long replan = json.readTree(body).get("id").asLong();
        awaitStatus(replan, Duration.ofSeconds(60), "solved");
        mvc.perform(post("/api/plans/" + replan + "/publication").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"a hospital's SOS\"}")).andExpect(status().isOk());

        JsonNode kept = null;
        for (JsonNode line : read("/api/plans/" + replan + "/deliveries", Role.STAFF).get("lines")) {
            if (line.get("planned").get("key").asText().equals(stop.get("key").asText())) {
                kept = line;
            }
        }
        assertThat(kept).as("the delivered trip's stop is in the re-plan").isNotNull();
        boolean dispatched = false;
        for (JsonNode trip : read("/api/plans/" + replan, Role.STAFF).get("problem").get("baseline").get("tankerTrips")) {
            dispatched |= trip.get("supplierId").asText().equals(stop.get("supplierId").asText())
                    && trip.get("tankerId").asText().equals(stop.get("tankerId").asText())
                    && trip.get("number").asInt() == stop.get("trip").asInt() && trip.path("dispatched").asBoolean();
        }
        assertThat(dispatched).as("the trip with a recorded delivery is kept as dispatched").isTrue();
        assertThat(kept.get("recorded").get("planId").asLong()).as("shown as recorded, on the plan it was").isEqualTo(plan);
        mvc.perform(post("/api/plans/" + replan + "/deliveries").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                        .content(delivery(stop, stop.get("planned").asText(), day + "T09:00", null)))
                .andExpect(status().isConflict());
    }

    @Test
    void hospitalsAndSuppliersSeeOnlyPublishedPlans() throws Exception {
        long draft = solved();
        mvc.perform(get("/api/plans/" + draft + "/deliveries").with(as(Role.HOSPITAL))).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/" + draft + "/deliveries").with(as(Role.SUPPLIER))).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/" + draft + "/dispatch/" + supplierId()).with(as(Role.SUPPLIER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/" + draft + "/deliveries").with(as(Role.ANALYST))).andExpect(status().isOk());
    }

    @Test
    void aHospitalConfirmsOnlyWhatItReceived() throws Exception {
        LocalDate day = LocalDate.of(2021, 8, 4);
        long plan = publishedLampung(day);
        JsonNode stop = firstStop(plan);
        String body = mvc.perform(post("/api/plans/" + plan + "/deliveries").with(as(Role.STAFF))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(delivery(stop, stop.get("planned").asText(), day + "T23:50", "TANKER_LATE")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long delivery = json.readTree(body).get("id").asLong();

        mvc.perform(post("/api/deliveries/" + delivery + "/confirmation").with(as(Role.HOSPITAL)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/deliveries/" + delivery + "/confirmation").with(supplierUser(stop.get("supplierId").asText())))
                .andExpect(status().isForbidden());
        RequestPostProcessor hospital = hospitalUser(stop.get("hospitalId").asText());
        mvc.perform(post("/api/deliveries/" + delivery + "/confirmation").with(hospital))
                .andExpect(status().isOk()).andExpect(jsonPath("$.confirmedBy").value(startsWith("rs-")));
        mvc.perform(post("/api/deliveries/" + delivery + "/confirmation").with(hospital)).andExpect(status().isConflict());
        mvc.perform(post("/api/deliveries/999999/confirmation").with(as(Role.STAFF))).andExpect(status().isNotFound());

        JsonNode seen = json.readTree(mvc.perform(get("/api/plans/" + plan + "/deliveries").with(hospital))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(seen.get("lines")).isNotEmpty().allSatisfy(line ->
                assertThat(line.get("planned").get("hospitalId").asText()).isEqualTo(stop.get("hospitalId").asText()));
    }

    @Test
    void copyingADayIntoTheNextCarriesTheRecordedStockOverAndMarksIt() throws Exception {
        LocalDate day = LocalDate.of(2021, 8, 5);
        long plan = publishedLampung(day);
        JsonNode stop = firstStop(plan);
        mvc.perform(post("/api/plans/" + plan + "/deliveries").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                .content(delivery(stop, "0", day + "T11:00", "REJECTED"))).andExpect(status().isCreated());

        mvc.perform(post("/api/plans/" + plan + "/next-day").with(as(Role.ANALYST))).andExpect(status().isForbidden());
        String body = mvc.perform(post("/api/plans/" + plan + "/next-day").with(as(Role.STAFF)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("created"))
                .andReturn().getResponse().getContentAsString();
        JsonNode next = read("/api/plans/" + json.readTree(body).get("id").asLong(), Role.STAFF);

        assertThat(next.get("summary").get("date").asText()).isEqualTo(day.plusDays(1).toString());
        JsonNode today = read("/api/plans/" + plan, Role.STAFF);
        String hospitalId = stop.get("hospitalId").asText();
        JsonNode before = null;
        for (JsonNode h : today.get("plan").get("hospitals")) {
            if (h.get("id").asText().equals(hospitalId)) {
                before = h;
            }
        }
        double otherSuppliers = 0;
        for (JsonNode quota : before.get("quotas")) {
            if (!quota.get("supplierId").asText().equals(stop.get("supplierId").asText())) {
                otherSuppliers += quota.get("tons").asDouble();
            }
        }
        double expected = Math.min(before.get("tankCapacityTons").asDouble(), Math.max(0,
                before.get("loxStockTons").asDouble() + otherSuppliers - before.get("loxNeedTonsPerDay").asDouble()));
        JsonNode carried = null;
        int index = 0;
        for (JsonNode h : next.get("problem").get("hospitals")) {
            if (h.get("id").asText().equals(hospitalId)) {
                carried = h;
                break;
            }
            index++;
        }
        assertThat(carried.get("loxStockTons").asDouble()).as("the rejected load did not arrive")
                .isCloseTo(expected, within(0.001));
        assertThat(carried.get("carriedOver").get("basis").asText()).contains("rencana " + plan);
        assertThat(next.get("validation").findValuesAsText("path")).contains("$.hospitals[" + index + "].carriedOver");

        long solvedOnly = solved();
        mvc.perform(post("/api/plans/" + solvedOnly + "/next-day").with(as(Role.STAFF))).andExpect(status().isConflict());
    }

    /** What a hospital reported for the next morning replaces what was carried over for it, and is not marked. */
    @Test
    void copyingADayIntoTheNextTakesTheHospitalsMorningReports() throws Exception {
        LocalDate day = LocalDate.of(2021, 8, 20);
        long plan = publishedLampung(day);
        mvc.perform(post("/api/reports/hospitals").with(hospitalUser("1801015")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\": \"" + day.plusDays(1) + "\", \"region\": \"Lampung\", \"hospitalId\": \"1801015\","
                        + " \"loxStockTons\": 3.3, \"occupiedBeds\": 80, \"occupiedIcuBeds\": 4}"))
                .andExpect(status().isCreated());

        String body = mvc.perform(post("/api/plans/" + plan + "/next-day").with(as(Role.STAFF)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode next = read("/api/plans/" + json.readTree(body).get("id").asLong(), Role.STAFF).get("problem");

        JsonNode reported = null;
        JsonNode other = null;
        for (JsonNode h : next.get("hospitals")) {
            if (h.get("id").asText().equals("1801015")) {
                reported = h;
            } else if (h.get("id").asText().equals("1801017")) {
                other = h;
            }
        }
        assertThat(reported.get("loxStockTons").asDouble()).isEqualTo(3.3);
        assertThat(reported.get("occupiedBeds").asInt()).isEqualTo(80);
        assertThat(reported.get("occupiedIcuBeds").asInt()).isEqualTo(4);
        for (JsonNode field : reported.path("carriedOver").path("fields")) {
            assertThat(field.asText()).isNotIn("loxStockTons", "occupiedBeds", "occupiedIcuBeds");
        }
        assertThat(other.get("carriedOver").get("fields")).extracting(JsonNode::asText)
                .contains("loxStockTons", "occupiedBeds");
    }
}
