package org.oxyalloc.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.oxyalloc.datasets.Regencies.Regency;
import org.oxyalloc.problem.Problem.Location;
import org.oxyalloc.solver.ProblemTravel;

/**
 * Places register hospitals on the map: the first coordinate source (in precedence order) whose point matches the
 * hospital by name and passes the checks; else the capital of its kab/kota, a labelled stand-in.
 */
final class HospitalLocator {

    /** A point further than this from the capital of the hospital's own kab/kota is taken as a geocoding error. */
    static final double MAX_KM_FROM_CAPITAL = 80;

    /**
     * Where a hospital is, which source says so, the source's name for it when the names matched only loosely (else null),
     * and the points turned down on the way.
     */
    record Placement(Location location, String basis, String looseName, List<String> rejections) {
    }

    static final String CAPITAL_BASIS = "kab/kota capital";

    private final List<Map<RegisterHospital, NameMatcher.Match<KnownPoint>>> matchesBySource = new ArrayList<>();

    HospitalLocator(List<RegisterHospital> hospitals, List<List<KnownPoint>> sourcesInPrecedence) {
        for (List<KnownPoint> points : sourcesInPrecedence) {
            matchesBySource.add(NameMatcher.match(hospitals, RegisterHospital::name, points, KnownPoint::name,
                    (h, p) -> h.kabCode().startsWith(p.provinceCode())));
        }
    }

    Placement place(RegisterHospital hospital, Regency regency) {
        List<String> rejections = new ArrayList<>();
        for (Map<RegisterHospital, NameMatcher.Match<KnownPoint>> matches : matchesBySource) {
            NameMatcher.Match<KnownPoint> match = matches.get(hospital);
            if (match == null) {
                continue;
            }
            KnownPoint point = match.source();
            String what = hospital.name() + ": " + point.source() + " row '" + point.name() + "'";
            if (!point.flag().isEmpty()) {
                rejections.add(what + " is flagged " + point.flag() + "; not used");
                continue;
            }
            double km = ProblemTravel.km(point.location(), regency.capitalLocation());
            if (km > MAX_KM_FROM_CAPITAL) {
                rejections.add(String.format(Locale.ROOT, "%s at (%.4f, %.4f) is %.0f km from %s, the capital of %s; not used",
                        what, point.location().lat(), point.location().lon(), km, regency.capital(), regency.name()));
                continue;
            }
            return new Placement(point.location(), point.source(), match.exact() ? null : point.name(), rejections);
        }
        return new Placement(regency.capitalLocation(), CAPITAL_BASIS + " " + regency.capital() + " (stand-in)", null, rejections);
    }
}
