package org.oxyalloc.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A province's COVID bed occupancy ratio on one date, as reported. */
record BorSnapshot(LocalDate date, String province, double borPercent, String scope) {

    static final String FILE = "province_covid_bor_snapshots_2021.csv";

    static List<BorSnapshot> read(Path dir) throws IOException {
        return Csv.read(dir.resolve(FILE)).stream()
                .map(r -> new BorSnapshot(LocalDate.parse(r.text("date")), r.text("province"), r.number("bor_percent"), r.text("scope")))
                .toList();
    }

    /** The whole-COVID-ward snapshot (isolation + ICU) nearest to the date; on a tie, the earlier one. */
    static BorSnapshot nearest(List<BorSnapshot> snapshots, String province, LocalDate date) {
        return snapshots.stream()
                .filter(s -> s.province().equals(province) && s.scope().startsWith("COVID isolation+ICU"))
                .min(Comparator.comparingLong((BorSnapshot s) -> Math.abs(s.date().toEpochDay() - date.toEpochDay()))
                        .thenComparing(BorSnapshot::date))
                .orElseThrow(() -> new IllegalArgumentException(FILE + ": no isolation+ICU snapshot for " + province));
    }
}
