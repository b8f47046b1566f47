package org.oxyalloc.datasets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.CollectionPost;
import org.oxyalloc.problem.Problem.Hospital;
import org.oxyalloc.problem.Problem.Location;
import org.oxyalloc.problem.Problem.NeedEstimation;
import org.oxyalloc.problem.Problem.Settings;
import org.oxyalloc.problem.Problem.Supplier;
import org.oxyalloc.problem.Problem.SupplierKind;
import org.oxyalloc.solver.ProblemTravel;

/**
 * Seeded synthetic problems over a Java-sized box, for scale and behaviour tests: the same arguments give the same
 * problem. Hospitals and suppliers cluster in "cities" of unequal size. {@code supplyRatio} is the total LOX of all
 * suppliers (non-medical-grade included) over the total LOX need of the tanked hospitals (reported, else the WHO-flow
 * estimate), met to the nearest 0.1 t in total; refill capacity is the same ratio of the cylinders needed, to the nearest
 * cylinder. Fleets carry each supplier's LOX in one trip per tanker with a spare, with {@code fleetRatio} times its driving
 * hours: below 1 the tanker fleet binds, as in Lampung. The first hospital is a class A referral
 * hospital, so there is always a LOX need; with 50 hospitals or more there are two collection posts (if any medical-grade
 * supplier refills cylinders).
 */
public final class SyntheticGenerator {

    static final double LAT_MIN = -8.5;
    static final double LAT_MAX = -5.8;
    static final double LON_MIN = 105.0;
    static final double LON_MAX = 114.5;
    static final int MAX_HOSPITALS = 9999;
    static final int MAX_SUPPLIERS = 999;
    static final int POSTS = 2;
    static final int POSTS_FROM_HOSPITALS = 50;
    static final LocalDate DATE = LocalDate.of(2021, 7, 15);

    private static final NeedEstimation FLOWS = Settings.DEFAULTS.needEstimation();
    private static final double[] TANKER_TONS = {10, 15, 20, 29};

    private record City(String name, Location centre, double weight) {
    }

    private SyntheticGenerator() {
    }

    public static Problem generate(long seed, int hospitals, int suppliers, double supplyRatio, double fleetRatio) {
        if (hospitals < 1 || hospitals > MAX_HOSPITALS) {
            throw new IllegalArgumentException("hospitals must be 1.." + MAX_HOSPITALS + ", was " + hospitals);
        }
        if (suppliers < 1 || suppliers > MAX_SUPPLIERS) {
            throw new IllegalArgumentException("suppliers must be 1.." + MAX_SUPPLIERS + ", was " + suppliers);
        }
        if (!(supplyRatio > 0) || Double.isInfinite(supplyRatio)) {
            throw new IllegalArgumentException("supplyRatio must be a finite number > 0, was " + supplyRatio);
        }
        if (!(fleetRatio > 0) || fleetRatio > 1) {
            throw new IllegalArgumentException("fleetRatio must be > 0 and at most 1, was " + fleetRatio);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<City> cities = cities(random, Math.max(2, Math.min(60, (int) Math.round(Math.sqrt(hospitals)))));
        List<Hospital> hospitalList = new ArrayList<>();
        for (int i = 0; i < hospitals; i++) {
            hospitalList.add(hospital(random, i, pick(random, cities)));
        }
        List<Supplier> supplierList = suppliers(random, suppliers, cities, hospitalList, supplyRatio, fleetRatio);
        hospitalList = joinAssociations(random, hospitalList, supplierList);
        List<CollectionPost> posts = hospitals >= POSTS_FROM_HOSPITALS ? posts(random, supplierList) : null;
        Settings settings = new Settings(null, null, null, null, "20s", null, null, null, null, null);
        return new Problem("Synthetic Java (seed " + seed + ")", DATE, settings, supplierList, hospitalList, posts, null, null);
    }

    /** City centres anywhere in the box; city k has weight 1/(k+1), so a few large cities and many small ones. */
    private static List<City> cities(SplittableRandom random, int count) {
        List<City> cities = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Location centre = new Location(round6(uniform(random, LAT_MIN + 0.2, LAT_MAX - 0.2)),
                    round6(uniform(random, LON_MIN + 0.2, LON_MAX - 0.2)));
            cities.add(new City(String.format(Locale.ROOT, "Synthetic City %02d", k + 1), centre, 1.0 / (k + 1)));
        }
        return cities;
    }

    private static City pick(SplittableRandom random, List<City> cities) {
        double total = cities.stream().mapToDouble(City::weight).sum();
        double u = random.nextDouble() * total;
        for (City city : cities) {
            u -= city.weight();
            if (u < 0) {
                return city;
            }
        }
        return cities.get(cities.size() - 1);
    }

