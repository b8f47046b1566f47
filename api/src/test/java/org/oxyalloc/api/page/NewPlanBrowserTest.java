package org.oxyalloc.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oxyalloc.api.user.Role;

/** A task force's new day: a workbook with one error, its cell shown, the corrected file solved live, and published. */
class NewPlanBrowserTest extends BrowserTest {

    @TempDir
    static Path files;

    @Test
    void staffUploadAWorkbookFixItsErrorWatchTheSolveAndPublish() throws Exception {
        byte[] template = api(Role.STAFF).get().uri("/api/plans/template").retrieve().body(byte[].class);
        Path broken = workbook("day-with-error.xlsx", template, 250);
        Path fixed = workbook("day.xlsx", template, 150);

        signIn("/plans", Role.STAFF);
        follow("nav-new");
        screenshot("new-plan");
        byId("problem").sendKeys(broken.toString());
        type("region", "Kota Contoh");
        type("timeLimit", "4s");
        follow("send");

        assertThat(text("sent-files")).contains("day-with-error.xlsx");
        assertThat(all("#errors tbody tr")).hasSize(1);
        // Where and what in the reader's language: the error of the hospitals' check, at the cell it came from.
        assertThat(browser.findElement(By.cssSelector("#errors td.where")).getText())
                .isEqualTo("lembar hospitals, sel " + occupiedBedsCell(template) + " (occupiedBeds)");
        assertThat(browser.findElement(By.cssSelector("#errors td.value")).getText()).isEqualTo("250");
        assertThat(browser.findElement(By.cssSelector("#errors td.message")).getText()).startsWith("seharusnya paling banyak beds (");
        assertThat(byId("region").getAttribute("value")).isEqualTo("Kota Contoh");
        assertThat(byId("timeLimit").getAttribute("value")).isEqualTo("4s");
        screenshot("new-plan-errors");

        byId("problem").sendKeys(fixed.toString());
        follow("send");

        assertThat(browser.getCurrentUrl()).matches(".*/plans/\\d+$");
        assertThat(text("plan-title")).contains("Kota Contoh");
        WebDriverWait solving = new WebDriverWait(browser, Duration.ofSeconds(20));
        solving.until(d -> Integer.parseInt(byId("progress").getAttribute("data-points")) >= 2);
        assertThat(browser.findElement(By.id("progress-chart")).getSize().getHeight()).isGreaterThan(100);
        screenshot("solving");

        solving.until(ExpectedConditions.presenceOfElementLocated(By.id("publish")));
        assertThat(text("plan-status")).isEqualTo("selesai");
        assertThat(all("#progress")).isEmpty();
        follow("publish");
        byId("published-ok");

        // The plant of the day loses most of its LOX at noon: re-plan from the published plan.
        type("replan-reason", "kebocoran tangki di pabrik, sisa 1 t");
        new Select(byId("kind0")).selectByValue("supplier");
        type("id0", browser.findElement(By.cssSelector("#replan-ids option")).getAttribute("value"));
        type("field0", "loxTons");
        type("value0", "1");
        type("replan-time", "3s");
        screenshot("replan");
        follow("replan-send");
        assertThat(text("replan-of")).startsWith("Rencana ulang dari rencana ").endsWith("kebocoran tangki di pabrik, sisa 1 t");
        solving.until(ExpectedConditions.presenceOfElementLocated(By.id("publish")));
        follow("replan-compare");
        assertThat(browser.getCurrentUrl()).contains("/comparisons");
    }

    @Test
    void staffChangeTheDayWhileItSolves() throws Exception {
        long id = json.readTree(api(Role.STAFF).post().uri("/api/datasets/lampung-2021-07-26/plans?timeLimit=60s")
                .retrieve().body(String.class)).get("id").asLong();
        signIn("/plans/" + id, Role.STAFF);
        WebDriverWait solving = new WebDriverWait(browser, Duration.ofSeconds(30));
        solving.until(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("plan-status")).getText().equals("sedang dihitung");
        });

        assertThat(text("replan")).contains("Ubah hari selagi dihitung");
        assertThat(all("#replan-time")).as("the solve keeps its time limit").isEmpty();
        type("replan-reason", "Pusri: kompresor rusak pukul 10.00");
        new Select(byId("kind0")).selectByValue("supplier");
        type("id0", "PT-PUSRI");
        type("field0", "loxTons");
        type("value0", "5");
        follow("replan-send");
        assertThat(text("change-outcome")).isEqualTo("Perhitungan menerima perubahan dan berlanjut dari rencana terbaiknya "
                + "pada hari yang berubah.");
        follow("stop");
        solving.until(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("plan-status")).getText().equals("dihentikan");
        });
        JsonNode pusri = null;
        for (JsonNode supplier : plan(id).get("suppliers")) {
            pusri = supplier.get("id").asText().equals("PT-PUSRI") ? supplier : pusri;
        }
        assertThat(pusri.get("loxTons").asDouble()).as("the plan is of the changed day").isEqualTo(5.0);
    }

    /** The template with the first hospital's occupied beds set, saved as a file the browser can send. */
    private static Path workbook(String name, byte[] template, int occupiedBeds) throws IOException {
        Path file = files.resolve(name);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(template)); OutputStream out = Files.newOutputStream(file)) {
            Sheet hospitals = book.getSheet("hospitals");
            hospitals.getRow(1).getCell(header(hospitals).indexOf("occupiedBeds")).setCellValue(occupiedBeds);
            book.write(out);
        }
        return file;
    }

    private static String occupiedBedsCell(byte[] template) throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            int column = header(book.getSheet("hospitals")).indexOf("occupiedBeds");
            return (char) ('A' + column) + "2";
        }
    }

    private static List<String> header(Sheet sheet) {
        Row row = sheet.getRow(0);
        List<String> names = new ArrayList<>();
        row.forEach(cell -> names.add(cell.getStringCellValue()));
        return names;
    }
}
