package org.oxyalloc.api.quota;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanService;
import org.oxyalloc.api.web.NotFoundException;
import org.oxyalloc.plan.Plan;

/**
 * A supplier's dispatch sheet, for the driver and the plant: one row per stop of each tanker's trips, in the order
 * they are driven, with the column names in Indonesian or English; as CSV or as an XLSX workbook whose numbers are
 * numbers, so that a plant can sum and filter them.
 */
final class DispatchSheet {

    /** Column names by language; the columns are the same. */
    static final Map<String, List<String>> HEADERS = Map.of(
            "id", List.of("idPemasok", "namaPemasok", "truk", "ritase", "mulaiMuat", "berangkat", "kembali", "muatanTon",
                    "urutan", "kodeRS", "namaRS", "tiba", "selesaiBongkar", "bongkarTon", "kmRitase", "jamMengemudiRitase"),
            "en", List.of("supplierId", "supplierName", "tanker", "trip", "loadingStarts", "departs", "returns",
                    "loadTons", "stop", "hospitalId", "hospitalName", "arrives", "leaves", "unloadTons", "tripKm",
                    "tripDrivingHours"));
    private static final Map<String, String> SHEET_NAMES = Map.of("id", "Jadwal truk", "en", "Dispatch");

    private DispatchSheet() {
    }

    /** The supplier's part of a stored plan, its tankers' days. */
    static Plan.SupplierPlan supplier(PlanRecord plan, String supplierId) {
        return PlanService.resultOf(plan).suppliers().stream().filter(s -> s.id().equals(supplierId)).findFirst()
                .orElseThrow(() -> new NotFoundException("supplier " + supplierId + " in plan " + plan.id()));
    }

    static boolean speaks(String language) {
        return HEADERS.containsKey(language.toLowerCase(Locale.ROOT));
    }

    /** The rows, each cell a String or a Number. */
    static List<List<Object>> rows(Plan.SupplierPlan supplier) {
        List<List<Object>> rows = new ArrayList<>();
        for (Plan.TankerDay tanker : supplier.tankers() == null ? List.<Plan.TankerDay>of() : supplier.tankers()) {
            for (Plan.TankerTrip trip : tanker.trips()) {
                for (int i = 0; i < trip.stops().size(); i++) {
                    Plan.Stop stop = trip.stops().get(i);
                    rows.add(List.of(supplier.id(), supplier.name(), tanker.id(), trip.number(), trip.loadingStarts(),
                            trip.departs(), trip.returns(), trip.loadTons(), i + 1, stop.hospitalId(), stop.hospitalName(),
                            stop.arrives(), stop.departs(), stop.tons(), trip.km(), trip.drivingHours()));
                }
            }
        }
        return rows;
    }

    /** @param language one that {@link #speaks} */
    static String csv(Plan.SupplierPlan supplier, String language) {
        StringBuilder csv = new StringBuilder();
        QuotaCsv.row(csv, HEADERS.get(language.toLowerCase(Locale.ROOT)).toArray(String[]::new));
        for (List<Object> row : rows(supplier)) {
            QuotaCsv.row(csv, row.stream().map(DispatchSheet::text).toArray(String[]::new));
        }
        return csv.toString();
    }

    /** @param language one that {@link #speaks} */
    static byte[] xlsx(Plan.SupplierPlan supplier, String language) {
        String lang = language.toLowerCase(Locale.ROOT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET_NAMES.get(lang));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> headers = HEADERS.get(lang);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            List<List<Object>> rows = rows(supplier);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    // A string cell is text, never a formula: a name beginning with "=" stays a name.
                    if (values.get(c) instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(values.get(c)));
                    }
                }
            }
            // Widths by characters, not autoSizeColumn: that measures with AWT fonts, which a server may not have.
            for (int c = 0; c < headers.size(); c++) {
                int chars = headers.get(c).length();
                for (List<Object> values : rows) {
                    chars = Math.max(chars, text(values.get(c)).length());
                }
                sheet.setColumnWidth(c, Math.min(60, chars + 2) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        return value instanceof Double d ? QuotaCsv.number(d) : String.valueOf(value);
    }
}
