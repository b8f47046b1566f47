package org.oxyalloc.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.oxyalloc.problem.Problem;

/** Small problems for solver tests, written directly as problem records. */
public final class ProblemFactory {

    public static final Problem.Fleet AMPLE_FLEET = new Problem.Fleet(20, 20, 24);

    private ProblemFactory() {
    }

    public static Problem.Supplier supplier(String id, double lat, double lon, double loxTons, boolean medical,
            Problem.Fleet fleet, int refills, List<String> reservedFor) {
        return new Problem.Supplier(id, "Supplier " + id, Problem.SupplierKind.PRODUCER, new Problem.Location(lat, lon),
                loxTons, medical, fleet, null, refills, reservedFor, null);
    }

    public static Problem.Hospital hospital(String id, double lat, double lon, double needTons, double stockTons,
            double tankTons, int empties, int cylindersPerDay, List<String> groups) {
        return new Problem.Hospital(id, "Hospital " + id, "Test regency", "C", new Problem.Location(lat, lon), 100, 90,
                10, 8, false, groups, stockTons, tankTons, tankTons > 0 ? needTons : null, empties, 0, cylindersPerDay, null);
    }

    public static Problem problem(List<Problem.Supplier> suppliers, List<Problem.Hospital> hospitals,
            List<Problem.CollectionPost> posts, double maxTravelHours) {
        Problem.Settings settings = new Problem.Settings(1.0, maxTravelHours, 0.1, 10, "10s", null, null, null, null, Map.of());
        return new Problem("Test", LocalDate.of(2021, 7, 26), settings, suppliers, hospitals, posts, null, null);
    }

    /** One trip per tanker: small enough for {@link Exhaustive} to try every plan. */
    public static final Problem.TankerTrips ONE_TRIP_PER_TANKER = new Problem.TankerTrips(null, null, null, null, 1, null);

    /**
     * A random scarce day around one town: quantities in tenths of a ton and whole refill batches, so that lots of
     * 0.1 t and batches of 10 cylinders lose nothing; tankers ample, so that the fleet never binds.
     */
    public static Problem scarceDay(long seed, int supplierCount, int hospitalCount) {
        return scarceDay(seed, supplierCount, hospitalCount, AMPLE_FLEET);
    }

    /** A random scarce day as {@link #scarceDay(long, int, int)}, each supplier with this fleet. */
    public static Problem scarceDay(long seed, int supplierCount, int hospitalCount, Problem.Fleet fleet) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Problem.Supplier> suppliers = new ArrayList<>();
        for (int i = 0; i < supplierCount; i++) {
            boolean medical = i != 1;
            List<String> reserved = i == 2 ? List.of("association") : List.of();
            suppliers.add(supplier("S" + i, -5.4 + random.nextDouble(-0.6, 0.6), 105.3 + random.nextDouble(-0.6, 0.6),
                    random.nextInt(10, 60) / 10.0, medical, fleet, 10 * random.nextInt(0, 8), reserved));
        }
        List<Problem.Hospital> hospitals = new ArrayList<>();
        for (int i = 0; i < hospitalCount; i++) {
            double need = random.nextInt(5, 30) / 10.0;
            double stock = random.nextInt(0, 5) / 10.0;
            double tank = random.nextInt(0, 4) == 0 ? 0.0 : Math.max(stock, random.nextInt(10, 40) / 10.0);
            hospitals.add(hospital("H" + i, -5.4 + random.nextDouble(-0.8, 0.8), 105.3 + random.nextDouble(-0.8, 0.8),
                    need, tank > 0 ? stock : 0.0, tank, 10 * random.nextInt(0, 6), 10 * random.nextInt(0, 6),
                    i % 3 == 0 ? List.of("association") : List.of()));
        }
        List<Problem.CollectionPost> posts = List.of(new Problem.CollectionPost("POST", "Post", new Problem.Location(-5.4, 105.3),
                "S0", 1, 30, 4, 12, 10));
        List<Problem.Supplier> withStation = new ArrayList<>(suppliers);
        Problem.Supplier s0 = suppliers.get(0);
        withStation.set(0, supplier(s0.id(), s0.location().lat(), s0.location().lon(), s0.loxTons(), true, fleet,
                60, List.of()));
        return problem(withStation, hospitals, posts, 2.5);
    }
}
