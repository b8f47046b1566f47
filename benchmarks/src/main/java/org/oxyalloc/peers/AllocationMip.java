package org.oxyalloc.peers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import org.oxyalloc.domain.CollectionPost;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.domain.RefillRoute;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.domain.Tanker;
import org.oxyalloc.domain.TankerTrip;
import org.oxyalloc.domain.Tour;
import org.oxyalloc.domain.Unfairness;
import org.oxyalloc.travel.Leg;

/**
 * The day's allocation as a mixed-integer program: exactly the problem the Timefold model solves (see docs/peers.md).
 * <p>
 * Variables: how many lots of each {@link LotGroup} each eligible supplier delivers, and how many batches each eligible
 * route refills; pairs that break a grade, reserved-group or travel-time rule get no variable, so every plan is
 * hard-feasible by construction. The other hard rules are constraints, the tanker fleet through whole trips per
 * supplier and hospital. Every coefficient of the hard rules and of the medium objective is a whole number, so that
 * CP-SAT reads them exactly; only the soft objective has fractional kg-km.
 * <p>
 * A hospital's unfairness, the rounded-up {@code shortage² / request}, is a whole variable above the tangent of the
 * parabola at every shortage its lots can reach. At a reachable shortage the steepest of these tangents is the one
 * touching there, so the variable is pushed to exactly the score's value; secants between those shortages would not
 * be exact, since rounding up makes the reachable values slightly non-convex.
 */
final class AllocationMip {

    private final MPSolver solver;
    private final OxygenAllocation allocation;
    private final ScoreWeights weights;
    private final Map<LotGroup<LoxLot>, Map<TankerTrip, MPVariable>> deliveries = new LinkedHashMap<>();
    private final Map<TankerTrip, TripVariables> tripVariables = new LinkedHashMap<>();
    private final List<Split> splits = new ArrayList<>();
    private final Map<Hospital, MPVariable> extras = new LinkedHashMap<>();
    private final Map<LotGroup<RefillBatch>, Map<RefillRoute, MPVariable>> refills = new LinkedHashMap<>();
    private final List<MPVariable> shortages = new ArrayList<>();
    private final Sum medium = new Sum();
    private final Sum soft = new Sum();
    /** How every variable but the counts follows from the counts, in creation order: to complete a hint. */
    private final Map<MPVariable, ToDoubleFunction<Map<MPVariable, Double>>> derived = new LinkedHashMap<>();
    private int names;

    AllocationMip(MPSolver solver, OxygenAllocation allocation, ScoreWeights weights) {
        this.solver = solver;
        this.allocation = allocation;
        this.weights = weights;
        addLox();
        addRefills();
    }

