package org.oxyalloc.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oxyalloc.api.user.Role;
import org.oxyalloc.plan.OxygenLeft;

/**
 * What an analyst does on Lampung's day: reads the rules, makes a what-if, compares it; and the plan's map and its
 * hospitals with the fewest hours of oxygen left.
 */
class AnalystBrowserTest extends BrowserTest {

    private static final String TRANSPORT = "Transport ton-km";

    private static long planId;
    private static JsonNode plan;

    @BeforeEach
    void solveTheDayOnce() throws Exception {
        if (planId == 0) {
            planId = solvedDataset("lampung-2021-07-26");
            plan = plan(planId);
        }
    }

    @Test
    void anAnalystReadsTheRulesSolvesAWhatIfWithoutTransportAndComparesIt() throws Exception {
        JsonNode constraints = json.readTree(api(Role.ANALYST).get().uri("/api/constraints").retrieve().body(String.class));
        signIn("/plans/" + planId, Role.ANALYST);
        follow("nav-constraints");
        assertThat(all("#constraints tbody tr")).hasSize(constraints.size());
        assertThat(all("#constraints td.constraint-name").stream().map(WebElement::getText)).contains(TRANSPORT);
        screenshot("constraints");

        open("/plans/" + planId);
        follow("what-if-link");
        WebElement weight = browser.findElement(By.cssSelector("input.weight[data-constraint='" + TRANSPORT + "']"));
        weight.clear();
        weight.sendKeys("0");
        type("timeLimit", "1s");
        screenshot("what-if");
        follow("solve-what-if");

        String whatIf = browser.getCurrentUrl().replaceAll(".*/plans/", "");
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("plan-status")).getText().equals("selesai"));
        follow("compare-parent");

        assertThat(text("comparison-title")).isEqualTo("Rencana " + planId + " dan rencana " + whatIf);
        List<String> changed = all("#constraint-changes tr.changed td:first-child").stream().map(WebElement::getText).toList();
        assertThat(changed).contains(TRANSPORT);
        assertThat(all("#hospital-changes tbody tr")).hasSize(plan.get("hospitals").size());
        screenshot("comparison");
    }

    @Test
    void thePlansMapDrawsEveryHospitalAndDeliveryWithNothingFromOutside() throws Exception {
        signIn("/plans/" + planId, Role.STAFF);
        int hospitals = plan.get("hospitals").size();
        int quotas = 0;
        for (JsonNode hospital : plan.get("hospitals")) {
            quotas += hospital.get("quotas").size();
        }
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> String.valueOf(hospitals).equals(d.findElement(By.id("map")).getAttribute("data-drawn")));
        assertThat(all("#map path.hospital-marker")).hasSize(hospitals);
        assertThat(all("#map path.delivery-line")).hasSize(quotas);
        assertThat(all("#map path.hospital-critical")).as("ringed: under 12 hours of oxygen").isNotEmpty()
                .hasSize(hospitalsWithHoursUnder(12).size());
        ((JavascriptExecutor) browser).executeScript("document.getElementById('map-section').scrollIntoView()");
        screenshot("map");

        // As a click on the circle; WebDriver's own click aims at the centre of the SVG path's box, which Leaflet's
        // panes may cover.
        ((JavascriptExecutor) browser).executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))",
                all("#map path.hospital-marker").get(0));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/hospitals/"));
        byId("summary");
        open("/plans/" + planId);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("map")).getAttribute("data-drawn") != null);
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(loaded).isNotEmpty().allSatisfy(address -> assertThat(address).startsWith(url("/")));
        assertThat(loaded).anySatisfy(address -> assertThat(address).contains("/webjars/leaflet/"))
                .anySatisfy(address -> assertThat(address).endsWith("/map/indonesia-provinces.geojson"));
    }

    /** Staff see first the hospitals that will run out soonest, in the ministry's bands. */
    @Test
    void theHospitalsWithUnderFortyEightHoursOfOxygenComeFirstFewestHoursFirst() throws Exception {
        signIn("/plans/" + planId, Role.STAFF);
        List<WebElement> rows = all("#oxygen-left tr.oxygen-left-row");
        List<String> under48 = hospitalsWithHoursUnder(48);

        assertThat(rows).extracting(row -> row.getAttribute("data-hospital")).containsExactlyInAnyOrderElementsOf(under48);
        assertThat(rows.stream().map(AnalystBrowserTest::hoursNow).toList()).isSorted();
        assertThat(rows).allSatisfy(row -> {
            double now = hoursNow(row);
            int under = Integer.parseInt(row.getAttribute("data-under"));
            assertThat(now).isLessThan(under);
            assertThat(row.findElement(By.className("badge")).getText()).isEqualTo("di bawah " + under + " jam");
        });
        ((JavascriptExecutor) browser).executeScript("document.getElementById('oxygen-left').scrollIntoView()");
        screenshot("oxygen-left");
    }

    /** The row's hours now, as the page writes them in Indonesian (a decimal comma). */
    private static double hoursNow(WebElement row) {
        return Double.parseDouble(row.findElements(By.tagName("td")).get(3).getText().replace(',', '.'));
    }

    /** The plan's hospitals whose stock and full cylinders last fewer hours than that, as the API reports them. */
    private static List<String> hospitalsWithHoursUnder(int hours) {
        List<String> ids = new ArrayList<>();
        for (JsonNode hospital : plan.get("hospitals")) {
            JsonNode days = hospital.get("coverageDaysBefore");
            if (days != null && !days.isNull() && OxygenLeft.hours(days.asDouble()) < hours) {
                ids.add(hospital.get("id").asText());
            }
        }
        return ids;
    }
}
