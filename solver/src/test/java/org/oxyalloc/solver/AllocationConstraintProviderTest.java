package org.oxyalloc.solver;

import static org.oxyalloc.solver.Fixtures.hospital;
import static org.oxyalloc.solver.Fixtures.near;
import static org.oxyalloc.solver.Fixtures.post;
import static org.oxyalloc.solver.Fixtures.supplier;
import static org.oxyalloc.solver.Fixtures.trip;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.oxyalloc.domain.CollectionPost;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.PlanningRules;
import org.oxyalloc.domain.PublishedPlan;
import org.oxyalloc.domain.PublishedQuota;
import org.oxyalloc.domain.PublishedRefills;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.domain.RefillRoute;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.domain.TankerTrip;
import org.oxyalloc.travel.Leg;

class AllocationConstraintProviderTest {

    private final ConstraintVerifier<AllocationConstraintProvider, OxygenAllocation> verifier = ConstraintVerifier.build(
            new AllocationConstraintProvider(), OxygenAllocation.class, LoxLot.class, RefillBatch.class);

    private final Supplier north = supplier(0).loxKg(1_000).build();
    private final Supplier south = supplier(1).loxKg(5_000).build();
    private final Hospital alpha = hospital("A").build();
    private final Hospital beta = hospital("B").index(1).build();

    /** Two hospitals 1 h from the supplier and 0.5 h from each other, 40 km and 20 km. */
    private static Hospital[] neighbours() {
        Hospital north = hospital("N").index(0).fromSuppliers(new Leg(40, 1.0)).build();
        Hospital other = hospital("O").index(1).fromSuppliers(new Leg(40, 1.0)).build();
        near(north, other, new Leg(20, 0.5));
        return new Hospital[] {north, other};
    }

    @Nested
    class Hard {

        @Test
        void supplierLoxCapacity() {
            verifier.verifyThat(AllocationConstraintProvider::supplierLoxCapacity)
                    .given(new LoxLot(1, alpha, 600, trip(north)), new LoxLot(2, beta, 600, trip(north)), new LoxLot(3, alpha, 600, trip(south)))
                    .penalizesBy(200);
            verifier.verifyThat(AllocationConstraintProvider::supplierLoxCapacity)
                    .given(new LoxLot(1, alpha, 500, trip(north)), new LoxLot(2, beta, 500, trip(north)), new LoxLot(3, alpha, 600))
                    .penalizesBy(0);
        }

        @Test
        void stationRefillCapacity() {
            Supplier station = supplier(0).refillCylinders(25).build();
            CollectionPost post = post(0, station, 100, 100);
            verifier.verifyThat(AllocationConstraintProvider::stationRefillCapacity)
                    .given(new RefillBatch(1, alpha, 10, RefillRoute.direct(station)),
                            new RefillBatch(2, beta, 10, RefillRoute.via(post)),
                            new RefillBatch(3, beta, 10, RefillRoute.via(post)))
                    .penalizesBy(5);
            verifier.verifyThat(AllocationConstraintProvider::stationRefillCapacity)
                    .given(new RefillBatch(1, alpha, 10, RefillRoute.direct(station)), new RefillBatch(2, beta, 30))
                    .penalizesBy(0);
        }

        @Test
        void postShuttleCapacity() {
            Supplier station = supplier(0).refillCylinders(1_000).build();
            CollectionPost post = post(0, station, 15, 100);
            verifier.verifyThat(AllocationConstraintProvider::postShuttleCapacity)
                    .given(new RefillBatch(1, alpha, 10, RefillRoute.via(post)),
                            new RefillBatch(2, beta, 10, RefillRoute.via(post)),
                            new RefillBatch(3, beta, 10, RefillRoute.direct(station)))
                    .penalizesBy(5);
        }

        @Test
        void postQuotaPerHospital() {
            Supplier station = supplier(0).refillCylinders(1_000).build();
            CollectionPost post = post(0, station, 1_000, 10);
            verifier.verifyThat(AllocationConstraintProvider::postQuotaPerHospital)
                    .given(new RefillBatch(1, alpha, 10, RefillRoute.via(post)),
                            new RefillBatch(2, alpha, 4, RefillRoute.via(post)),
                            new RefillBatch(3, beta, 10, RefillRoute.via(post)),
                            new RefillBatch(4, beta, 10, RefillRoute.direct(station)))
                    .penalizesBy(4);
        }