    private void addLox() {
        Map<Supplier, Sum> supplied = new LinkedHashMap<>();
        Map<TankerTrip, Sum> loads = new LinkedHashMap<>();
        Map<TankerTrip, Map<Hospital, List<MPVariable>>> countsAtStops = new LinkedHashMap<>();
        LotGroup.byHospital(allocation.getLoxLots(), LoxLot::getHospital, LoxLot::getKg).forEach((hospital, groups) -> {
            List<TankerTrip> eligible = hospital.getTripsInReach();
            Sum delivered = new Sum();
            for (LotGroup<LoxLot> group : groups) {
                deliveries.put(group, addCounts(group, eligible, (trip, count) -> {
                    delivered.plus(count, group.size());
                    loads.computeIfAbsent(trip, t -> new Sum()).plus(count, group.size());
                    supplied.computeIfAbsent(trip.getSupplier(), s -> new Sum()).plus(count, group.size());
                    countsAtStops.computeIfAbsent(trip, t -> new LinkedHashMap<>())
                            .computeIfAbsent(hospital, h -> new ArrayList<>()).add(count);
                    soft.plus(count, weights.transportTonKm() * group.size() * hospital.legFrom(trip.getSupplier()).km());
                }));
            }
            long space = Math.max(0, hospital.getTankCapacityKg() - hospital.getLoxStockKg());
            delivered.atMost(solver, space);
            addShortage(hospital.getPriorityPermille(), hospital.getLoxRequestKg(), 1, delivered, groups,
                    weights.loxShortage(), weights.unfairLoxShortage());
        });
        supplied.forEach((supplier, kg) -> kg.atMost(solver, supplier.getLoxKg()));
        Map<Tanker, Sum> driving = new LinkedHashMap<>();
        Map<Tanker, Sum> working = new LinkedHashMap<>();
        Map<Hospital, Map<Supplier, List<MPVariable>>> stopsBySupplier = new LinkedHashMap<>();
        countsAtStops.forEach((trip, counts) -> {
            TripVariables trip1 = addTrip(trip, counts, loads.get(trip));
            tripVariables.put(trip, trip1);
            driving.computeIfAbsent(trip.getTanker(), t -> new Sum()).plus(trip1.driving(), 1);
            working.computeIfAbsent(trip.getTanker(), t -> new Sum()).plus(trip1.driving(), 1)
                    .plus(trip1.used(), trip.getTanker().getLoadingMinutes());
            trip1.stops().forEach((hospital, stop) -> {
                working.get(trip.getTanker()).plus(stop, trip.getTanker().getUnloadingMinutesPerStop());
                stopsBySupplier.computeIfAbsent(hospital, h -> new LinkedHashMap<>())
                        .computeIfAbsent(trip.getSupplier(), s -> new ArrayList<>()).add(stop);
            });
        });
        driving.forEach((tanker, minutes) -> minutes.atMost(solver, tanker.getDrivingMinutes()));
        working.forEach((tanker, minutes) -> minutes.atMost(solver, tanker.getWorkingMinutes()));
        // A tanker's trips are interchangeable: it uses its first ones, which removes the symmetry, not a plan.
        TankerTrip previous = null;
        for (TankerTrip trip : allocation.getTankerTrips()) {
            if (previous != null && previous.getTanker() == trip.getTanker() && tripVariables.containsKey(previous)
                    && tripVariables.containsKey(trip)) {
                new Sum().plus(tripVariables.get(previous).used(), 1).plus(tripVariables.get(trip).used(), -1)
                        .atLeast(solver, 0);
            }
            previous = trip;
        }
        stopsBySupplier.forEach(this::addSupplierSplit);
    }

    /** One trip's variables: whether it runs, which hospitals it stops at, and its driving minutes. */
    private record TripVariables(MPVariable used, Map<Hospital, MPVariable> stops, Map<Arc, MPVariable> arcs,
            Map<Hospital, MPVariable> order, MPVariable driving) {
    }

    /** A leg of a trip's route between two of its stops, or between the depot (null) and a stop. */
    private record Arc(Hospital from, Hospital to) {
    }

    /**
     * A trip: its load fits the tanker, at most the stops limit, and a route through its stops that leaves and
     * re-enters every stop once. The route may return to the depot between stops (as the score's route does between
     * hospitals that are not neighbours), but never loops among hospitals without it (Miller-Tucker-Zemlin order).
     * Its driving, in whole minutes as the score rounds them, is at least the legs driven and the round trip to
     * each stop.
     */
    private TripVariables addTrip(TankerTrip trip, Map<Hospital, List<MPVariable>> counts, Sum load) {
        Supplier supplier = trip.getSupplier();
        int maxStops = allocation.getRules().maxStopsPerTrip();
        MPVariable used = solver.makeBoolVar(name("used"));
        load.atMost(solver, trip.getTanker().getCapacityKg());
        Map<Hospital, MPVariable> stops = new LinkedHashMap<>();
        Sum stopCount = new Sum();
        counts.forEach((hospital, hospitalCounts) -> {
            MPVariable stop = solver.makeBoolVar(name("stop"));
            stops.put(hospital, stop);
            Sum lots = new Sum();
            long most = 0;
            for (MPVariable count : hospitalCounts) {
                lots.plus(count, 1);
                most += (long) count.ub();
            }
            lots.plus(stop, -most).atMost(solver, 0);
            new Sum().plus(stop, 1).plus(used, -1).atMost(solver, 0);
            stopCount.plus(stop, 1);
        });
        stopCount.atMost(solver, maxStops);
        Map<Arc, MPVariable> arcs = new LinkedHashMap<>();
        Sum minutes = new Sum();
        Sum km = new Sum();
        for (Hospital hospital : stops.keySet()) {
            addArc(arcs, minutes, km, new Arc(null, hospital), hospital.legFrom(supplier));
            addArc(arcs, minutes, km, new Arc(hospital, null), hospital.legFrom(supplier));
            for (Hospital near : hospital.getNearby()) {
                Leg leg = hospital.legTo(near);
                if (stops.containsKey(near) && leg != null) {
                    addArc(arcs, minutes, km, new Arc(hospital, near), leg);
                }
            }
        }
        Map<Hospital, MPVariable> order = new LinkedHashMap<>();
        stops.forEach((hospital, stop) -> {
            Sum in = new Sum().plus(stop, -1);
            Sum out = new Sum().plus(stop, -1);
            arcs.forEach((arc, x) -> {
                if (arc.to() == hospital) {
                    in.plus(x, 1);
                }
                if (arc.from() == hospital) {
                    out.plus(x, 1);
                }
            });
            in.equalTo(solver, 0);
            out.equalTo(solver, 0);
            order.put(hospital, solver.makeIntVar(1, maxStops, name("order")));
        });
        arcs.forEach((arc, x) -> {
            if (arc.from() != null && arc.to() != null) {
                // order(to) >= order(from) + 1 when the arc is driven.
                new Sum().plus(order.get(arc.to()), 1).plus(order.get(arc.from()), -1).plus(x, -maxStops)
                        .atLeast(solver, 1 - maxStops);
            }
        });
        MPVariable driving = solver.makeIntVar(0, trip.getTanker().getDrivingMinutes(), name("driving"));
        new Sum().plus(driving, 1).plus(minutes, -1).atLeast(solver, -0.5);
        stops.forEach((hospital, stop) -> new Sum().plus(driving, 1)
                .plus(stop, -supplier.roundTripMinutes(hospital)).atLeast(solver, 0));
        soft.plus(km, weights.tankerTrips());
        return new TripVariables(used, stops, arcs, order, driving);
    }

