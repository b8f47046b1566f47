package org.oxyalloc.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.CollectionPost;
import org.oxyalloc.problem.Problem.Hospital;
import org.oxyalloc.problem.Problem.Location;
import org.oxyalloc.problem.Problem.Supplier;

/** The validity rules every dataset and every generated problem must meet; all violations are reported at once. */
final class ProblemInvariants {

    private final List<String> violations = new ArrayList<>();

    private ProblemInvariants() {
    }

    static void assertValid(Problem problem) {
        ProblemInvariants check = new ProblemInvariants();
        check.problem(problem);
        assertThat(check.violations).as(problem.region()).isEmpty();
    }

    private void require(boolean ok, String what) {
        if (!ok) {
            violations.add(what);
        }
    }

    private void problem(Problem problem) {
        require(problem.region() != null && !problem.region().isBlank(), "region is blank");
        require(problem.date() != null, "no date");
        require(!problem.suppliers().isEmpty(), "no suppliers");
        require(!problem.hospitals().isEmpty(), "no hospitals");
        uniqueIds("supplier", problem.suppliers(), Supplier::id);
        uniqueIds("hospital", problem.hospitals(), Hospital::id);
        uniqueIds("collection post", problem.effectiveCollectionPosts(), CollectionPost::id);
        Set<String> groups = new HashSet<>();
        problem.hospitals().forEach(h -> groups.addAll(h.groupsOrEmpty()));
        problem.suppliers().forEach(s -> supplier(s, groups));
        problem.hospitals().forEach(this::hospital);
        Map<String, Supplier> byId = problem.suppliers().stream().collect(Collectors.toMap(Supplier::id, Function.identity(), (a, b) -> a));
        problem.effectiveCollectionPosts().forEach(p -> post(p, byId));
    }

    private void supplier(Supplier s, Set<String> groups) {
        String what = "supplier " + s.id() + ": ";
        require(s.name() != null && !s.name().isBlank(), what + "name is blank");
        location(what, s.location());
        nonNegative(what + "loxTons", s.loxTonsOrZero());
        require(s.refillCylindersOrZero() >= 0, what + "refillCylinders < 0");
        if (s.fleet() != null) {
            require(s.fleet().tankers() >= 0, what + "tankers < 0");
            require(s.fleet().tankerTons() > 0 && Double.isFinite(s.fleet().tankerTons()), what + "tankerTons not > 0");
            double hours = s.fleet().drivingHoursPerTanker();
            require(hours > 0 && hours <= 24, what + "driving hours not in (0, 24]");
        }
        require(s.loxTonsOrZero() == 0 || s.fleet() != null, what + "has LOX but no fleet");
        require(groups.containsAll(s.reservedGroups()), what + "reserved for a group without members " + s.reservedGroups());
    }

    private void hospital(Hospital h) {
        String what = "hospital " + h.id() + ": ";
        require(h.name() != null && !h.name().isBlank(), what + "name is blank");
        require(h.regency() != null && !h.regency().isBlank(), what + "regency is blank");
        require(h.hospitalClass() == null || h.hospitalClass().matches("[A-D]"), what + "class " + h.hospitalClass());
        location(what, h.location());
        require(h.beds() >= 0, what + "beds < 0");
        require(h.occupiedBeds() >= 0 && h.occupiedBeds() <= h.beds(),
                what + "occupied " + h.occupiedBeds() + " not in 0..beds " + h.beds());
        require(h.icuBedsOrZero() >= 0 && h.icuBedsOrZero() <= h.beds(), what + "ICU beds not in 0..beds");
        require(h.occupiedIcuBedsOrZero() >= 0 && h.occupiedIcuBedsOrZero() <= h.icuBedsOrZero(), what + "occupied ICU > ICU beds");
        require(h.occupiedIcuBedsOrZero() <= h.occupiedBeds(), what + "occupied ICU > occupied beds");
        nonNegative(what + "tank", h.tankCapacityTonsOrZero());
        nonNegative(what + "stock", h.loxStockTonsOrZero());
        require(h.loxStockTonsOrZero() <= h.tankCapacityTonsOrZero(), what + "stock > tank");
        if (h.tankCapacityTonsOrZero() == 0) {
            require(h.loxStockTons() == null, what + "no tank but a LOX stock");
            require(h.loxNeedTonsPerDay() == null, what + "no tank but a LOX need");
        } else if (h.loxNeedTonsPerDay() != null) {
            nonNegative(what + "LOX need", h.loxNeedTonsPerDay());
        }
        require(h.emptyCylindersOrZero() >= 0, what + "empty cylinders < 0");
        require(h.fullCylindersOrZero() >= 0, what + "full cylinders < 0");
        require(h.cylindersNeededPerDayOrZero() >= 0, what + "cylinders per day < 0");
    }

    private void post(CollectionPost p, Map<String, Supplier> suppliers) {
        String what = "post " + p.id() + ": ";
        location(what, p.location());
        Supplier station = suppliers.get(p.stationId());
        require(station != null && station.refillCylindersOrZero() > 0,
                what + "station " + p.stationId() + " is no supplier with refill capacity");
        require(p.trucks() > 0 && p.cylindersPerTrip() > 0 && p.quotaPerHospitalPerTrip() > 0, what + "trucks, cylinders or quota < 1");
        require(p.roundTripHours() > 0 && Double.isFinite(p.roundTripHours()), what + "round trip not > 0");
        require(p.operatingHoursPerDay() > 0 && p.operatingHoursPerDay() <= 24, what + "operating hours not in (0, 24]");
        require(p.tripsPerDay() > 0, what + "runs no trip in a day");
    }

    private <T> void uniqueIds(String what, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String value = id.apply(item);
            require(value != null && value.matches(Problem.ID_PATTERN), what + " id '" + value + "' does not match the id pattern");
            require(seen.add(value), what + " id '" + value + "' is not unique");
        }
    }

    private void location(String what, Location location) {
        require(location != null, what + "no location");
        if (location != null) {
            require(location.lat() >= -90 && location.lat() <= 90, what + "lat " + location.lat());
            require(location.lon() >= -180 && location.lon() <= 180, what + "lon " + location.lon());
        }
    }

    private void nonNegative(String what, double value) {
        require(Double.isFinite(value) && value >= 0, what + " is " + value);
    }

    /** Every hospital that can reach {@code from} within the problem's maxTravelHours. */
    static List<Hospital> within(Problem problem, Location from) {
        double max = problem.effectiveSettings().maxTravelHours();
        return problem.hospitals().stream()
                .filter(h -> Geo.travelHours(h.location(), from, problem.effectiveSettings().travel()) <= max).toList();
    }
}
