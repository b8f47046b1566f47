package org.oxyalloc.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How often one hospital's COVID emergency room was full over the scraped July 2021 dates (SIRANAP):
 * the pressure signal that spreads the province's bed occupancy over its hospitals.
 */
record ErPressure(String kabCode, String name, int days, int fullDays) {

    static final String FILE = "siranap_covid_igd_jul2021_lampung_banten_dki_kabbogor.csv";

    double fullShare() {
        return (double) fullDays / days;
    }

    String provinceCode() {
        return kabCode.substring(0, 2);
    }

    /** One entry per (kab code, hospital name); a date counts once even if scraped twice. */
    static List<ErPressure> read(Path dir) throws IOException {
        Map<String, Set<String>> dates = new TreeMap<>();
        Map<String, Set<String>> fullDates = new TreeMap<>();
        for (Csv.Row row : Csv.read(dir.resolve(FILE))) {
            String key = row.text("district") + "|" + row.text("hospital").replaceAll("\\s+", " ");
            dates.computeIfAbsent(key, k -> new TreeSet<>()).add(row.text("file_date"));
            Set<String> full = fullDates.computeIfAbsent(key, k -> new TreeSet<>());
            if (row.text("bed_availability").contains("Penuh")) {
                full.add(row.text("file_date"));
            }
        }
        List<ErPressure> pressures = new ArrayList<>();
        dates.forEach((key, days) -> {
            String[] parts = key.split("\\|", 2);
            pressures.add(new ErPressure(parts[0], parts[1], days.size(), fullDates.get(key).size()));
        });
        return pressures;
    }
}
