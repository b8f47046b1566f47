package org.oxyalloc.api.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemIssue;
import org.oxyalloc.problem.ProblemReader;

/** A day's problem through spreadsheets: workbook and CSV in, workbook out, and where every error is. */
class ProblemSheetsTest {

    private static final ProblemReader READER = new AllocationEngine().reader();

    /** Everything a workbook can say: tankers of two sizes, groups, a post, settings and a constraint weight. */
    private static final String PROBLEM = """
            {"region": "Lampung", "date": "2021-07-26",
             "settings": {"timeLimit": "5s", "coverageDays": 1.5, "tankerTrips": {"unloadingHoursPerStop": 0.5},
                          "constraintWeights": {"Transport ton-km": 2}},
             "suppliers": [
               {"id": "LG", "name": "PT Lampung Gas, =Bandar Lampung", "kind": "distributor",
                "location": {"lat": -5.43, "lon": 105.26}, "loxTons": 29.5, "medicalGrade": true, "refillCylinders": 300,
                "tankers": [{"id": "BE-1", "tons": 29, "drivingHours": 12}, {"id": "BE-2", "tons": 8, "drivingHours": 10, "workingHours": 14}]},
               {"id": "CSR", "name": "Donasi CSR", "kind": "donor", "location": {"lat": -5.45, "lon": 105.3}, "loxTons": 5,
                "medicalGrade": true, "fleet": {"tankers": 1, "tankerTons": 5, "drivingHoursPerTanker": 8},
                "reservedForGroups": ["ARSSI", "RSUD"]}],
             "hospitals": [
               {"id": "RS-1", "name": "RSUD Abdul Moeloek", "regency": "Kota Bandar Lampung", "hospitalClass": "A",
                "location": {"lat": -5.40, "lon": 105.25}, "beds": 600, "occupiedBeds": 580, "icuBeds": 40,
                "occupiedIcuBeds": 40, "covidReferral": true, "groups": ["RSUD"], "loxStockTons": 2, "tankCapacityTons": 16,
                "emptyCylinders": 50, "fullCylinders": 5, "cylindersNeededPerDay": 40},
               {"id": "RS-2", "name": "RS Urip Sumoharjo", "regency": "Kota Bandar Lampung",
                "location": {"lat": -5.38, "lon": 105.27}, "beds": 300, "occupiedBeds": 290, "loxNeedTonsPerDay": 1.25, "tankCapacityTons": 4,
                "emptyCylinders": 30, "groups": ["ARSSI"]}],
             "collectionPosts": [
               {"id": "POS-1", "name": "Posko Way Halim", "location": {"lat": -5.39, "lon": 105.28}, "stationId": "LG",
                "trucks": 2, "cylindersPerTrip": 60, "roundTripHours": 2, "operatingHoursPerDay": 12,
                "quotaPerHospitalPerTrip": 20}]}
            """;
    private static final Problem VALID = READER.read(PROBLEM).problem();

    @Test
    void aProblemComesBackFromItsWorkbookUnchanged() throws IOException {
        ProblemSheets.Result back = ProblemSheets.fromWorkbook(ProblemSheets.toWorkbook(VALID), "day.xlsx", null, null, READER);

        assertThat(back.reading().issues()).isEmpty();
        assertThat(back.reading().problem()).isEqualTo(VALID);
        assertThat(back.reading().problem().suppliers().get(0).name()).startsWith("PT Lampung Gas, =");
    }

