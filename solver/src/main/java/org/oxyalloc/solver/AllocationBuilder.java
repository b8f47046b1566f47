package org.oxyalloc.solver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.oxyalloc.domain.CollectionPost;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.PlanningRules;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.domain.RefillRoute;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.domain.Tanker;
import org.oxyalloc.domain.TankerTrip;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.text.Phrase;
import org.oxyalloc.travel.GeoPoint;
import org.oxyalloc.travel.Leg;
import org.oxyalloc.travel.TravelModel;

/**
 * Turns a validated problem into the planning solution: travel legs, priorities, requests split into lots, and the
 * warnings a task force should read before trusting the plan (hospitals no supplier can reach, a day with no supply).
 */
public final class AllocationBuilder {

    private AllocationBuilder() {
    }

    /**
     * @param weights constraint weights by name, each already on its constraint's score level
     */
    public static PreparedProblem build(Problem problem, TravelModel travel,
            Map<String, HardMediumSoftLongScore> weights) {
        Problem.Settings settings = problem.effectiveSettings();
        List<Supplier> suppliers = new ArrayList<>();
        Map<String, Supplier> supplierById = new LinkedHashMap<>();
        Problem.TankerTrips tripSettings = settings.tankerTrips();
        for (Problem.Supplier s : problem.suppliers()) {
            Supplier supplier = new Supplier(s.id(), s.name(), suppliers.size(), Oxygen.tonsToKg(s.loxTonsOrZero()),
                    s.medicalGrade(), s.refillCylindersOrZero(), new HashSet<>(s.reservedGroups()));
            supplier.setTankers(s.effectiveTankers().stream().map(t -> tanker(supplier, t, tripSettings)).toList());
            suppliers.add(supplier);
            supplierById.put(supplier.getId(), supplier);
        }
        List<CollectionPost> posts = new ArrayList<>();
        for (Problem.CollectionPost p : problem.effectiveCollectionPosts()) {
            posts.add(new CollectionPost(p.id(), p.name(), posts.size(), supplierById.get(p.stationId()), p.trucks(),
                    p.tripsPerDay() * p.cylindersPerTrip(), p.tripsPerDay() * p.quotaPerHospitalPerTrip()));
        }
        List<RefillRoute> routes = new ArrayList<>();
        suppliers.stream().filter(s -> s.getRefillCylinders() > 0).map(RefillRoute::direct).forEach(routes::add);
        posts.stream().map(RefillRoute::via).forEach(routes::add);

        long loxLotKg = Oxygen.tonsToKg(settings.loxLotTons());
        int batchCylinders = settings.refillBatchCylinders();
        List<Hospital> hospitals = new ArrayList<>();
        Map<String, HospitalDemand> demands = new LinkedHashMap<>();
        List<LoxLot> lots = new ArrayList<>();
        List<RefillBatch> batches = new ArrayList<>();
        List<GeoPoint> hospitalPlaces = problem.hospitals().stream().map(h -> ProblemTravel.point(h.location())).toList();
        Leg[][] supplierToHospital = travel.legs(problem.suppliers().stream()
                .map(s -> ProblemTravel.point(s.location())).toList(), hospitalPlaces);
        Leg[][] hospitalToPost = travel.legs(hospitalPlaces, problem.effectiveCollectionPosts().stream()
                .map(p -> ProblemTravel.point(p.location())).toList());
        for (int i = 0; i < problem.hospitals().size(); i++) {
            Problem.Hospital h = problem.hospitals().get(i);
            HospitalDemand demand = HospitalDemand.of(h, settings);
            demands.put(h.id(), demand);
            Leg[] fromSuppliers = new Leg[suppliers.size()];
            for (int s = 0; s < suppliers.size(); s++) {
                fromSuppliers[s] = supplierToHospital[s][i];
            }
            Leg[] toPosts = hospitalToPost[i];
            Hospital hospital = new Hospital(h.id(), h.name(), i, new HashSet<>(h.groupsOrEmpty()),
                    priorityPermille(h, settings.priority()), Oxygen.tonsToKg(h.loxStockTonsOrZero()),
                    Oxygen.tonsToKg(h.tankCapacityTonsOrZero()), demand.loxRequestKg(), h.emptyCylindersOrZero(),
                    demand.cylinderRequest(), fromSuppliers, toPosts);
            hospitals.add(hospital);
            long space = Math.max(0, hospital.getTankCapacityKg() - hospital.getLoxStockKg());
            for (long kg : split(demand.loxRequestKg(), space, loxLotKg)) {
                lots.add(new LoxLot(lots.size(), hospital, kg));
            }
            for (long cylinders : split(demand.cylinderRequest(), hospital.getEmptyCylinders(), batchCylinders)) {
                batches.add(new RefillBatch(batches.size(), hospital, (int) cylinders));
            }
        }
        PlanningRules rules = new PlanningRules(settings.maxTravelHours(), tripSettings.maxStopsPerTrip());
        List<Hospital> withLox = hospitals.stream().filter(h -> h.getLoxRequestKg() > 0).toList();
        TripNeighbourhoods.connect(withLox, hospitalPlaces, travel);
        List<TankerTrip> trips = TripNeighbourhoods.trips(suppliers, withLox, tripSettings.maxTripsPerTanker());
        TripNeighbourhoods.offer(trips, withLox, rules);
        for (Hospital hospital : hospitals) {
            hospital.setRoutesInReach(routes.stream().filter(route -> route.getStation().isMedicalGrade()
                    && route.legFrom(hospital).hours() <= rules.maxTravelHours()).toList());
        }
        OxygenAllocation solution = new OxygenAllocation(problem.region(), problem.date(), rules, suppliers, trips,
                hospitals, posts, routes, lots, batches, ConstraintWeightOverrides.of(weights));
        if (problem.baseline() != null) {
            Replanning.startFrom(problem.baseline(), solution);
        }
        return new PreparedProblem(problem, solution, rules, demands, travel.describe(), warnings(solution, rules), null,
                null, System.nanoTime());
    }

