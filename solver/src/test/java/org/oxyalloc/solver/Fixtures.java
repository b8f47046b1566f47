package org.oxyalloc.solver;

import java.util.Arrays;
import java.util.Set;

import org.oxyalloc.domain.CollectionPost;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.Supplier;
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

    static CollectionPost post(int index, Supplier station, int capacityPerDay, int quotaPerHospitalPerDay) {
        return new CollectionPost("P" + index, "Post " + index, index, station, capacityPerDay, quotaPerHospitalPerDay);
    }

    static final class SupplierBuilder {
        private final int index;
        private long loxKg = 10_000;
        private boolean medicalGrade = true;
        private int tankers = 2;
        private long tankerKg = 10_000;
        private double hoursPerTanker = 10;
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

        SupplierBuilder refillCylinders(int cylinders) {
            this.refillCylinders = cylinders;
            return this;
        }

        SupplierBuilder reservedFor(String... groups) {
            this.reservedFor = Set.of(groups);
            return this;
        }

        Supplier build() {
            return new Supplier("S" + index, "Supplier " + index, index, loxKg, medicalGrade, tankers, tankerKg,
                    hoursPerTanker, refillCylinders, reservedFor);
        }
    }

    static final class HospitalBuilder {
        private final String id;
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
            return new Hospital(id, "Hospital " + id, groups, priorityPermille, stockKg, tankKg, loxRequestKg,
                    emptyCylinders, cylinderRequest, fromSuppliers, toPosts);
        }
    }
}
