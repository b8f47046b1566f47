package org.oxyalloc.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toSet;
import static org.oxyalloc.solver.AllocationJustification.of;
import static org.oxyalloc.solver.AllocationJustification.tons;

import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.PlanningRules;
import org.oxyalloc.domain.PublishedPlan;
import org.oxyalloc.domain.PublishedQuota;
import org.oxyalloc.domain.PublishedRefills;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.domain.TankerTrip;
import org.oxyalloc.domain.TripRoute;
import org.oxyalloc.domain.Unfairness;

/**
 * The rules of a day's oxygen allocation. Score levels: hard = physically or legally impossible; medium =
 * oxygen that does not reach a patient; soft = cost of moving it. Units are chosen so that a level never
 * overflows at national scale (see docs/model.md): LOX in kg, shortage in kg x priority in thousandths,
 * transport in kg x km.
 */
public class AllocationConstraintProvider implements ConstraintProvider {

    public static final String CAPACITY = "Capacity";
    public static final String ELIGIBILITY = "Eligibility";
    public static final String SHORTAGE = "Shortage";
    public static final String TRANSPORT = "Transport";
    public static final String STABILITY = "Stability";

    public static final String SUPPLIER_LOX_CAPACITY = "Supplier LOX capacity";
    public static final String STATION_REFILL_CAPACITY = "Filling station refill capacity";
    public static final String POST_SHUTTLE_CAPACITY = "Collection post shuttle capacity";
    public static final String POST_QUOTA_PER_HOSPITAL = "Collection post quota per hospital";
    public static final String TANK_SPACE = "Tank space";
    public static final String REFILLS_WITHIN_EMPTY_CYLINDERS = "Refills within empty cylinders";
    public static final String TANKER_CAPACITY_PER_TRIP = "Tanker capacity per trip";
    public static final String STOPS_PER_TRIP = "Stops per trip";
    public static final String DISPATCHED_TRIP_UNCHANGED = "Dispatched trip unchanged";
    public static final String TANKER_DRIVING_HOURS = "Tanker driving hours";
    public static final String TANKER_WORKING_DAY = "Tanker working day";
    public static final String MEDICAL_GRADE_ONLY = "Medical-grade oxygen only";
    public static final String MEDICAL_GRADE_REFILLS_ONLY = "Medical-grade refills only";
    public static final String RESERVED_SUPPLY_TO_ITS_GROUP = "Reserved supply to its group only";
    public static final String DELIVERY_WITHIN_MAX_TRAVEL_TIME = "Delivery within maximum travel time";
    public static final String REFILL_WITHIN_MAX_TRAVEL_TIME = "Refill trip within maximum travel time";
    public static final String LOX_SHORTAGE = "LOX shortage";
    public static final String CYLINDER_SHORTAGE = "Cylinder shortage";
    public static final String UNFAIR_LOX_SHORTAGE = "Unfair LOX shortage";
    public static final String UNFAIR_CYLINDER_SHORTAGE = "Unfair cylinder shortage";
    public static final String TRANSPORT_TON_KM = "Transport ton-km";
    public static final String TANKER_TRIPS = "Tanker trips";
    public static final String HOSPITAL_SPLIT_ACROSS_SUPPLIERS = "Hospital split across suppliers";
    public static final String REFILL_TRAVEL = "Refill travel";
    public static final String PUBLISHED_QUOTA_CHANGED = "Published quota changed";
    public static final String PUBLISHED_REFILLS_CHANGED = "Published refills changed";

