package org.oxyalloc.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.oxyalloc.api.user.Role;
import org.oxyalloc.text.Phrase;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/** What each user does on the pages, on Lampung's day of 26 July 2021 (LOX short, multi-stop tanker trips). */
class PagesBrowserTest extends BrowserTest {

    private static final String DATASET = "lampung-2021-07-26";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static long planId;
    private static JsonNode plan;

    @BeforeEach
    void solveTheDayOnce() throws Exception {
        if (planId == 0) {
            planId = solvedDataset(DATASET);
            plan = plan(planId);
        }
    }

    @Test
    void staffSignInFindTheDayAndReadThePlan() throws Exception {
        signIn("/plans", Role.STAFF);
        assertThat(browser.getCurrentUrl()).contains("/plans");
        byId("no-plans");
        follow(dayLink("2021-07-26"));
        screenshot("plans");
        follow(browser.findElement(By.linkText(String.valueOf(planId))));

        assertThat(text("plan-title")).contains("Rencana " + planId).contains("26 Juli 2021");
        assertThat(text("lox-shortage"))
                .isEqualTo(decimal(INDONESIAN, 2, plan.get("totals").get("loxShortageTons").asDouble()) + " t");
        assertThat(text("hospitals-short")).isEqualTo(plan.get("totals").get("hospitalsShort").asText());
        assertThat(all("#hospitals tbody tr")).hasSize(plan.get("hospitals").size());
        assertThat(all("#suppliers tbody tr")).hasSize(plan.get("suppliers").size());
        screenshot("plan");

        String name = plan.get("hospitals").get(0).get("name").asText();
        type("hospital-filter", name);
        List<WebElement> shown = visibleRows("#hospitals");
        assertThat(shown).isNotEmpty().allSatisfy(row -> assertThat(row.getText()).containsIgnoringCase(name));
        assertThat(shown.size()).isLessThan(plan.get("hospitals").size());
        type("hospital-filter", "");
        assertThat(visibleRows("#hospitals")).hasSize(plan.get("hospitals").size());

        WebElement priority = all("#hospitals thead th").get(2);
        priority.click();
        priority.click();
        double highest = 0;
        for (JsonNode hospital : plan.get("hospitals")) {
            highest = Math.max(highest, hospital.get("priority").asDouble());
        }
        assertThat(all("#hospitals tbody tr td").get(2).getText()).isEqualTo(decimal(INDONESIAN, 2, highest));
    }

    @Test
    void staffReadWhyAHospitalIsShort() throws Exception {
        JsonNode shortest = null;
        for (JsonNode hospital : plan.get("hospitals")) {
            if (shortest == null || hospital.get("loxShortageTons").asDouble() > shortest.get("loxShortageTons").asDouble()) {
                shortest = hospital;
            }
        }
        assertThat(shortest.get("loxShortageTons").asDouble()).as("Lampung's day leaves a hospital short").isPositive();
        signIn("/plans/" + planId, Role.STAFF);
        follow(browser.findElement(By.linkText(shortest.get("name").asText())));

        assertThat(text("summary")).startsWith(shortest.get("name").asText());
        List<String> causes = all(".shortage li").stream().map(WebElement::getText).toList();
        List<String> expected = new ArrayList<>();
        for (JsonNode cause : shortest.get("shortageCausePhrases")) {
            expected.add(json.treeToValue(cause, Phrase.class).text(INDONESIAN));
        }
        assertThat(causes).as("the causes in Bahasa Indonesia").isEqualTo(expected)
                .doesNotContainAnyElementsOf(json.convertValue(shortest.get("shortageCauses"), List.class));
        assertThat(all("#reasons tbody tr")).isNotEmpty();
        screenshot("plan-hospital");
        follow("back-to-plan");
        assertThat(browser.getCurrentUrl()).endsWith("/plans/" + planId);
    }

    @Test
    void staffPrintASuppliersDispatchSheetAndDownloadIt() throws Exception {
        signIn("/plans/" + planId, Role.STAFF);
        WebElement link = all("a.dispatch-link").get(0);
        String supplierId = link.getAttribute("href").replaceAll(".*/dispatch/", "");
        follow(link);

        JsonNode supplier = null;
        for (JsonNode s : plan.get("suppliers")) {
            supplier = s.get("id").asText().equals(supplierId) ? s : supplier;
        }
        int trips = 0;
        int stops = 0;
        for (JsonNode tanker : supplier.get("tankers")) {
            trips += tanker.get("trips").size();
            for (JsonNode trip : tanker.get("trips")) {
                stops += trip.get("stops").size();
            }
        }
        assertThat(text("dispatch-title")).contains(supplier.get("name").asText());
        assertThat(all(".trip")).hasSize(trips);
        assertThat(all(".stops tbody tr")).hasSize(stops);
        assertThat(byId("print").isDisplayed()).isTrue();
        screenshot("dispatch");

        String csv = withSession().get().uri(byId("dispatch-csv").getAttribute("href")).retrieve().body(String.class);
        assertThat(csv.lines()).hasSize(stops + 1).first().asString().startsWith("idPemasok,");
    }