    /** A point around the city centre (normal, sd in degrees, cut at 3 sd), kept inside the box. */
    private static Location near(SplittableRandom random, City city, double sd) {
        double lat = city.centre().lat() + sd * Math.max(-3, Math.min(3, gaussian(random)));
        double lon = city.centre().lon() + sd * Math.max(-3, Math.min(3, gaussian(random)));
        return new Location(round6(clamp(lat, LAT_MIN, LAT_MAX)), round6(clamp(lon, LON_MIN, LON_MAX)));
    }

    private static Hospital hospital(SplittableRandom random, int index, City city) {
        double u = random.nextDouble();
        // Roughly the national mix: about 100 beds a hospital on average.
        String hospitalClass = index == 0 ? "A" : u < 0.02 ? "A" : u < 0.15 ? "B" : u < 0.60 ? "C" : "D";
        int beds = switch (hospitalClass) {
            case "A" -> random.nextInt(300, 901);
            case "B" -> random.nextInt(120, 401);
            case "C" -> random.nextInt(50, 201);
            default -> random.nextInt(20, 101);
        };
        double ratio = uniform(random, 0.55, 1.0);
        int occupied = (int) Math.round(beds * ratio);
        int icu = HospitalRules.icuBeds(hospitalClass, false, beds);
        int occupiedIcu = Math.min(occupied, HospitalRules.occupiedIcuBeds(icu, ratio));
        double tank = HospitalRules.tankTons(hospitalClass, false, beds);
        double estimate = OxygenNeed.estimatedTonsPerDay(occupied, occupiedIcu, FLOWS);
        boolean hasTank = tank > 0;
        Double stock = hasTank ? HospitalRules.round1(tank * uniform(random, 0.1, 0.5)) : null;
        Double reportedNeed = hasTank && random.nextDouble() < 0.1
                ? Math.max(0.1, HospitalRules.round1(estimate * uniform(random, 0.9, 1.4))) : null;
        int perDay = HospitalRules.cylindersPerDay(estimate, hasTank, false);
        boolean referralClass = "A".equals(hospitalClass) || "B".equals(hospitalClass);
        Boolean referral = index == 0 || referralClass && random.nextBoolean() ? Boolean.TRUE : null;
        return new Hospital(String.format(Locale.ROOT, "SYN-H%04d", index + 1),
                String.format(Locale.ROOT, "Synthetic Hospital %04d", index + 1), city.name(), hospitalClass, near(random, city, 0.08),
                beds, occupied, icu, occupiedIcu, referral, null, stock, hasTank ? tank : null, reportedNeed,
                (int) Math.round(perDay * uniform(random, 0.5, 1.5)), (int) Math.round(perDay * uniform(random, 0.0, 0.5)), perDay, null);
    }

    private static List<Supplier> suppliers(SplittableRandom random, int count, List<City> cities, List<Hospital> hospitals,
                                            double supplyRatio, double fleetRatio) {
        SupplierKind[] kinds = new SupplierKind[count];
        double[] loxWeights = new double[count];
        double[] refillWeights = new double[count];
        boolean[] medical = new boolean[count];
        for (int i = 0; i < count; i++) {
            double u = random.nextDouble();
            kinds[i] = i == 0 ? SupplierKind.PRODUCER : u < 0.40 ? SupplierKind.PRODUCER : u < 0.70 ? SupplierKind.DISTRIBUTOR
                    : u < 0.95 ? SupplierKind.FILLING_STATION : SupplierKind.DONOR;
        }
        if (count >= 5 && !List.of(kinds).contains(SupplierKind.DONOR)) {
            kinds[count - 1] = SupplierKind.DONOR;
        }
        for (int i = 0; i < count; i++) {
            medical[i] = i == 0 || kinds[i] != SupplierKind.PRODUCER || random.nextDouble() >= 0.15;
            loxWeights[i] = switch (kinds[i]) {
                case PRODUCER -> uniform(random, 50, 300);
                case DISTRIBUTOR -> uniform(random, 20, 80);
                case DONOR -> uniform(random, 5, 20);
                case FILLING_STATION -> 0;
            };
            refillWeights[i] = switch (kinds[i]) {
                case PRODUCER, DISTRIBUTOR -> uniform(random, 0.5, 1.5);
                case FILLING_STATION -> uniform(random, 1.0, 3.0);
                case DONOR -> 0;
            };
        }
        double loxNeed = hospitals.stream().mapToDouble(h -> OxygenNeed.loxNeedTonsPerDay(h, FLOWS)).sum();
        int cylinderNeed = hospitals.stream().mapToInt(Hospital::cylindersNeededPerDayOrZero).sum();
        long[] loxLots = apportion(Math.round(supplyRatio * loxNeed * 10), loxWeights);
        long[] refills = apportion(Math.round(supplyRatio * cylinderNeed), refillWeights);
        List<Supplier> suppliers = new ArrayList<>();
        int association = 0;
        for (int i = 0; i < count; i++) {
            double lox = loxLots[i] / 10.0;
            String id = String.format(Locale.ROOT, "SYN-S%03d", i + 1);
            String kind = kinds[i].name().toLowerCase(Locale.ROOT).replace('_', ' ');
            String name = String.format(Locale.ROOT, "Synthetic %s %03d", kind, i + 1);
            List<String> reserved = kinds[i] == SupplierKind.DONOR ? List.of(associationName(++association)) : null;
            suppliers.add(new Supplier(id, name, kinds[i], near(random, pick(random, cities), 0.05), lox > 0 ? lox : null, medical[i],
                    lox > 0 ? SupplierRules.fleetFor(lox, TANKER_TONS[random.nextInt(TANKER_TONS.length)], fleetRatio) : null, null,
                    refills[i] > 0 ? (int) refills[i] : null, reserved, null));
        }
        return suppliers;
    }