    private void addArc(Map<Arc, MPVariable> arcs, Sum minutes, Sum km, Arc arc, Leg leg) {
        MPVariable x = solver.makeBoolVar(name("arc"));
        arcs.put(arc, x);
        minutes.plus(x, leg.hours() * 60);
        km.plus(x, leg.km());
    }

    /** An extra supplier for a hospital costs as the score counts it: one per supplier beyond the first. */
    private void addSupplierSplit(Hospital hospital, Map<Supplier, List<MPVariable>> stopsBySupplier) {
        if (stopsBySupplier.size() < 2) {
            return;
        }
        Sum suppliers = new Sum();
        stopsBySupplier.forEach((supplier, stops) -> {
            MPVariable serves = solver.makeBoolVar(name("serves"));
            stops.forEach(stop -> new Sum().plus(serves, 1).plus(stop, -1).atLeast(solver, 0));
            suppliers.plus(serves, 1);
            splits.add(new Split(hospital, supplier, serves));
        });
        MPVariable extra = solver.makeIntVar(0, stopsBySupplier.size() - 1, name("extraSuppliers"));
        new Sum().plus(extra, 1).plus(suppliers, -1).atLeast(solver, -1);
        soft.plus(extra, weights.hospitalSplit());
        extras.put(hospital, extra);
    }

    private record Split(Hospital hospital, Supplier supplier, MPVariable serves) {
    }

    /** How many of the group's lots each option takes, each lot at most once; {@code uses} adds each count to the rules. */
    private <O> Map<O, MPVariable> addCounts(LotGroup<?> group, List<O> options, BiConsumer<O, MPVariable> uses) {
        Map<O, MPVariable> counts = new LinkedHashMap<>();
        Sum assigned = new Sum();
        for (O option : options) {
            MPVariable count = solver.makeIntVar(0, group.members().size(), name("count"));
            counts.put(option, count);
            assigned.plus(count, 1);
            uses.accept(option, count);
        }
        assigned.atMost(solver, group.members().size());
        return counts;
    }

