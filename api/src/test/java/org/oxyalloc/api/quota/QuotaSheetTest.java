package org.oxyalloc.api.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oxyalloc.plan.Plan;

/** A plan's quotas in spreadsheets: no hospital left out, every shortage shown, no cell taken for a formula. */
class QuotaSheetTest {

    private static final Plan.HospitalPlan SERVED = hospital("RS-1", "RSUD Abdul Moeloek",
            List.of(new Plan.Quota("LG", "=HYPERLINK(\"http://evil\")", 1.5, 1, 12.0, 0.4)),
            List.of(new Plan.Refill("LG", "@PT Lampung Gas", null, null, 10, 12.0, 0.4)), 0.25, 2);
    private static final Plan.HospitalPlan NOTHING = hospital("RS-2", "+RS Urip", List.of(), List.of(), 0.323, 0);

    @Test
    void aHospitalWithNothingHasARowWithItsShortage() {
        List<List<Object>> rows = QuotaSheet.rows(List.of(SERVED, NOTHING));

        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(row -> row.get(2)).containsExactly("lox", "refill", "none");
        List<Object> none = rows.get(2);
        assertThat(none.get(QuotaSheet.HEADERS.indexOf("hospitalLoxShortageTons"))).isEqualTo(0.323);
        assertThat(rows.get(0).get(QuotaSheet.HEADERS.indexOf("hospitalCylinderShortage"))).isEqualTo(2);
    }

    @Test
    void csvCellsThatLookLikeFormulasAreNeutralised() {
        String csv = QuotaSheet.csv(List.of(SERVED, NOTHING));

        assertThat(csv.lines().toList()).hasSize(4);
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",").contains(",'@PT Lampung Gas,")
                .contains("RS-2,'+RS Urip,none,");
        assertThat(csv.lines().skip(1)).noneMatch(line -> line.matches("(^|.*,)[=+@].*"));
    }

    @Test
    void workbookTextsStayTextsEvenWhenEdited() throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(QuotaSheet.xlsx(List.of(SERVED, NOTHING))))) {
            Sheet quotas = book.getSheet("quotas");
            Row lox = quotas.getRow(1);
            int supplierName = QuotaSheet.HEADERS.indexOf("supplierName");
            assertThat(lox.getCell(supplierName).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(lox.getCell(supplierName).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(lox.getCell(QuotaSheet.HEADERS.indexOf("loxTons")).getNumericCellValue()).isEqualTo(1.5);
            assertThat(book.getSheet("hospitals").getPhysicalNumberOfRows()).isEqualTo(3);
        }
    }

    private static Plan.HospitalPlan hospital(String id, String name, List<Plan.Quota> quotas, List<Plan.Refill> refills,
            double loxShortage, int cylinderShortage) {
        double received = quotas.stream().mapToDouble(Plan.Quota::tons).sum();
        int refilled = refills.stream().mapToInt(Plan.Refill::cylinders).sum();
        return new Plan.HospitalPlan(id, name, "Kota Bandar Lampung", 2.0, 1.0, false, 10, false, 0.5, 4.0,
                received + loxShortage, quotas, received, loxShortage, 20, refilled + cylinderShortage, refills, refilled,
                cylinderShortage, 0.5, 1.0, null, null);
    }
}