        @Test
        void tankSpace() {
            Hospital small = hospital("S").tank(1_500, 2_000).build();
            verifier.verifyThat(AllocationConstraintProvider::tankSpace)
                    .given(new LoxLot(1, small, 400, trip(north)), new LoxLot(2, small, 300, trip(south)), new LoxLot(3, small, 900))
                    .penalizesBy(200);
            verifier.verifyThat(AllocationConstraintProvider::tankSpace)
                    .given(new LoxLot(1, small, 500, trip(north)))
                    .penalizesBy(0);
        }

        @Test
        void refillsWithinEmptyCylinders() {
            Hospital few = hospital("F").cylinders(12, 30).build();
            Supplier station = supplier(0).build();
            verifier.verifyThat(AllocationConstraintProvider::refillsWithinEmptyCylinders)
                    .given(new RefillBatch(1, few, 10, RefillRoute.direct(station)),
                            new RefillBatch(2, few, 10, RefillRoute.direct(station)), new RefillBatch(3, few, 10))
                    .penalizesBy(8);
        }

        @Test
        void tankerCapacityPerTrip() {
            Supplier small = supplier(0).loxKg(10_000).fleet(2, 1_000, 10).build();
            TankerTrip first = trip(small, 0, 1);
            TankerTrip second = trip(small, 0, 2);
            TankerTrip otherTanker = trip(small, 1, 1);
            // 0.7 t + 0.5 t on one trip of a 1 t tanker; the tanker's second trip and the other tanker's are full.
            verifier.verifyThat(AllocationConstraintProvider::tankerCapacityPerTrip)
                    .given(new LoxLot(1, alpha, 700, first), new LoxLot(2, beta, 500, first),
                            new LoxLot(3, alpha, 1_000, second), new LoxLot(4, beta, 1_000, otherTanker),
                            new LoxLot(5, beta, 900))
                    .penalizesBy(200);
        }

        @Test
        void stopsPerTrip() {
            Hospital gamma = hospital("C").index(2).build();
            TankerTrip trip = trip(south);
            verifier.verifyThat(AllocationConstraintProvider::stopsPerTrip)
                    .given(new PlanningRules(12.0, 2), new LoxLot(1, alpha, 100, trip), new LoxLot(2, beta, 100, trip),
                            new LoxLot(3, gamma, 100, trip), new LoxLot(4, gamma, 100, trip),
                            new LoxLot(5, alpha, 100, trip(south, 1, 1)))
                    .penalizesBy(1);
            verifier.verifyThat(AllocationConstraintProvider::stopsPerTrip)
                    .given(new PlanningRules(12.0, 3), new LoxLot(1, alpha, 100, trip), new LoxLot(2, beta, 100, trip),
                            new LoxLot(3, gamma, 100, trip))
                    .penalizesBy(0);
        }

        @Test
        void tankerDrivingHoursCountTheTourThroughEveryStopAndEachTripInTurn() {
            Supplier small = supplier(0).loxKg(10_000).fleet(2, 10_000, 4).build();
            Hospital[] h = neighbours();
            // Trip 1 through both: 1 + 0.5 + 1 h = 150 min; trip 2 to N alone: 120 min; 270 min against 240.
            verifier.verifyThat(AllocationConstraintProvider::tankerDrivingHours)
                    .given(new LoxLot(1, h[0], 500, trip(small, 0, 1)), new LoxLot(2, h[1], 500, trip(small, 0, 1)),
                            new LoxLot(3, h[0], 500, trip(small, 0, 2)), new LoxLot(4, h[1], 500, trip(small, 1, 1)))
                    .penalizesBy(30);
            // The same stops on one trip each of two tankers fit: 120 min each.
            verifier.verifyThat(AllocationConstraintProvider::tankerDrivingHours)
                    .given(new LoxLot(1, h[0], 500, trip(small, 0, 1)), new LoxLot(2, h[1], 500, trip(small, 1, 1)))
                    .penalizesBy(0);
        }

        @Test
        void theTourAvoidsALegLongerThanGoingBackThroughTheDepot() {
            Supplier small = supplier(0).loxKg(10_000).fleet(1, 10_000, 3).build();
            Hospital north = hospital("N").index(0).fromSuppliers(new Leg(40, 1.0)).build();
            Hospital other = hospital("O").index(1).fromSuppliers(new Leg(40, 1.0)).build();
            near(north, other, new Leg(200, 5.0));
            // Through the depot: 4 h of driving against 3.
            verifier.verifyThat(AllocationConstraintProvider::tankerDrivingHours)
                    .given(new LoxLot(1, north, 500, trip(small)), new LoxLot(2, other, 500, trip(small)))
                    .penalizesBy(60);
        }