    private void addRefills() {
        Map<Supplier, Sum> refilledAt = new LinkedHashMap<>();
        Map<CollectionPost, Sum> shuttled = new LinkedHashMap<>();
        LotGroup.byHospital(allocation.getRefillBatches(), RefillBatch::getHospital, RefillBatch::getCylinders)
                .forEach((hospital, groups) -> {
                    List<RefillRoute> eligible = allocation.getRefillRoutes().stream().filter(r -> r.getStation()
                            .isMedicalGrade() && r.legFrom(hospital).hours() <= allocation.getRules().maxTravelHours())
                            .toList();
                    Sum refilled = new Sum();
                    Map<CollectionPost, Sum> sentToPost = new LinkedHashMap<>();
                    for (LotGroup<RefillBatch> group : groups) {
                        refills.put(group, addCounts(group, eligible, (route, count) -> {
                            refilled.plus(count, group.size());
                            refilledAt.computeIfAbsent(route.getStation(), s -> new Sum()).plus(count, group.size());
                            if (route.getPost() != null) {
                                sentToPost.computeIfAbsent(route.getPost(), p -> new Sum()).plus(count, group.size());
                            }
                            soft.plus(count, weights.refillTravel() * group.size() * Oxygen.KG_PER_CYLINDER
                                    * route.legFrom(hospital).km());
                        }));
                    }
                    refilled.atMost(solver, hospital.getEmptyCylinders());
                    sentToPost.forEach((post, cylinders) -> {
                        cylinders.atMost(solver, post.getQuotaPerHospitalPerDay());
                        shuttled.computeIfAbsent(post, p -> new Sum()).plus(cylinders, 1);
                    });
                    addShortage(hospital.getPriorityPermille(), hospital.getCylinderRequest(), Oxygen.KG_PER_CYLINDER,
                            refilled, groups, weights.cylinderShortage(), weights.unfairCylinderShortage());
                });
        refilledAt.forEach((station, cylinders) -> cylinders.atMost(solver, station.getRefillCylinders()));
        shuttled.forEach((post, cylinders) -> cylinders.atMost(solver, post.getCapacityPerDay()));
    }

    /**
     * The medium cost of one hospital's shortage, in units of its lots (kg, or cylinders of 8 kg): priority times kg,
     * plus the unfairness {@code ceil(kgPerUnit * shortage² / request)}, as the score computes it.
     */
    private void addShortage(long priorityPermille, long request, long kgPerUnit, Sum delivered,
            List<? extends LotGroup<?>> groups, long shortageWeight, long unfairWeight) {
        MPVariable shortage = solver.makeIntVar(0, request, name("shortage"));
        derived.put(shortage, values -> request - delivered.valueIn(values));
        new Sum().plus(shortage, 1).plus(delivered, 1).equalTo(solver, request);
        shortages.add(shortage);
        medium.plus(shortage, shortageWeight * priorityPermille * kgPerUnit);
        if (unfairWeight == 0) {
            return;
        }
        MPVariable unfairness = solver.makeIntVar(0, kgPerUnit * request, name("unfairness"));
        derived.put(unfairness, values -> Unfairness.of(
                kgPerUnit * Math.round(values.get(shortage)), kgPerUnit * request));
        for (long point : LotGroup.reachableShortages(groups)) {
            // request x unfairness >= kgPerUnit x (2 point shortage - point²): the tangent at the point.
            new Sum().plus(unfairness, request).plus(shortage, -2.0 * kgPerUnit * point)
                    .atLeast(solver, -(double) kgPerUnit * point * point);
        }
        medium.plus(unfairness, unfairWeight);
    }

    private String name(String kind) {
        return kind + names++;
    }

    /** Minimises the medium objective; its value is the medium penalty, as a positive number. */
    MPSolver.ResultStatus minimiseMedium(long millis, MPSolverParameters parameters) {
        return minimise(medium, millis, parameters);
    }

    /**
     * Minimises the soft objective among plans that leave no hospital shorter than the current solution does, so
     * that the medium penalty cannot get worse (see {@link PeerSolver} for why per hospital), starting from it.
     */
    MPSolver.ResultStatus minimiseSoftKeepingShortages(long millis, MPSolverParameters parameters) {
        // Read every value first: changing the model discards the solution.
        MPVariable[] variables = solver.variables();
        double[] values = new double[variables.length];
        for (int i = 0; i < variables.length; i++) {
            values[i] = Math.round(variables[i].solutionValue());
        }
        double[] shortageValues = shortages.stream().mapToDouble(shortage -> values[shortage.index()]).toArray();
        for (int i = 0; i < shortageValues.length; i++) {
            shortages.get(i).setUb(shortageValues[i]);
        }
        solver.setHint(variables, values);
        return minimise(soft, millis, parameters);
    }

    private MPSolver.ResultStatus minimise(Sum objective, long millis, MPSolverParameters parameters) {
        MPObjective target = solver.objective();
        target.clear();
        objective.terms().forEach(target::setCoefficient);
        target.setMinimization();
        solver.setTimeLimit(Math.max(1, millis));
        return solver.solve(parameters);
    }

    double objectiveValue() {
        return solver.objective().value();
    }

    /** The solver's proven lower bound of the objective last minimised. */
    double bestBound() {
        return solver.objective().bestBound();
    }

