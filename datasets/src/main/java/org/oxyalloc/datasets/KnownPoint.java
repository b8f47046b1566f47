package org.oxyalloc.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.oxyalloc.problem.Problem.Location;

/**
 * A named hospital point from one coordinate source. {@code provinceCode} is the two-digit BPS province code;
 * {@code flag} is the source's own warning about the coordinate, empty when none.
 */
record KnownPoint(String source, String name, String provinceCode, Location location, String flag) {

    static final String LAMPUNG_DONORPLASMA = "lampung_hospitals_coords_class_donorplasma2021.csv";
    static final String LAMPUNG_TUBESSIG = "lampung_hospitals_coords_tubessig2024.csv";
    static final String DKI_PETADASAR = "dki_jakarta_hospitals_petadasar1000_points.csv";
    static final String RUJUKAN_2020 = "rs_rujukan_covid_2020_geocoded_nationwide.csv";

    static List<KnownPoint> lampungDonorPlasma(Path dir) throws IOException {
        // Flagged rows carry impossible values (e.g. lon 104035), so read them as text and flag them.
        return Csv.read(dir.resolve(LAMPUNG_DONORPLASMA)).stream()
                .map(r -> new KnownPoint(LAMPUNG_DONORPLASMA, r.text("name"), "18",
                        r.isBlank("coord_flag") ? new Location(r.number("lat"), r.number("lon")) : null, r.text("coord_flag")))
                .toList();
    }

    static List<KnownPoint> lampungTubesSig(Path dir) throws IOException {
        return Csv.read(dir.resolve(LAMPUNG_TUBESSIG)).stream()
                .map(r -> new KnownPoint(LAMPUNG_TUBESSIG, r.text("nama"), "18",
                        new Location(r.number("latitude"), r.number("longitude")), ""))
                .toList();
    }

    static List<KnownPoint> dkiPetaDasar(Path dir) throws IOException {
        return Csv.read(dir.resolve(DKI_PETADASAR)).stream()
                .map(r -> new KnownPoint(DKI_PETADASAR, r.text("name"), "31", new Location(r.number("lat"), r.number("lon")), ""))
                .toList();
    }

    /** The 2020 COVID-19 referral list; rows outside the provinces the datasets cover are dropped. */
    static List<KnownPoint> rujukan2020(Path dir) throws IOException {
        return Csv.read(dir.resolve(RUJUKAN_2020)).stream()
                .filter(r -> Regencies.provinceCode(r.text("province")) != null)
                .map(r -> new KnownPoint(RUJUKAN_2020, r.text("name"), Regencies.provinceCode(r.text("province")),
                        new Location(r.number("lat"), r.number("long")), ""))
                .toList();
    }
}