        @Test
        void tankerWorkingDayAddsLoadingOncePerTripAndUnloadingPerStop() {
            Supplier small = supplier(0).loxKg(10_000).fleet(1, 10_000, 10).workingHours(5).handling(60, 45).build();
            Hospital[] h = neighbours();
            // Trip 1: 150 min driving + 60 loading + 2 x 45 unloading = 300; trip 2: 120 + 60 + 45 = 225; 525 - 300.
            verifier.verifyThat(AllocationConstraintProvider::tankerWorkingDay)
                    .given(new LoxLot(1, h[0], 500, trip(small, 0, 1)), new LoxLot(2, h[1], 500, trip(small, 0, 1)),
                            new LoxLot(3, h[0], 500, trip(small, 0, 2)))
                    .penalizesBy(225);
            verifier.verifyThat(AllocationConstraintProvider::tankerWorkingDay)
                    .given(new LoxLot(1, h[0], 500, trip(small, 0, 1)), new LoxLot(2, h[1], 500, trip(small, 0, 1)))
                    .penalizesBy(0);
        }

        @Test
        void medicalGradeOnly() {
            Supplier industrial = supplier(0).notMedicalGrade().build();
            verifier.verifyThat(AllocationConstraintProvider::medicalGradeOnly)
                    .given(new LoxLot(1, alpha, 700, trip(industrial)), new LoxLot(2, beta, 300, trip(south)))
                    .penalizesBy(700);
        }

        @Test
        void medicalGradeRefillsOnly() {
            Supplier industrial = supplier(0).notMedicalGrade().build();
            CollectionPost post = post(0, industrial, 100, 100);
            verifier.verifyThat(AllocationConstraintProvider::medicalGradeRefillsOnly)
                    .given(new RefillBatch(1, alpha, 10, RefillRoute.direct(industrial)),
                            new RefillBatch(2, beta, 5, RefillRoute.via(post)),
                            new RefillBatch(3, beta, 10, RefillRoute.direct(south)), new RefillBatch(4, alpha, 7))
                    .penalizesBy(15);
        }

        @Test
        void reservedSupplyToItsGroup() {
            Supplier donor = supplier(0).reservedFor("ARSSI").build();
            Hospital member = hospital("M").groups("ARSSI", "PERSI").build();
            verifier.verifyThat(AllocationConstraintProvider::reservedSupplyToItsGroup)
                    .given(new LoxLot(1, member, 400, trip(donor)), new LoxLot(2, alpha, 300, trip(donor)), new LoxLot(3, alpha, 200, trip(south)))
                    .penalizesBy(300);
        }

        @Test
        void deliveryWithinMaxTravelTime() {
            Hospital far = hospital("F").fromSuppliers(new Leg(400, 10.0), new Leg(100, 2.5)).build();
            Hospital unreachable = hospital("U").fromSuppliers(Leg.UNREACHABLE, Leg.UNREACHABLE).build();
            verifier.verifyThat(AllocationConstraintProvider::deliveryWithinMaxTravelTime)
                    .given(new PlanningRules(8.0, 5), new LoxLot(1, far, 300, trip(north)), new LoxLot(2, far, 200, trip(south)),
                            new LoxLot(3, unreachable, 100, trip(south)))
                    .penalizesBy(400);
        }

        @Test
        void anUnreachableSupplierIsPenalisedWithoutOverflow() {
            Hospital island = hospital("I").fromSuppliers(Leg.UNREACHABLE).build();
            Supplier far = supplier(0).fleet(1, 1_000, 10).build();
            LoxLot lot = new LoxLot(1, island, 5_000, trip(far));
            verifier.verifyThat(AllocationConstraintProvider::deliveryWithinMaxTravelTime)
                    .given(new PlanningRules(12.0, 5), lot).penalizesBy(5_000);
            verifier.verifyThat(AllocationConstraintProvider::tankerDrivingHours).given(lot)
                    .penalizesBy(Math.round(2 * Leg.UNREACHABLE.hours() * 60) - far.drivingMinutesPerDay());
            verifier.verifyThat(AllocationConstraintProvider::transportTonKm).given(lot)
                    .penalizesBy(Math.round(5_000 * Leg.UNREACHABLE.km()));
        }

        @Test
        void refillWithinMaxTravelTime() {
            Supplier station = supplier(0).build();
            CollectionPost nearPost = post(0, station, 100, 100);
            Hospital far = hospital("F").fromSuppliers(new Leg(400, 10.0)).toPosts(new Leg(20, 0.5)).build();
            verifier.verifyThat(AllocationConstraintProvider::refillWithinMaxTravelTime)
                    .given(new PlanningRules(8.0, 5), new RefillBatch(1, far, 10, RefillRoute.direct(station)),
                            new RefillBatch(2, far, 7, RefillRoute.via(nearPost)))
                    .penalizesBy(10);
        }
    }