    @Test
    void theTemplateIsAValidProblemWithEveryColumn() throws IOException {
        ProblemSheets.Result template = ProblemSheets.fromWorkbook(ProblemSheets.template(), "template.xlsx", null, null, READER);

        assertThat(template.reading().isValid()).as(template.reading().issues().toString()).isTrue();
        assertThat(template.reading().problem().hospitals()).hasSize(2)
                .allSatisfy(h -> assertThat(h.name()).contains("invented example"));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ProblemSheets.template()))) {
            assertThat(List.of(workbook.getSheetAt(0).getSheetName(), workbook.getSheetAt(1).getSheetName(),
                    workbook.getSheetAt(2).getSheetName(), workbook.getSheetAt(3).getSheetName(),
                    workbook.getSheetAt(4).getSheetName()))
                    .containsExactly("suppliers", "tankers", "hospitals", "collectionPosts", "settings");
            assertThat(header(workbook.getSheet("hospitals"))).contains("location.lat", "occupiedIcuBeds", "groups");
            assertThat(header(workbook.getSheet("suppliers"))).contains("fleet.tankers", "reservedForGroups")
                    .doesNotContain("tankers");
        }
    }

    @Test
    void everyErrorNamesItsSheetAndCell() throws IOException {
        byte[] workbook = edit(ProblemSheets.toWorkbook(VALID), book -> {
            Sheet hospitals = book.getSheet("hospitals");
            int beds = header(hospitals).indexOf("occupiedBeds");
            hospitals.getRow(2).getCell(beds).setCellValue(-1);
            Sheet tankers = book.getSheet("tankers");
            tankers.getRow(1).getCell(0).setCellValue("NOPE");
            int tons = header(tankers).indexOf("tons");
            tankers.getRow(2).getCell(tons).setCellValue("eight");
            hospitals.getRow(0).createCell(header(hospitals).size()).setCellValue("colour");
        });

        List<ProblemIssue> errors = ProblemSheets.fromWorkbook(workbook, "day.xlsx", null, null, READER).reading().errors();

        assertThat(errors).extracting(ProblemIssue::path).contains(
                "sheet hospitals, cell " + column(workbook, "hospitals", "occupiedBeds") + "3 (occupiedBeds)",
                "sheet tankers, cell A2 (supplierId)",
                "sheet tankers, cell " + column(workbook, "tankers", "tons") + "3 (tons)",
                "sheet hospitals, column colour");
        assertThat(errors).filteredOn(e -> e.path().startsWith("sheet tankers, cell A2"))
                .extracting(ProblemIssue::value).containsExactly("NOPE");
    }

    @Test
    void aFileThatIsNoWorkbookIsNamed() {
        List<ProblemIssue> errors = ProblemSheets.fromWorkbook("id,name\n".getBytes(StandardCharsets.UTF_8),
                "suppliers.xlsx", null, null, READER).reading().errors();

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("suppliers.xlsx");
            assertThat(e.message()).contains("not readable as an XLSX workbook");
        });
    }

    @Test
    void csvFromAnIndonesianSpreadsheetHasSemicolonsAndDecimalCommas() {
        String suppliers = """
                id;name;location.lat;location.lon;loxTons;medicalGrade;fleet.tankers;fleet.tankerTons;fleet.drivingHoursPerTanker
                LG;PT Lampung Gas;-5,43;105,26;1.234,5;true;1;29;12
                """;
        String hospitals = """
                id;name;regency;location.lat;location.lon;beds;occupiedBeds;loxNeedTonsPerDay;tankCapacityTons;groups
                RS-1;"RSUD Abdul Moeloek; Lampung";Kota Bandar Lampung;-5,40;105,25;600;580;1,5;16;"ARSSI;RSUD"
                """;

        ProblemSheets.Result read = ProblemSheets.fromCsv(suppliers, hospitals, "Lampung", "2021-07-26", null, READER);

        assertThat(read.reading().errors()).isEmpty();
        Problem problem = read.reading().problem();
        assertThat(problem.suppliers().get(0).loxTons()).isEqualTo(1234.5);
        assertThat(problem.suppliers().get(0).location().lat()).isEqualTo(-5.43);
        assertThat(problem.hospitals().get(0).name()).isEqualTo("RSUD Abdul Moeloek; Lampung");
        assertThat(problem.hospitals().get(0).loxNeedTonsPerDay()).isEqualTo(1.5);
        assertThat(problem.hospitals().get(0).groups()).containsExactly("ARSSI", "RSUD");
    }

    @Test
    void csvErrorsNameFileRowAndColumnAfterBlankRows() {
        String suppliers = "id,name,location.lat,location.lon,loxTons,medicalGrade\nLG,PT Lampung Gas,-5.43,105.26,20,true\n";
        String hospitals = "id,name,regency,location.lat,location.lon,beds,occupiedBeds\n,,,,,,\n"
                + "RS-1,RSUD,Kota,-5.40,105.25,600,lots\n";

        List<ProblemIssue> errors = ProblemSheets.fromCsv(suppliers, hospitals, "Lampung", "2021-07-26", null, READER)
                .reading().errors();

        assertThat(errors).extracting(ProblemIssue::path).contains("hospitals.csv, row 3, column occupiedBeds");
        assertThat(errors).extracting(ProblemIssue::value).contains("lots");
    }

    private interface Edit {
        void apply(Workbook workbook);
    }

    private static byte[] edit(byte[] xlsx, Edit edit) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> header(Sheet sheet) {
        Row row = sheet.getRow(0);
        return IntStream.range(0, row.getLastCellNum()).mapToObj(c -> row.getCell(c).getStringCellValue()).toList();
    }

    private static String column(byte[] xlsx, String sheet, String name) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return Table.columnLetters(header(workbook.getSheet(sheet)).indexOf(name));
        }
    }
}