    /** Thousandths, like priorities: at weight 1000 the marginal unfairness of a kg is 2 x the share left short. */
    static final HardMediumSoftLongScore UNFAIRNESS_WEIGHT = HardMediumSoftLongScore.ofMedium(1_000);
    /** A tanker-km weighs as much as moving a ton one km (1000 kg-km): trips are not free even when full. */
    static final HardMediumSoftLongScore TANKER_KM_WEIGHT = HardMediumSoftLongScore.ofSoft(1_000);
    /** An extra supplier for one hospital weighs as much as 50 ton-km: more contracts, more coordination. */
    static final HardMediumSoftLongScore EXTRA_SUPPLIER_WEIGHT = HardMediumSoftLongScore.ofSoft(50_000);
    /**
     * A kg moved away from a published quota weighs more than any transport it could save: a lot of 0.1 t moved to
     * another supplier counts twice (cut here, added there), 2 x 10^6, above the 1.4 x 10^6 of a 1,440 km tanker trip
     * it might spare; yet, on the soft level, below any shortage.
     */
    static final HardMediumSoftLongScore STABILITY_WEIGHT = HardMediumSoftLongScore.ofSoft(10_000);
    /**
     * A quota that changes at all counts as 100 kg more, a lot's worth: every hospital told of a change re-plans its
     * trucks and wards whatever the amount, so a re-plan changes few hospitals' quotas rather than many a little.
     */
    static final long QUOTA_CHANGED_KG = 100;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                supplierLoxCapacity(factory),
                stationRefillCapacity(factory),
                postShuttleCapacity(factory),
                postQuotaPerHospital(factory),
                tankSpace(factory),
                refillsWithinEmptyCylinders(factory),
                tankerCapacityPerTrip(factory),
                stopsPerTrip(factory),
                dispatchedTripUnchanged(factory),
                tankerDrivingHours(factory),
                tankerWorkingDay(factory),
                medicalGradeOnly(factory),
                medicalGradeRefillsOnly(factory),
                reservedSupplyToItsGroup(factory),
                deliveryWithinMaxTravelTime(factory),
                refillWithinMaxTravelTime(factory),
                loxShortage(factory),
                cylinderShortage(factory),
                unfairLoxShortage(factory),
                unfairCylinderShortage(factory),
                transportTonKm(factory),
                tankerTrips(factory),
                hospitalSplitAcrossSuppliers(factory),
                refillTravel(factory),
                publishedQuotaChanged(factory),
                publishedRefillsChanged(factory)
        };
    }

    // ************************************************************************
    // Hard: what cannot physically or legally happen
    // ************************************************************************

    Constraint supplierLoxCapacity(ConstraintFactory factory) {
        return factory.forEach(LoxLot.class)
                .groupBy(LoxLot::getSupplier, sumLong(LoxLot::getKg))
                .filter((supplier, kg) -> kg > supplier.getLoxKg())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (supplier, kg) -> kg - supplier.getLoxKg())
                .justifyWith((supplier, kg, score) -> of(null, supplier, null, tons(kg - supplier.getLoxKg()), "t",
                        "match.supplierLox",
                        supplier.getName(), tons(kg), tons(supplier.getLoxKg())))
                .asConstraintDescribed(SUPPLIER_LOX_CAPACITY,
                        "A supplier cannot deliver more liquid oxygen than it has today (penalty per kg over).", CAPACITY);
    }

    Constraint stationRefillCapacity(ConstraintFactory factory) {
        return factory.forEach(RefillBatch.class)
                .groupBy(batch -> batch.getRoute().getStation(), sum(RefillBatch::getCylinders))
                .filter((station, cylinders) -> cylinders > station.getRefillCylinders())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (station, cylinders) -> cylinders - station.getRefillCylinders())
                .justifyWith((station, cylinders, score) -> of(null, station, null,
                        cylinders - station.getRefillCylinders(), "cylinders",
                        "match.stationRefills",
                        station.getName(), cylinders, station.getRefillCylinders()))
                .asConstraintDescribed(STATION_REFILL_CAPACITY,
                        "A filling station cannot refill more cylinders than its capacity today, whether they come"
                                + " directly or through a collection post (penalty per cylinder over).", CAPACITY);
    }

    Constraint postShuttleCapacity(ConstraintFactory factory) {
        return factory.forEach(RefillBatch.class)
                .filter(batch -> batch.getRoute().getPost() != null)
                .groupBy(batch -> batch.getRoute().getPost(), sum(RefillBatch::getCylinders))
                .filter((post, cylinders) -> cylinders > post.getCapacityPerDay())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (post, cylinders) -> cylinders - post.getCapacityPerDay())
                .justifyWith((post, cylinders, score) -> of(null, post.getStation(), post,
                        cylinders - post.getCapacityPerDay(), "cylinders",
                        "match.postShuttle",
                        post.getName(), cylinders, post.getCapacityPerDay()))
                .asConstraintDescribed(POST_SHUTTLE_CAPACITY,
                        "A collection post's trucks carry at most their trips per day times cylinders per trip"
                                + " (penalty per cylinder over).", CAPACITY);
    }

    Constraint postQuotaPerHospital(ConstraintFactory factory) {
        return factory.forEach(RefillBatch.class)
                .filter(batch -> batch.getRoute().getPost() != null)
                .groupBy(batch -> batch.getRoute().getPost(), RefillBatch::getHospital, sum(RefillBatch::getCylinders))
                .filter((post, hospital, cylinders) -> cylinders > post.getQuotaPerHospitalPerDay())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (post, hospital, cylinders) -> cylinders - post.getQuotaPerHospitalPerDay())
                .justifyWith((post, hospital, cylinders, score) -> of(hospital, post.getStation(), post,
                        cylinders - post.getQuotaPerHospitalPerDay(), "cylinders",
                        "match.postQuota",
                        hospital.getName(), cylinders, post.getName(), post.getQuotaPerHospitalPerDay()))
                .asConstraintDescribed(POST_QUOTA_PER_HOSPITAL,
                        "A hospital may send at most the post's quota per trip times the trips per day"
                                + " (penalty per cylinder over).", CAPACITY);
    }

    Constraint tankSpace(ConstraintFactory factory) {
        return factory.forEach(LoxLot.class)
                .groupBy(LoxLot::getHospital, sumLong(LoxLot::getKg))
                .filter((hospital, kg) -> hospital.getLoxStockKg() + kg > hospital.getTankCapacityKg())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, AllocationConstraintProvider::kgAboveTank)
                .justifyWith((hospital, kg, score) -> of(hospital, null, null, tons(kgAboveTank(hospital, kg)), "t",
                        "match.tankSpace",
                        hospital.getName(), tons(hospital.getLoxStockKg()), tons(kg), tons(hospital.getTankCapacityKg())))
                .asConstraintDescribed(TANK_SPACE,
                        "Stock plus today's deliveries must fit the hospital's LOX tank (penalty per kg over).", CAPACITY);
    }

    private static long kgAboveTank(Hospital hospital, long kg) {
        return hospital.getLoxStockKg() + kg - hospital.getTankCapacityKg();
    }

    Constraint refillsWithinEmptyCylinders(ConstraintFactory factory) {
        return factory.forEach(RefillBatch.class)
                .groupBy(RefillBatch::getHospital, sum(RefillBatch::getCylinders))
                .filter((hospital, cylinders) -> cylinders > hospital.getEmptyCylinders())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (hospital, cylinders) -> cylinders - hospital.getEmptyCylinders())
                .justifyWith((hospital, cylinders, score) -> of(hospital, null, null,
                        cylinders - hospital.getEmptyCylinders(), "cylinders",
                        "match.emptyCylinders",
                        hospital.getName(), cylinders, hospital.getEmptyCylinders()))
                .asConstraintDescribed(REFILLS_WITHIN_EMPTY_CYLINDERS,
                        "A hospital cannot get more refills than the empty cylinders it has (penalty per cylinder over).",
                        CAPACITY);
    }

    Constraint tankerCapacityPerTrip(ConstraintFactory factory) {
        return factory.forEach(LoxLot.class)
                .groupBy(LoxLot::getTrip, sumLong(LoxLot::getKg))
                .filter((trip, kg) -> kg > trip.getTanker().getCapacityKg())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (trip, kg) -> kg - trip.getTanker().getCapacityKg())
                .justifyWith((trip, kg, score) -> of(null, trip.getSupplier(), null,
                        tons(kg - trip.getTanker().getCapacityKg()), "t",
                        "match.tripLoad", trip.getNumber(),
                        trip.getTanker().getName(), trip.getSupplier().getName(), tons(kg),
                        tons(trip.getTanker().getCapacityKg())))
                .asConstraintDescribed(TANKER_CAPACITY_PER_TRIP,
                        "A tanker trip carries at most what the tanker holds (penalty per kg over).", CAPACITY);
    }

    /**
     * Each trip's route, in the shortest order through the hospitals its lots go to: one stream shared by the rules
     * on stops, hours and tanker-km (the same method references, so Timefold builds it once).
     */
    private static UniConstraintStream<TripRoute> tripRoutes(ConstraintFactory factory) {
        return factory.forEach(LoxLot.class)
                .groupBy(LoxLot::getTrip, toSet(LoxLot::getHospital))
                .map(TankerTrip::route);
    }

    Constraint stopsPerTrip(ConstraintFactory factory) {
        return tripRoutes(factory)
                .join(PlanningRules.class)
                .filter((route, rules) -> route.stops().size() > rules.maxStopsPerTrip())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (route, rules) -> route.stops().size() - rules.maxStopsPerTrip())
                .justifyWith((route, rules, score) -> of(null, route.trip().getSupplier(), null,
                        route.stops().size(), "stops", "match.tripStops",
                        route.trip().getNumber(), route.tanker().getName(), route.trip().getSupplier().getName(),
                        route.stops().size(), rules.maxStopsPerTrip()))
                .asConstraintDescribed(STOPS_PER_TRIP,
                        "A tanker trip serves at most the task force's number of hospitals (penalty per stop over).",
                        CAPACITY);
    }

    /** A tanker that has left carries what it was loaded with: the lots it left with are pinned, no other lot may join. */
    Constraint dispatchedTripUnchanged(ConstraintFactory factory) {
        return factory.forEach(LoxLot.class)
                .filter(lot -> lot.getTrip().isDispatched() && !lot.isDispatched())
                .groupBy(LoxLot::getTrip, sumLong(LoxLot::getKg))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (trip, kg) -> kg)
                .justifyWith((trip, kg, score) -> of(null, trip.getSupplier(), null, tons(kg), "t",
                        "match.dispatchedTrip", trip.getNumber(), trip.getTanker().getName(),
                        trip.getSupplier().getName(), tons(kg)))
                .asConstraintDescribed(DISPATCHED_TRIP_UNCHANGED,
                        "A tanker trip already dispatched takes no more load than it left with (penalty per kg added).",
                        CAPACITY);
    }

    Constraint tankerDrivingHours(ConstraintFactory factory) {
        return tripRoutes(factory)
                .groupBy(TripRoute::tanker, sumLong(TripRoute::drivingMinutes))
                .filter((tanker, minutes) -> minutes > tanker.getDrivingMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (tanker, minutes) -> minutes - tanker.getDrivingMinutes())
                .justifyWith((tanker, minutes, score) -> of(null, tanker.getSupplier(), null,
                        (minutes - tanker.getDrivingMinutes()) / 60.0, "h",
                        "match.tankerDriving",
                        tanker.getName(), tanker.getSupplier().getName(), minutes / 60.0,
                        tanker.getDrivingMinutes() / 60.0))
                .asConstraintDescribed(TANKER_DRIVING_HOURS,
                        "A tanker's trips, one after another, fit its driving hours (penalty per minute over).", CAPACITY);
    }

    Constraint tankerWorkingDay(ConstraintFactory factory) {
        return tripRoutes(factory)
                .groupBy(TripRoute::tanker, sumLong(TripRoute::workingMinutes))
                .filter((tanker, minutes) -> minutes > tanker.getWorkingMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (tanker, minutes) -> minutes - tanker.getWorkingMinutes())
                .justifyWith((tanker, minutes, score) -> of(null, tanker.getSupplier(), null,
                        (minutes - tanker.getWorkingMinutes()) / 60.0, "h",
                        "match.tankerWorkingDay",
                        tanker.getName(), tanker.getSupplier().getName(), minutes / 60.0,
                        tanker.getWorkingMinutes() / 60.0))
                .asConstraintDescribed(TANKER_WORKING_DAY,
                        "A tanker's trips, one after another, with loading at the supplier and unloading at each stop,"
                                + " fit its working day (penalty per minute over).", CAPACITY);
    }

    Constraint medicalGradeOnly(ConstraintFactory factory) {
        return factory.forEach(LoxLot.class)
                .filter(lot -> !lot.getSupplier().isMedicalGrade())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, LoxLot::getKg)
                .justifyWith((lot, score) -> of(lot.getHospital(), lot.getSupplier(), null, tons(lot.getKg()), "t",
                        "match.medicalGradeLox",
                        tons(lot.getKg()), lot.getHospital().getName(), lot.getSupplier().getName()))
                .asConstraintDescribed(MEDICAL_GRADE_ONLY,
                        "Only medical-grade oxygen goes to hospitals (penalty per kg).", ELIGIBILITY);
    }

    Constraint medicalGradeRefillsOnly(ConstraintFactory factory) {
        return factory.forEach(RefillBatch.class)
                .filter(batch -> !batch.getRoute().getStation().isMedicalGrade())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, RefillBatch::getCylinders)
                .justifyWith((batch, score) -> of(batch.getHospital(), batch.getRoute().getStation(),
                        batch.getRoute().getPost(), batch.getCylinders(), "cylinders",
                        "match.medicalGradeRefills",
                        batch.getCylinders(), batch.getHospital().getName(), batch.getRoute().getStation().getName()))
                .asConstraintDescribed(MEDICAL_GRADE_REFILLS_ONLY,
                        "Hospital cylinders are refilled only with medical-grade oxygen (penalty per cylinder).", ELIGIBILITY);
    }

    Constraint reservedSupplyToItsGroup(ConstraintFactory factory) {
        return factory.forEach(LoxLot.class)
                .filter(lot -> !lot.getSupplier().mayServe(lot.getHospital()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, LoxLot::getKg)
                .justifyWith((lot, score) -> of(lot.getHospital(), lot.getSupplier(), null, tons(lot.getKg()), "t",
                        "match.reserved",
                        tons(lot.getKg()), lot.getSupplier().getName(),
                        String.join(", ", lot.getSupplier().getReservedForGroups()), lot.getHospital().getName()))
                .asConstraintDescribed(RESERVED_SUPPLY_TO_ITS_GROUP,
                        "Supply reserved for a group (a donation) goes only to that group's hospitals (penalty per kg).",
                        ELIGIBILITY);
    }

    Constraint deliveryWithinMaxTravelTime(ConstraintFactory factory) {
        return factory.forEach(LoxLot.class)
                .join(PlanningRules.class)
                .filter((lot, rules) -> lot.leg().hours() > rules.maxTravelHours())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (lot, rules) -> lot.getKg())
                .justifyWith((lot, rules, score) -> of(lot.getHospital(), lot.getSupplier(), null, tons(lot.getKg()), "t",
                        "match.deliveryTravel",
                        tons(lot.getKg()), lot.getHospital().getName(), lot.getSupplier().getName(),
                        lot.leg().hours(), rules.maxTravelHours()))
                .asConstraintDescribed(DELIVERY_WITHIN_MAX_TRAVEL_TIME,
                        "No delivery travels longer one way than the task force's maximum (penalty per kg).", ELIGIBILITY);
    }

    Constraint refillWithinMaxTravelTime(ConstraintFactory factory) {
        return factory.forEach(RefillBatch.class)
                .join(PlanningRules.class)
                .filter((batch, rules) -> batch.leg().hours() > rules.maxTravelHours())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (batch, rules) -> batch.getCylinders())
                .justifyWith((batch, rules, score) -> of(batch.getHospital(), batch.getRoute().getStation(),
                        batch.getRoute().getPost(), batch.getCylinders(), "cylinders",
                        "match.refillTravel",
                        batch.getCylinders(), batch.getHospital().getName(), batch.getRoute().describe(),
                        batch.leg().hours(), rules.maxTravelHours()))
                .asConstraintDescribed(REFILL_WITHIN_MAX_TRAVEL_TIME,
                        "No hospital drives its cylinders longer one way than the maximum (penalty per cylinder).",
                        ELIGIBILITY);
    }

    // ************************************************************************
    // Medium: oxygen that does not reach a patient
    // ************************************************************************

    Constraint loxShortage(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(LoxLot.class)
                .filter(lot -> lot.getSupplier() == null)
                .groupBy(LoxLot::getHospital, sumLong(LoxLot::getKg))
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, (hospital, kg) -> kg * hospital.getPriorityPermille())
                .justifyWith((hospital, kg, score) -> of(hospital, null, null, tons(kg), "t",
                        "match.loxShortage",
                        hospital.getName(), tons(kg), 100.0 * kg / hospital.getLoxRequestKg(),
                        hospital.getPriorityPermille() / 1000.0))
                .asConstraintDescribed(LOX_SHORTAGE,
                        "LOX a hospital needs to reach the coverage target but does not get, weighed by its priority"
                                + " (penalty per kg x priority in thousandths).", SHORTAGE);
    }

    Constraint cylinderShortage(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(RefillBatch.class)
                .filter(batch -> batch.getRoute() == null)
                .groupBy(RefillBatch::getHospital, sum(RefillBatch::getCylinders))
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM,
                        (hospital, cylinders) -> cylinders * Oxygen.KG_PER_CYLINDER * hospital.getPriorityPermille())
                .justifyWith((hospital, cylinders, score) -> of(hospital, null, null, cylinders, "cylinders",
                        "match.cylinderShortage",
                        hospital.getName(), cylinders, 100.0 * cylinders / hospital.getCylinderRequest(),
                        hospital.getPriorityPermille() / 1000.0))
                .asConstraintDescribed(CYLINDER_SHORTAGE,
                        "Cylinder refills a hospital needs but does not get, counted as 8 kg of oxygen each and weighed"
                                + " by its priority, so that LOX and cylinders compare (penalty per kg x priority).",
                        SHORTAGE);
    }

    Constraint unfairLoxShortage(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(LoxLot.class)
                .filter(lot -> lot.getSupplier() == null)
                .groupBy(LoxLot::getHospital, sumLong(LoxLot::getKg))
                .penalizeLong(UNFAIRNESS_WEIGHT, (hospital, kg) -> Unfairness.of(kg, hospital.getLoxRequestKg()))
                .justifyWith((hospital, kg, score) -> of(hospital, null, null, 100.0 * kg / hospital.getLoxRequestKg(),
                        "% short", "match.unfairLox",
                        hospital.getName(), 100.0 * kg / hospital.getLoxRequestKg()))
                .asConstraintDescribed(UNFAIR_LOX_SHORTAGE,
                        "Spreads a LOX shortage in proportion to requests instead of starving a few hospitals:"
                                + " penalty per kg of shortage² / request, weight 1000.", SHORTAGE);
    }

    Constraint unfairCylinderShortage(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(RefillBatch.class)
                .filter(batch -> batch.getRoute() == null)
                .groupBy(RefillBatch::getHospital, sum(RefillBatch::getCylinders))
                .penalizeLong(UNFAIRNESS_WEIGHT, (hospital, cylinders) -> Unfairness.of(
                        cylinders * Oxygen.KG_PER_CYLINDER, hospital.getCylinderRequest() * Oxygen.KG_PER_CYLINDER))
                .justifyWith((hospital, cylinders, score) -> of(hospital, null, null,
                        100.0 * cylinders / hospital.getCylinderRequest(), "% short",
                        "match.unfairCylinders",
                        hospital.getName(), 100.0 * cylinders / hospital.getCylinderRequest()))
                .asConstraintDescribed(UNFAIR_CYLINDER_SHORTAGE,
                        "Spreads a refill shortage in proportion to requests: penalty per kg of shortage² / request,"
                                + " weight 1000, 8 kg of oxygen a cylinder.", SHORTAGE);
    }

    // ************************************************************************
    // Soft: what moving the oxygen costs
    // ************************************************************************

    Constraint transportTonKm(ConstraintFactory factory) {
        return factory.forEach(LoxLot.class)
                .groupBy(LoxLot::getSupplier, LoxLot::getHospital, sumLong(LoxLot::getKg))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (supplier, hospital, kg) -> Math.round(kg * hospital.legFrom(supplier).km()))
                .justifyWith((supplier, hospital, kg, score) -> of(hospital, supplier, null,
                        tons(kg) * hospital.legFrom(supplier).km(), "t-km",
                        "match.transport",
                        tons(kg), supplier.getName(), hospital.getName(), hospital.legFrom(supplier).km()))
                .asConstraintDescribed(TRANSPORT_TON_KM,
                        "Prefers near suppliers: penalty per kg x km of loaded LOX transport.", TRANSPORT);
    }

    Constraint tankerTrips(ConstraintFactory factory) {
        return tripRoutes(factory)
                .penalizeLong(TANKER_KM_WEIGHT, TripRoute::km)
                .justifyWith((route, score) -> of(route.stops().size() == 1 ? route.stops().get(0) : null,
                        route.trip().getSupplier(), null, route.km(), "km",
                        "match.tankerTrip", route.trip().getNumber(),
                        route.tanker().getName(), route.trip().getSupplier().getName(), route.km(),
                        route.stops().stream().map(Hospital::getName).collect(Collectors.joining(", "))))
                .asConstraintDescribed(TANKER_TRIPS,
                        "Prefers fewer and shorter tanker trips, several hospitals on one where they are near each other:"
                                + " penalty per tanker-km driven, weight 1000 so that a tanker-km weighs as much as a ton-km.",
                        TRANSPORT);
    }

    Constraint hospitalSplitAcrossSuppliers(ConstraintFactory factory) {
        return factory.forEach(LoxLot.class)
                .groupBy(LoxLot::getHospital, countDistinct(LoxLot::getSupplier))
                .filter((hospital, suppliers) -> suppliers > 1)
                .penalizeLong(EXTRA_SUPPLIER_WEIGHT, (hospital, suppliers) -> suppliers - 1)
                .justifyWith((hospital, suppliers, score) -> of(hospital, null, null, suppliers, "suppliers",
                        "match.extraSupplier", hospital.getName(), suppliers))
                .asConstraintDescribed(HOSPITAL_SPLIT_ACROSS_SUPPLIERS,
                        "Prefers one supplier per hospital: penalty per extra supplier, weight 50000 (as much as 50 ton-km).", TRANSPORT);
    }

    Constraint refillTravel(ConstraintFactory factory) {
        return factory.forEach(RefillBatch.class)
                .groupBy(RefillBatch::getHospital, RefillBatch::getRoute, sum(RefillBatch::getCylinders))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (hospital, route, cylinders) -> Math.round(
                        cylinders * Oxygen.KG_PER_CYLINDER * route.legFrom(hospital).km()))
                .justifyWith((hospital, route, cylinders, score) -> of(hospital, route.getStation(), route.getPost(),
                        cylinders, "cylinders", "match.refillTrip",
                        hospital.getName(), cylinders, route.legFrom(hospital).km(), route.describe()))
                .asConstraintDescribed(REFILL_TRAVEL,
                        "Prefers near refill points: penalty per kg of oxygen (8 kg a cylinder) x km of the hospital's"
                                + " own trip, to the station or to the collection post.", TRANSPORT);
    }

    // ************************************************************************
    // Soft, when re-planning: what was promised to hospitals
    // ************************************************************************

    /**
     * Each hospital's LOX from each supplier against what the plan re-planned gave it: every kg more or less counts;
     * a day planned from scratch (no plan re-planned) has nothing to change.
     * Published plans are promises (hospitals send trucks and plan their wards on them), so a re-plan changes one only
     * where that serves a shortage, which weighs more on the medium level, never to save a km.
     */
    Constraint publishedQuotaChanged(ConstraintFactory factory) {
        return factory.forEach(LoxLot.class)
                .ifExists(PublishedPlan.class)
                .map(LoxLot::getHospital, LoxLot::getSupplier, LoxLot::getKg, lot -> 0L)
                .concat(factory.forEach(PublishedQuota.class)
                        .map(PublishedQuota::hospital, PublishedQuota::supplier, quota -> 0L, PublishedQuota::kg))
                .groupBy((hospital, supplier, planned, published) -> hospital,
                        (hospital, supplier, planned, published) -> supplier,
                        sumLong((hospital, supplier, planned, published) -> planned),
                        sumLong((hospital, supplier, planned, published) -> published))
                .filter((hospital, supplier, planned, published) -> !planned.equals(published))
                .penalizeLong(STABILITY_WEIGHT,
                        (hospital, supplier, planned, published) -> Math.abs(planned - published) + QUOTA_CHANGED_KG)
                .justifyWith((hospital, supplier, planned, published, score) -> of(hospital, supplier, null,
                        tons(Math.abs(planned - published)), "t", "match.publishedQuota",
                        hospital.getName(), supplier.getName(), tons(published), tons(planned)))
                .asConstraintDescribed(PUBLISHED_QUOTA_CHANGED,
                        "When re-planning: every kg of LOX more or less than the re-planned plan gave a hospital from a"
                                + " supplier, and 100 kg more for each quota that changes at all, weight 10000: more than"
                                + " any transport it could save, less than any shortage (penalty per kg changed).", STABILITY);
    }

    /** The same for refills, per hospital and refill route, 8 kg of oxygen a cylinder. */
    Constraint publishedRefillsChanged(ConstraintFactory factory) {
        return factory.forEach(RefillBatch.class)
                .ifExists(PublishedPlan.class)
                .map(RefillBatch::getHospital, RefillBatch::getRoute, RefillBatch::getCylinders, batch -> 0)
                .concat(factory.forEach(PublishedRefills.class)
                        .map(PublishedRefills::hospital, PublishedRefills::route, refills -> 0, PublishedRefills::cylinders))
                .groupBy((hospital, route, planned, published) -> hospital,
                        (hospital, route, planned, published) -> route,
                        sum((hospital, route, planned, published) -> planned),
                        sum((hospital, route, planned, published) -> published))
                .filter((hospital, route, planned, published) -> !planned.equals(published))
                .penalizeLong(STABILITY_WEIGHT,
                        (hospital, route, planned, published) -> (long) Math.abs(planned - published) * Oxygen.KG_PER_CYLINDER
                                + QUOTA_CHANGED_KG)
                .justifyWith((hospital, route, planned, published, score) -> of(hospital, route.getStation(),
                        route.getPost(), Math.abs(planned - published), "cylinders", "match.publishedRefills",
                        hospital.getName(), route.describe(), published, planned))
                .asConstraintDescribed(PUBLISHED_REFILLS_CHANGED,
                        "When re-planning: every cylinder more or less than the re-planned plan gave a hospital on a"
                                + " refill route, as 8 kg of oxygen, and 100 kg more for each that changes at all, weight"
                                + " 10000 (penalty per kg changed).", STABILITY);
    }
}