    @Test
    void staffPublishAndTheHospitalReadsItsQuotaOnAPhone() throws Exception {
        JsonNode served = null;
        for (JsonNode hospital : plan.get("hospitals")) {
            served = served == null && !hospital.get("quotas").isEmpty() ? hospital : served;
        }
        signIn("/plans/" + planId, Role.STAFF);
        follow("publish");
        assertThat(text("published-ok")).contains("diterbitkan");
        assertThat(text("plan-status")).isEqualTo("diterbitkan");
        browser.manage().deleteAllCookies();

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            String hospitalId = served.get("id").asText();
            signIn("/", hospitalUser(hospitalId), PASSWORD);
            assertThat(browser.getCurrentUrl()).contains("/hospitals/" + hospitalId);
            byId("no-quota");
            follow(browser.findElement(By.cssSelector("#recent a")));
            List<String> quotas = all(".lox-quota strong").stream().map(WebElement::getText).toList();
            assertThat(quotas).hasSize(served.get("quotas").size());
            JsonNode first = served.get("quotas").get(0);
            assertThat(quotas.get(0)).isEqualTo(decimal(INDONESIAN, 3, first.get("tons").asDouble()) + " t dari "
                    + first.get("supplierName").asText());
            assertThat(text("why")).startsWith(served.get("name").asText());
            screenshot("hospital");

            String other = plan.get("hospitals").get(plan.get("hospitals").get(0) == served ? 1 : 0).get("id").asText();
            open("/hospitals/" + other + "?date=2021-07-26");
            assertThat(text("error-status")).startsWith("403");
            open("/plans/" + planId);
            assertThat(text("error-status")).startsWith("403");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void anAnalystReadsInEnglishAndCannotPublish() throws Exception {
        open("/login");
        assertThat(text("sign-in")).isEqualTo("Masuk");
        screenshot("login");
        follow("language");
        assertThat(text("sign-in")).isEqualTo("Sign in");
        type("username", "analyst");
        type("password", PASSWORD);
        follow("sign-in");
        open("/plans/" + planId);
        assertThat(text("plan-title")).contains("Plan " + planId).contains("26 July 2021");
        assertThat(text("lox-shortage"))
                .isEqualTo(decimal(Locale.ENGLISH, 2, plan.get("totals").get("loxShortageTons").asDouble()) + " t");
        assertThat(all("#publication")).isEmpty();
        follow("language");
        assertThat(text("plan-title")).contains("Rencana " + planId);
    }

    @Test
    void aWrongPasswordIsRefusedAndSigningOutEndsTheSession() {
        open("/plans");
        type("username", "staff");
        type("password", "not-the-password");
        follow("sign-in");
        assertThat(text("login-error")).isEqualTo("Nama pengguna atau kata sandi salah.");
        type("username", "staff");
        type("password", PASSWORD);
        follow("sign-in");
        assertThat(text("viewer")).isEqualTo("staff");
        follow("sign-out");
        byId("logged-out");
        open("/plans");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    /** A number as the language writes it, e.g. 1.234,57 in Indonesian. */
    private static String decimal(Locale locale, int decimals, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    private WebElement dayLink(String date) {
        return all("a.day-link").stream().filter(a -> a.getAttribute("href").endsWith("date=" + date)).findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + date));
    }

    private List<WebElement> visibleRows(String table) {
        return all(table + " tbody tr").stream().filter(WebElement::isDisplayed).toList();
    }

    /** The API, signed in by the browser's session cookie as a page's download is. */
    private RestClient withSession() {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        return RestClient.builder().defaultHeader(HttpHeaders.COOKIE, "JSESSIONID=" + session.getValue()).build();
    }

    /** A hospital sends its morning report from its page on a phone: a wrong number is named, the corrected one kept. */
    @Test
    void aHospitalSendsItsMorningReportOnAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            // RSUD Alimuddin Umar: 117 beds, 6 of them ICU, a 6 t tank, in Lampung's problem.
            signIn("/", hospitalUser("1801015"), PASSWORD);
            String date = browser.findElement(By.cssSelector("#morning-report input[name=date]")).getAttribute("value");
            type("report-loxStockTons", "7,5");
            type("report-occupiedBeds", "130");
            follow("send-report");

            assertThat(all("#report-errors li")).extracting(WebElement::getText).containsExactly(
                    "stok LOX (t) \"7.5\": lebih dari isi tangkinya (6,0 t)",
                    "tempat tidur terisi \"130\": lebih dari jumlah tempat tidurnya (117)");
            assertThat(browser.findElement(By.id("report-occupiedBeds")).getAttribute("value")).isEqualTo("130");
            type("report-loxStockTons", "2,4");
            type("report-occupiedBeds", "96");
            type("report-occupiedIcuBeds", "6");
            follow("send-report");

            byId("reported-ok");
            assertThat(text("last-report")).contains("96 tempat tidur terisi", "2,400 t LOX");
            screenshot("morning-report");
            JsonNode reports = json.readTree(api(Role.STAFF).get().uri("/api/reports/hospitals?date=" + date
                    + "&region=Lampung").retrieve().body(String.class));
            assertThat(reports).singleElement().satisfies(r -> {
                assertThat(r.get("loxStockTons").asDouble()).isEqualTo(2.4);
                assertThat(r.get("occupiedBeds").asInt()).isEqualTo(96);
                assertThat(r.get("occupiedIcuBeds").asInt()).isEqualTo(6);
            });
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
            browser.manage().deleteAllCookies();
        }
    }
}