    /** Splits whole units in proportion to the weights (largest remainder), so the parts add up exactly. */
    static long[] apportion(long units, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        long[] parts = new long[weights.length];
        if (total <= 0) {
            return parts;
        }
        long given = 0;
        Integer[] order = new Integer[weights.length];
        double[] remainders = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double exact = units * weights[i] / total;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int k = 0; given < units; k++, given++) {
            parts[order[k % order.length]]++;
        }
        return parts;
    }

    private static String associationName(int number) {
        return "ASSOC-" + number;
    }

    /**
     * Association k always counts hospital (k - 1) mod n among its members, so every donation has someone to go to;
     * besides, a quarter of the hospitals join one association at random.
     */
    private static List<Hospital> joinAssociations(SplittableRandom random, List<Hospital> hospitals, List<Supplier> suppliers) {
        int associations = (int) suppliers.stream().filter(s -> !s.reservedGroups().isEmpty()).count();
        if (associations == 0) {
            return hospitals;
        }
        List<Set<String>> groups = new ArrayList<>();
        hospitals.forEach(h -> groups.add(new TreeSet<>()));
        for (int k = 1; k <= associations; k++) {
            groups.get((k - 1) % hospitals.size()).add(associationName(k));
        }
        for (Set<String> own : groups) {
            if (random.nextDouble() < 0.25) {
                own.add(associationName(random.nextInt(associations) + 1));
            }
        }
        List<Hospital> joined = new ArrayList<>();
        for (int i = 0; i < hospitals.size(); i++) {
            Hospital h = hospitals.get(i);
            joined.add(groups.get(i).isEmpty() ? h : new Hospital(h.id(), h.name(), h.regency(), h.hospitalClass(), h.location(),
                    h.beds(), h.occupiedBeds(), h.icuBeds(), h.occupiedIcuBeds(), h.covidReferral(), List.copyOf(groups.get(i)),
                    h.loxStockTons(), h.tankCapacityTons(), h.loxNeedTonsPerDay(), h.emptyCylinders(), h.fullCylinders(),
                    h.cylindersNeededPerDay(), null));
        }
        return joined;
    }

    /** Posts near the largest medical-grade refill stations; none if no supplier refills. */
    private static List<CollectionPost> posts(SplittableRandom random, List<Supplier> suppliers) {
        List<Supplier> stations = suppliers.stream().filter(s -> s.medicalGrade() && s.refillCylindersOrZero() > 0)
                .sorted(Comparator.comparingInt((Supplier s) -> -s.refillCylindersOrZero()).thenComparing(Supplier::id))
                .toList();
        if (stations.isEmpty()) {
            return null;
        }
        List<CollectionPost> posts = new ArrayList<>();
        for (int k = 0; k < POSTS; k++) {
            Supplier station = stations.get(k % stations.size());
            Location location = near(random, new City("", station.location(), 1), 0.1);
            double roundTrip = HospitalRules.round1(2 * ProblemTravel.straightLine(Settings.DEFAULTS.travel())
                    .between(ProblemTravel.point(location), ProblemTravel.point(station.location())).hours() + 1.0);
            posts.add(new CollectionPost("SYN-POST-" + (k + 1), "Synthetic collection post " + (k + 1), location, station.id(),
                    random.nextInt(2, 5), random.nextInt(20, 61), roundTrip, 12.0, 10));
        }
        return posts;
    }

    private static double uniform(SplittableRandom random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** A standard normal deviate (Box-Muller), from the generator's own stream. */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static double round6(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