    /**
     * One tanker, its times in whole minutes. Its working day is its own, else the settings' but never shorter than
     * its driving hours (a fleet of two-driver tankers driving 24 h).
     */
    private static Tanker tanker(Supplier supplier, Problem.Tanker tanker, Problem.TankerTrips settings) {
        double working = tanker.workingHours() != null ? tanker.workingHours()
                : Math.max(settings.workingDayHours(), tanker.drivingHours());
        return new Tanker(supplier.getId() + "/" + tanker.id(), tanker.id(), supplier, Oxygen.tonsToKg(tanker.tons()),
                minutes(tanker.drivingHours()), minutes(working), minutes(settings.loadingHours()),
                minutes(settings.unloadingHoursPerStop()));
    }

    private static long minutes(double hours) {
        return Math.round(hours * 60);
    }

    /**
     * Splits a request into lots of the given size, first the part that fits the hospital (its tank space or its empty
     * cylinders), then the rest, each with one smaller remainder lot: nothing is rounded, and every lot of the first
     * part can be delivered without the others overflowing the tank.
     */
    static List<Long> split(long request, long fits, long lotSize) {
        long fitting = Math.min(request, fits);
        List<Long> lots = new ArrayList<>();
        for (long part : new long[] {fitting, request - fitting}) {
            for (long left = part; left > 0; left -= lotSize) {
                lots.add(Math.min(lotSize, left));
            }
        }
        return lots;
    }

    /** 1000 x (1 + borWeight x BOR + icuWeight x ICU occupancy + covidReferralWeight if a referral hospital). */
    static long priorityPermille(Problem.Hospital hospital, Problem.Priority priority) {
        double bor = hospital.beds() == 0 ? 0.0 : (double) hospital.occupiedBeds() / hospital.beds();
        double icu = hospital.icuBedsOrZero() == 0 ? 0.0 : (double) hospital.occupiedIcuBedsOrZero() / hospital.icuBedsOrZero();
        double weight = 1.0 + priority.borWeight() * bor + priority.icuWeight() * icu
                + (hospital.covidReferralOrFalse() ? priority.covidReferralWeight() : 0.0);
        return Math.round(1000 * weight);
    }

    private static List<Phrase> warnings(OxygenAllocation solution, PlanningRules rules) {
        List<Phrase> warnings = new ArrayList<>();
        List<Supplier> loxSuppliers = solution.getLoxSuppliers();
        boolean loxRequested = solution.getHospitals().stream().anyMatch(h -> h.getLoxRequestKg() > 0);
        boolean refillsRequested = solution.getHospitals().stream().anyMatch(h -> h.getCylinderRequest() > 0);
        if (loxRequested && loxSuppliers.isEmpty()) {
            warnings.add(Phrase.of("warning.noLoxSupplier"));
        }
        if (refillsRequested && solution.getRefillRoutes().isEmpty()) {
            warnings.add(Phrase.of("warning.noStation"));
        }
        for (Supplier supplier : solution.getSuppliers()) {
            boolean supplies = supplier.deliversLox() || supplier.getRefillCylinders() > 0;
            if (supplies && !solution.getHospitals().isEmpty()
                    && solution.getHospitals().stream().noneMatch(h -> h.legFrom(supplier).isReachable())) {
                warnings.add(Phrase.of("warning.supplierUnreachable", supplier.getId(), supplier.getName()));
            }
        }
        for (Hospital hospital : solution.getHospitals()) {
            if (hospital.getLoxRequestKg() > 0 && !loxSuppliers.isEmpty() && hospital.getTripsInReach().isEmpty()) {
                boolean supplierInReach = loxSuppliers.stream().anyMatch(s -> TripNeighbourhoods.mayServe(s, hospital, rules));
                warnings.add(Phrase.of(supplierInReach ? "warning.noTankerHours" : "warning.noLoxInReach", hospital.getId(),
                        hospital.getName(), rules.maxTravelHours(), Oxygen.kgToTons(hospital.getLoxRequestKg())));
            }
            if (hospital.getCylinderRequest() > 0 && !solution.getRefillRoutes().isEmpty()
                    && solution.getRefillRoutes().stream().noneMatch(r -> r.getStation().isMedicalGrade()
                            && r.legFrom(hospital).hours() <= rules.maxTravelHours())) {
                warnings.add(Phrase.of("warning.noStationInReach", hospital.getId(), hospital.getName(),
                        rules.maxTravelHours(), hospital.getCylinderRequest()));
            }
        }
        return warnings;
    }
}