    /** Hints the solver with the allocation's current plan: its counts, and every other variable as it follows from them. */
    void hintCurrentPlan() {
        Map<MPVariable, Double> values = new LinkedHashMap<>();
        countsIn(deliveries, LoxLot::getTrip, values);
        countsIn(refills, RefillBatch::getRoute, values);
        derived.forEach((variable, value) -> values.put(variable, value.applyAsDouble(values)));
        hintTrips(values);
        MPVariable[] variables = values.keySet().toArray(MPVariable[]::new);
        solver.setHint(variables, Arrays.stream(variables).mapToDouble(values::get).toArray());
    }

    /** Each trip as the plan runs it: its stops, the legs of its shortest route, their order and its driving. */
    private void hintTrips(Map<MPVariable, Double> values) {
        Map<TankerTrip, Set<Hospital>> stopsOf = new LinkedHashMap<>();
        allocation.getLoxLots().stream().filter(lot -> lot.getTrip() != null)
                .forEach(lot -> stopsOf.computeIfAbsent(lot.getTrip(), t -> new LinkedHashSet<>()).add(lot.getHospital()));
        Map<Hospital, Set<Supplier>> suppliersOf = new LinkedHashMap<>();
        tripVariables.forEach((trip, variables) -> {
            Set<Hospital> stops = stopsOf.getOrDefault(trip, Set.of());
            values.put(variables.used(), stops.isEmpty() ? 0.0 : 1.0);
            variables.stops().forEach((hospital, stop) -> values.put(stop, stops.contains(hospital) ? 1.0 : 0.0));
            variables.arcs().values().forEach(arc -> values.put(arc, 0.0));
            variables.order().values().forEach(order -> values.put(order, 1.0));
            values.put(variables.driving(), 0.0);
            if (stops.isEmpty()) {
                return;
            }
            Tour tour = Tour.shortest(trip.getSupplier(), stops);
            List<Leg> legs = tour.legs(trip.getSupplier());
            List<Hospital> order = tour.stops();
            values.put(variables.arcs().get(new Arc(null, order.get(0))), 1.0);
            values.put(variables.arcs().get(new Arc(order.get(order.size() - 1), null)), 1.0);
            for (int i = 0; i < order.size(); i++) {
                values.put(variables.order().get(order.get(i)), i + 1.0);
                suppliersOf.computeIfAbsent(order.get(i), h -> new LinkedHashSet<>()).add(trip.getSupplier());
                if (i > 0) {
                    Hospital from = order.get(i - 1);
                    Hospital to = order.get(i);
                    boolean direct = legs.get(i) == from.legTo(to);
                    if (direct) {
                        values.put(variables.arcs().get(new Arc(from, to)), 1.0);
                    } else {
                        values.put(variables.arcs().get(new Arc(from, null)), 1.0);
                        values.put(variables.arcs().get(new Arc(null, to)), 1.0);
                    }
                }
            }
            values.put(variables.driving(), (double) tour.drivingMinutes());
        });
        splits.forEach(split -> values.put(split.serves(),
                suppliersOf.getOrDefault(split.hospital(), Set.of()).contains(split.supplier()) ? 1.0 : 0.0));
        extras.forEach((hospital, extra) -> values.put(extra,
                (double) Math.max(0, suppliersOf.getOrDefault(hospital, Set.of()).size() - 1)));
    }

    private static <E, O> void countsIn(Map<LotGroup<E>, Map<O, MPVariable>> counts, Function<E, O> assigned,
            Map<MPVariable, Double> values) {
        counts.forEach((group, options) -> {
            options.values().forEach(count -> values.put(count, 0.0));
            for (E member : group.members()) {
                MPVariable count = options.get(assigned.apply(member));
                if (count != null) {
                    values.merge(count, 1.0, Double::sum);
                }
            }
        });
    }

    /** Writes the solution into the plan: each group's lots to the suppliers in turn, the rest unassigned. */
    void writeSolution() {
        assign(deliveries, LoxLot::setTrip);
        assign(refills, RefillBatch::setRoute);
    }

    private static <E, O> void assign(Map<LotGroup<E>, Map<O, MPVariable>> counts, BiConsumer<E, O> setter) {
        counts.forEach((group, options) -> {
            Iterator<E> members = group.members().iterator();
            options.forEach((option, count) -> {
                for (long n = Math.round(count.solutionValue()); n > 0; n--) {
                    setter.accept(members.next(), option);
                }
            });
            members.forEachRemaining(member -> setter.accept(member, null));
        });
    }
}
