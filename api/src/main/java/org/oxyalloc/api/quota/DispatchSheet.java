package org.oxyalloc.api.quota;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanService;
import org.oxyalloc.api.spreadsheet.Csv;
import org.oxyalloc.api.spreadsheet.Workbooks;
import org.oxyalloc.api.web.NotFoundException;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.text.Phrase;

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
                .orElseThrow(() -> new NotFoundException(Phrase.of("notFound.supplierInPlan", supplierId, plan.id())));
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
        return Csv.write(HEADERS.get(language.toLowerCase(Locale.ROOT)), rows(supplier));
    }

    /** @param language one that {@link #speaks} */
    static byte[] xlsx(Plan.SupplierPlan supplier, String language) {
        String lang = language.toLowerCase(Locale.ROOT);
        return Workbooks.write(List.of(new Workbooks.SheetContent(SHEET_NAMES.get(lang), HEADERS.get(lang), rows(supplier))));
    }
}
