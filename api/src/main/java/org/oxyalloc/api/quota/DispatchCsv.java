package org.oxyalloc.api.quota;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.oxyalloc.plan.Plan;

/**
 * A supplier's dispatch sheet as CSV, for the driver and the plant: one row per stop of each tanker's trips, in the
 * order they are driven, with the column names in Indonesian or English.
 */
final class DispatchCsv {

    /** Column names by language; the columns are the same. */
    static final Map<String, String> HEADERS = Map.of(
            "id", "idPemasok,namaPemasok,truk,ritase,mulaiMuat,berangkat,kembali,muatanTon,urutan,kodeRS,namaRS,tiba,"
                    + "selesaiBongkar,bongkarTon,kmRitase,jamMengemudiRitase\r\n",
            "en", "supplierId,supplierName,tanker,trip,loadingStarts,departs,returns,loadTons,stop,hospitalId,hospitalName,"
                    + "arrives,leaves,unloadTons,tripKm,tripDrivingHours\r\n");

    private DispatchCsv() {
    }

    /** @param language a key of {@link #HEADERS} */
    static String write(Plan.SupplierPlan supplier, String language) {
        StringBuilder csv = new StringBuilder(HEADERS.get(language.toLowerCase(Locale.ROOT)));
        for (Plan.TankerDay tanker : supplier.tankers() == null ? List.<Plan.TankerDay>of() : supplier.tankers()) {
            for (Plan.TankerTrip trip : tanker.trips()) {
                for (int i = 0; i < trip.stops().size(); i++) {
                    Plan.Stop stop = trip.stops().get(i);
                    QuotaCsv.row(csv, supplier.id(), supplier.name(), tanker.id(), String.valueOf(trip.number()),
                            trip.loadingStarts(), trip.departs(), trip.returns(), QuotaCsv.number(trip.loadTons()),
                            String.valueOf(i + 1), stop.hospitalId(), stop.hospitalName(), stop.arrives(), stop.departs(),
                            QuotaCsv.number(stop.tons()), String.valueOf(trip.km()), QuotaCsv.number(trip.drivingHours()));
                }
            }
        }
        return csv.toString();
    }
}
