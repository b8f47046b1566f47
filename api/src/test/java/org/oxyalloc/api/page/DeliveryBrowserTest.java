package org.oxyalloc.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.oxyalloc.api.user.Role;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.problem.ProblemReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A supplier records its tanker stop with a variance, the hospital confirms it on its page, and staff see planned
 * against delivered and copy the day into tomorrow. Lampung's day moved to 1 September 2021, so that publishing it
 * leaves the other browser tests' day alone.
 */
class DeliveryBrowserTest extends BrowserTest {

    private static final String DAY = "2021-09-01";

    private static long planId;
    private static JsonNode stop;

    @Autowired
    private ProblemReader reader;

    @BeforeEach
    void publishTheDayOnce() throws Exception {
        if (planId != 0) {
            return;
        }
        ObjectNode problem = ProblemJson.mapper().valueToTree(
                reader.read(Path.of("../datasets/lampung-2021-07-26.json")).problem());
        problem.put("date", DAY);
        planId = json.readTree(api(Role.STAFF).post().uri("/api/plans?timeLimit=1s").contentType(MediaType.APPLICATION_JSON)
                .body(problem.toString()).retrieve().body(String.class)).get("id").asLong();
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        while (!json.readTree(api(Role.STAFF).get().uri("/api/plans/{id}/status", planId).retrieve().body(String.class))
                .get("status").asText().equals("solved")) {
            assertThat(Instant.now()).as("plan %d solved", planId).isBefore(end);
            Thread.sleep(200);
        }
        api(Role.STAFF).post().uri("/api/plans/{id}/publication", planId).contentType(MediaType.APPLICATION_JSON)
                .body("{\"reason\": \"the delivery browser test's day\"}").retrieve().toBodilessEntity();
        for (JsonNode line : json.readTree(api(Role.STAFF).get().uri("/api/plans/{id}/deliveries", planId).retrieve()
                .body(String.class)).get("lines")) {
            if (stop == null && line.get("planned").get("kind").asText().equals("LOX")) {
                stop = line.get("planned");
            }
        }
    }

    @Test
    void aSupplierRecordsAShortStopAndTheHospitalConfirmsIt() throws Exception {
        String supplierId = stop.get("supplierId").asText();
        signIn("/", supplierUser(supplierId), PASSWORD);
        assertThat(browser.getCurrentUrl()).contains("/suppliers/" + supplierId);
        open("/suppliers/" + supplierId + "?date=" + DAY);
        assertThat(all(".supplier-day")).hasSize(1);
        follow(browser.findElement(By.cssSelector(".supplier-day .deliveries-link")));

        assertThat(all("#lines tr.line")).isNotEmpty().allSatisfy(row ->
                assertThat(row.getAttribute("data-key")).contains("|" + supplierId + "|"));
        assertThat(all("#report")).as("planned against delivered is for the task force").isEmpty();
        assertThat(byId("at-0").getAttribute("value")).as("the planned arrival, to correct").startsWith(DAY + "T");
        WebElement row = line(stop);
        String index = row.getAttribute("id").substring("line-".length());
        String half = String.valueOf(Math.round(stop.get("planned").asDouble() * 500) / 1000.0);
        type("delivered-" + index, half);
        assertThat(byId("delivered-" + index).getAttribute("value")).isEqualTo(half);
        // A date-time field is typed differently in each browser and language; set as the picker would.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", byId("at-" + index),
                DAY + "T10:30");
        type("by-" + index, "Budi, apoteker jaga");
        follow(line(stop).findElement(By.cssSelector(".record-button")));
        assertThat(text("delivery-errors")).contains("alasan selisih").contains("sebutkan sebabnya");

        new Select(byId("variance-" + index)).selectByValue("SHORT_LOAD");
        assertThat(byId("by-" + index).getAttribute("value")).as("what was typed comes back").isEqualTo("Budi, apoteker jaga");
        follow(line(stop).findElement(By.cssSelector(".record-button")));
        byId("recorded-ok");
        assertThat(line(stop).findElement(By.cssSelector(".variance")).getText()).isEqualTo("muatan kurang");
        screenshot("deliveries");
        browser.manage().deleteAllCookies();

        String hospitalId = stop.get("hospitalId").asText();
        signIn("/", hospitalUser(hospitalId), PASSWORD);
        open("/hospitals/" + hospitalId + "?date=" + DAY);
        assertThat(text("hospital-deliveries")).contains("Budi, apoteker jaga").contains("muatan kurang");
        follow(browser.findElement(By.cssSelector("#hospital-deliveries .confirm")));
        byId("confirmed-ok");
        assertThat(all("#hospital-deliveries .confirm")).isEmpty();
        assertThat(text("hospital-deliveries")).contains("dikonfirmasi oleh rs-");
        screenshot("hospital-deliveries");
    }

    @Test
    void staffSeePlannedAgainstDeliveredAndCopyTheDayIntoTomorrow() throws Exception {
        signIn("/plans/" + planId, Role.STAFF);
        follow("deliveries-link");
        assertThat(all("#report-hospitals tbody tr")).isNotEmpty();
        assertThat(all("#report-suppliers tbody tr")).isNotEmpty();
        assertThat(byId("report-csv").getAttribute("href")).endsWith("/api/plans/" + planId + "/deliveries/report?format=csv");
        screenshot("delivery-report");

        follow("plan-link");
        follow("next-day");
        assertThat(text("plan-title")).contains("2 September 2021");
        assertThat(text("validation-warnings")).contains("dibawa dari rencana " + planId);
        screenshot("next-day");
    }

    private WebElement line(JsonNode planned) {
        return all("#lines tr.line").stream().filter(r -> r.getAttribute("data-key").equals(planned.get("key").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + planned.get("key")));
    }
}