    @Nested
    class Medium {

        @Test
        void loxShortage() {
            Hospital urgent = hospital("U").priorityPermille(2_500).build();
            verifier.verifyThat(AllocationConstraintProvider::loxShortage)
                    .given(new LoxLot(1, urgent, 100), new LoxLot(2, urgent, 50), new LoxLot(3, urgent, 100, trip(north)),
                            new LoxLot(4, alpha, 10))
                    .penalizesBy(150 * 2_500 + 10 * 1_000);
        }

        @Test
        void cylinderShortage() {
            Hospital urgent = hospital("U").priorityPermille(2_000).build();
            verifier.verifyThat(AllocationConstraintProvider::cylinderShortage)
                    .given(new RefillBatch(1, urgent, 10), new RefillBatch(2, urgent, 10, RefillRoute.direct(north)))
                    .penalizesBy(10 * 8 * 2_000);
        }

        @Test
        void unfairLoxShortage() {
            // Shortage² / request: 1000² / 5000 = 200 and 0 for a hospital without shortage.
            verifier.verifyThat(AllocationConstraintProvider::unfairLoxShortage)
                    .given(new LoxLot(1, alpha, 1_000), new LoxLot(2, alpha, 4_000, trip(north)), new LoxLot(3, beta, 5_000, trip(south)))
                    .penalizesBy(200);
        }

        @Test
        void unfairLoxShortagePrefersSpreadingTheShortage() {
            Hospital one = hospital("1").loxRequestKg(2_000).build();
            Hospital two = hospital("2").loxRequestKg(2_000).build();
            // 1 t short at one hospital (1000²/2000 = 500) weighs more than 0.5 t at each (2 x 125 = 250).
            verifier.verifyThat(AllocationConstraintProvider::unfairLoxShortage)
                    .given(new LoxLot(1, one, 1_000), new LoxLot(2, two, 1_000, trip(north)))
                    .penalizesBy(500);
            verifier.verifyThat(AllocationConstraintProvider::unfairLoxShortage)
                    .given(new LoxLot(1, one, 500), new LoxLot(2, two, 500))
                    .penalizesBy(250);
        }

        @Test
        void unfairCylinderShortage() {
            Hospital h = hospital("H").cylinders(100, 40).build();
            // 20 cylinders short of 40: (160 kg)² / 320 kg = 80.
            verifier.verifyThat(AllocationConstraintProvider::unfairCylinderShortage)
                    .given(new RefillBatch(1, h, 20), new RefillBatch(2, h, 20, RefillRoute.direct(north)))
                    .penalizesBy(80);
        }
    }

    @Nested
    class Soft {

        @Test
        void transportTonKm() {
            Hospital h = hospital("H").fromSuppliers(new Leg(10, 0.25), new Leg(100.4, 2.5)).build();
            verifier.verifyThat(AllocationConstraintProvider::transportTonKm)
                    .given(new LoxLot(1, h, 1_000, trip(north)), new LoxLot(2, h, 500, trip(north)), new LoxLot(3, h, 500, trip(south)),
                            new LoxLot(4, h, 999))
                    .penalizesBy(1_500 * 10 + 50_200);
        }

        @Test
        void tankerTripsCountEachTripsTourOnce() {
            Supplier bigTanker = supplier(0).fleet(2, 10_000, 10).build();
            Hospital[] h = neighbours();
            // A milk run N, O: 40 + 20 + 40 km; a round trip to N on the other tanker: 80 km.
            verifier.verifyThat(AllocationConstraintProvider::tankerTrips)
                    .given(new LoxLot(1, h[0], 5_000, trip(bigTanker, 0, 1)), new LoxLot(2, h[0], 1_000, trip(bigTanker, 0, 1)),
                            new LoxLot(3, h[1], 2_000, trip(bigTanker, 0, 1)), new LoxLot(4, h[0], 2_000, trip(bigTanker, 1, 1)),
                            new LoxLot(5, h[1], 1_000))
                    .penalizesBy(100 + 80);
        }

        @Test
        void hospitalSplitAcrossSuppliers() {
            Supplier third = supplier(2).build();
            verifier.verifyThat(AllocationConstraintProvider::hospitalSplitAcrossSuppliers)
                    .given(new LoxLot(1, alpha, 100, trip(north)), new LoxLot(2, alpha, 100, trip(south)), new LoxLot(3, alpha, 100, trip(third)),
                            new LoxLot(4, beta, 100, trip(north)), new LoxLot(5, beta, 100, trip(north)), new LoxLot(6, beta, 100))
                    .penalizesBy(2);
        }

