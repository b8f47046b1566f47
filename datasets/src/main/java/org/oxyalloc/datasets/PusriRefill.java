package org.oxyalloc.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A row of Pusri's refill report: 6 m³ cylinders refilled for one Lampung hospital over 16-18 July 2021, or the total. */
record PusriRefill(String hospital, int cylindersInThreeDays, String note) {

    static final String FILE = "lampung_pusri_refill_by_hospital_20210716_18.csv";
    static final int DAYS = 3;

    static List<PusriRefill> read(Path dir) throws IOException {
        return Csv.read(dir.resolve(FILE)).stream()
                .map(r -> new PusriRefill(r.text("hospital"), r.integer("cylinders_6m3_refilled"), r.text("note")))
                .toList();
    }

    /** The report's own TOTAL row, which is not a hospital. */
    boolean isTotal() {
        return hospital.startsWith("TOTAL");
    }
}
