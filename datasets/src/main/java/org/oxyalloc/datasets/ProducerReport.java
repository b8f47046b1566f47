package org.oxyalloc.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.oxyalloc.problem.Problem.Location;

/** A producer, distributor, filling station or post named in July 2021 reporting; location null when unknown. */
record ProducerReport(String name, String cityOrKab, Location location, String coordBasis) {

    static final String FILE = "oxygen_producers_fillers_jul2021.csv";

    /** Where the location comes from, for the README. */
    String locationBasis() {
        return FILE + ": " + cityOrKab + " (" + coordBasis + ")";
    }

    static List<ProducerReport> read(Path dir) throws IOException {
        return Csv.read(dir.resolve(FILE)).stream()
                .map(r -> new ProducerReport(r.text("name"), r.text("city_or_kab"),
                        r.isBlank("approx_lat") ? null : new Location(r.number("approx_lat"), r.number("approx_lon")),
                        r.text("coord_basis")))
                .toList();
    }
}