        @Test
        void refillTravel() {
            Supplier station = supplier(0).build();
            CollectionPost post = post(0, station, 100, 100);
            Hospital h = hospital("H").fromSuppliers(new Leg(100, 2.5)).toPosts(new Leg(5, 0.125)).build();
            // Direct: 10 cylinders x 8 kg x 100 km; via the post only the hospital's own 5 km count.
            verifier.verifyThat(AllocationConstraintProvider::refillTravel)
                    .given(new RefillBatch(1, h, 10, RefillRoute.direct(station)), new RefillBatch(2, h, 10, RefillRoute.via(post)),
                            new RefillBatch(3, h, 10))
                    .penalizesBy(8_000 + 400);
        }
    }

    @Nested
    class Stability {

        private static final PublishedPlan REPLANNED = new PublishedPlan("5", "a plant stopped");

        @Test
        void aDayPlannedFromScratchChangesNoQuota() {
            verifier.verifyThat(AllocationConstraintProvider::publishedQuotaChanged)
                    .given(new LoxLot(1, alpha, 100, trip(north)), new LoxLot(2, beta, 200, trip(south)))
                    .penalizesBy(0);
            verifier.verifyThat(AllocationConstraintProvider::publishedRefillsChanged)
                    .given(new RefillBatch(1, alpha, 5, RefillRoute.direct(supplier(0).build())))
                    .penalizesBy(0);
        }

        @Test
        void dispatchedTripUnchangedRefusesLoadThatDidNotLeaveWithIt() {
            TankerTrip gone = trip(north);
            gone.markDispatched();
            LoxLot leftWith = new LoxLot(1, alpha, 300);
            leftWith.dispatchOn(gone);
            verifier.verifyThat(AllocationConstraintProvider::dispatchedTripUnchanged)
                    .given(leftWith, new LoxLot(2, beta, 200, gone), new LoxLot(3, beta, 100, trip(south)))
                    .penalizesBy(200);
        }

        @Test
        void publishedQuotaChangedCountsEveryKgMoreOrLessPerHospitalAndSupplier() {
            // Alpha: north as published, south 100 kg less. Beta: 100 kg from north, unpublished; its 100 kg from south
            // not delivered. A lot left short is shortage, not a change. Each quota changed counts 100 kg more.
            verifier.verifyThat(AllocationConstraintProvider::publishedQuotaChanged)
                    .given(REPLANNED, new PublishedQuota(alpha, north, 300), new PublishedQuota(alpha, south, 200),
                            new PublishedQuota(beta, south, 100),
                            new LoxLot(1, alpha, 100, trip(north)), new LoxLot(2, alpha, 200, trip(north)),
                            new LoxLot(3, alpha, 100, trip(south)), new LoxLot(4, alpha, 100),
                            new LoxLot(5, beta, 100, trip(north)))
                    .penalizesBy(3 * (100 + 100));
        }

        @Test
        void aPlanThatKeepsEveryPublishedQuotaIsNotPenalized() {
            verifier.verifyThat(AllocationConstraintProvider::publishedQuotaChanged)
                    .given(REPLANNED, new PublishedQuota(alpha, north, 300), new LoxLot(1, alpha, 100, trip(north)),
                            new LoxLot(2, alpha, 200, trip(north)), new LoxLot(3, beta, 100))
                    .penalizesBy(0);
        }

        @Test
        void publishedRefillsChangedCountsEachCylinderAs8Kg() {
            Supplier station = supplier(0).build();
            CollectionPost post = post(0, station, 100, 100);
            RefillRoute direct = RefillRoute.direct(station);
            RefillRoute viaPost = RefillRoute.via(post);
            Hospital h = hospital("H").fromSuppliers(new Leg(100, 2.5)).toPosts(new Leg(5, 0.125)).build();
            // 10 published at the station, 5 planned there and 10 through the post instead: 5 + 10 cylinders changed,
            // on two routes.
            verifier.verifyThat(AllocationConstraintProvider::publishedRefillsChanged)
                    .given(REPLANNED, new PublishedRefills(h, direct, 10), new RefillBatch(1, h, 5, direct),
                            new RefillBatch(2, h, 10, viaPost), new RefillBatch(3, h, 5))
                    .penalizesBy((5 + 10) * 8 + 2 * 100);
        }
    }
}
