package org.oxyalloc.solver;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.IntStream;

import org.oxyalloc.domain.CollectionPost;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.domain.Tanker;
import org.oxyalloc.domain.TankerTrip;
import org.oxyalloc.travel.Leg;

/** Small builders for domain objects in constraint tests: every value not set is a plain, harmless default. */
final class Fixtures {

    private Fixtures() {
    }

    static SupplierBuilder supplier(int index) {
        return new SupplierBuilder(index);
    }

    static HospitalBuilder hospital(String id) {
        return new HospitalBuilder(id);
    }

    /** The first trip of the supplier's first tanker. */
    static TankerTrip trip(Supplier supplier) {
        return trip(supplier, 0, 1);
    }

    /** Trip {@code number} of the supplier's tanker at {@code tanker} (from 0): the same object on every call. */
    static TankerTrip trip(Supplier supplier, int tanker, int number) {
        return TRIPS.computeIfAbsent(supplier.getTankers().get(tanker), t -> new HashMap<>())
                .computeIfAbsent(number, n -> new TankerTrip(supplier.getTankers().get(tanker), n));
    }

    private static final Map<Tanker, Map<Integer, TankerTrip>> TRIPS = new WeakHashMap<>();

    /** Makes two hospitals near enough to share a trip, with this leg between them both ways. */
    static void near(Hospital a, Hospital b, Leg leg) {
        a.setNearby(new Hospital[] {b}, new Leg[] {leg});
        b.setNearby(new Hospital[] {a}, new Leg[] {leg});
    }

    static CollectionPost post(int index, Supplier station, int capacityPerDay, int quotaPerHospitalPerDay) {
        return new CollectionPost("P" + index, "Post " + index, index, station, 1, capacityPerDay, quotaPerHospitalPerDay);
    }

    static final class SupplierBuilder {
        private final int index;
        private long loxKg = 10_000;
        private boolean medicalGrade = true;
        private int tankers = 2;
        private long tankerKg = 10_000;
        private double hoursPerTanker = 10;
        private Double workingHours;
        private long loadingMinutes = 60;
        private long unloadingMinutes = 45;
        private int refillCylinders = 100;
        private Set<String> reservedFor = Set.of();

        private SupplierBuilder(int index) {
            this.index = index;
        }

        SupplierBuilder loxKg(long kg) {
            this.loxKg = kg;
            return this;
        }

        SupplierBuilder notMedicalGrade() {
            this.medicalGrade = false;
            return this;
        }

        SupplierBuilder fleet(int tankers, long tankerKg, double hoursPerTanker) {
            this.tankers = tankers;
            this.tankerKg = tankerKg;
            this.hoursPerTanker = hoursPerTanker;
            return this;
        }

        /** Working day of each tanker; default the larger of 16 h and its driving hours, as the builder does. */
        SupplierBuilder workingHours(double hours) {
            this.workingHours = hours;
            return this;
        }

        SupplierBuilder handling(long loadingMinutes, long unloadingMinutesPerStop) {
            this.loadingMinutes = loadingMinutes;
            this.unloadingMinutes = unloadingMinutesPerStop;
            return this;
        }

        SupplierBuilder refillCylinders(int cylinders) {
            this.refillCylinders = cylinders;
            return this;
        }

        SupplierBuilder reservedFor(String... groups) {
            this.reservedFor = Set.of(groups);
            return this;
        }

        Supplier build() {
            Supplier supplier = new Supplier("S" + index, "Supplier " + index, index, loxKg, medicalGrade, refillCylinders,
                    reservedFor);
            long working = Math.round(60 * (workingHours != null ? workingHours : Math.max(16, hoursPerTanker)));
            List<Tanker> fleet = IntStream.rangeClosed(1, tankers).mapToObj(n -> new Tanker(supplier.getId() + "/T" + n,
                    "T" + n, supplier, tankerKg, Math.round(hoursPerTanker * 60), working, loadingMinutes,
                    unloadingMinutes)).toList();
            supplier.setTankers(fleet);
            return supplier;
        }
    }

    static final class HospitalBuilder {
        private final String id;
        private int index;
        private Set<String> groups = Set.of();
        private long priorityPermille = 1_000;
        private long stockKg;
        private long tankKg = 20_000;
        private long loxRequestKg = 5_000;
        private int emptyCylinders = 100;
        private int cylinderRequest = 50;
        private Leg[] fromSuppliers = filled(4, new Leg(10, 0.25));
        private Leg[] toPosts = filled(2, new Leg(5, 0.125));

        private HospitalBuilder(String id) {
            this.id = id;
        }

        private static Leg[] filled(int size, Leg leg) {
            Leg[] legs = new Leg[size];
            Arrays.fill(legs, leg);
            return legs;
        }

        /** Its position among the day's hospitals, which orders equally short trips. */
        HospitalBuilder index(int index) {
            this.index = index;
            return this;
        }

        HospitalBuilder groups(String... groups) {
            this.groups = Set.of(groups);
            return this;
        }

        HospitalBuilder priorityPermille(long priority) {
            this.priorityPermille = priority;
            return this;
        }

        HospitalBuilder tank(long stockKg, long tankKg) {
            this.stockKg = stockKg;
            this.tankKg = tankKg;
            return this;
        }

        HospitalBuilder loxRequestKg(long kg) {
            this.loxRequestKg = kg;
            return this;
        }

        HospitalBuilder cylinders(int empty, int request) {
            this.emptyCylinders = empty;
            this.cylinderRequest = request;
            return this;
        }

        /** Legs from suppliers 0, 1, ... in order. */
        HospitalBuilder fromSuppliers(Leg... legs) {
            this.fromSuppliers = legs;
            return this;
        }

        HospitalBuilder toPosts(Leg... legs) {
            this.toPosts = legs;
            return this;
        }

        Hospital build() {
            return new Hospital(id, "Hospital " + id, index, groups, priorityPermille, stockKg, tankKg, loxRequestKg,
                    emptyCylinders, cylinderRequest, fromSuppliers, toPosts);
        }
    }
}
