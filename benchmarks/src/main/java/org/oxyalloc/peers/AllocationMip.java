package org.oxyalloc.peers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.oxyalloc.domain.Unfairness;

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
    private final Map<LotGroup<LoxLot>, Map<Supplier, MPVariable>> deliveries = new LinkedHashMap<>();
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
        Map<Supplier, Sum> fleetMinutes = new LinkedHashMap<>();
        LotGroup.byHospital(allocation.getLoxLots(), LoxLot::getHospital, LoxLot::getKg).forEach((hospital, groups) -> {
            List<Supplier> eligible = allocation.getLoxSuppliers().stream().filter(s -> s.isMedicalGrade()
                    && s.mayServe(hospital) && hospital.legFrom(s).hours() <= allocation.getRules().maxTravelHours())
                    .toList();
            Sum delivered = new Sum();
            Map<Supplier, Sum> kgBySupplier = new LinkedHashMap<>();
            for (LotGroup<LoxLot> group : groups) {
                deliveries.put(group, addCounts(group, eligible, (supplier, count) -> {
                    delivered.plus(count, group.size());
                    kgBySupplier.computeIfAbsent(supplier, s -> new Sum()).plus(count, group.size());
                    soft.plus(count, weights.transportTonKm() * group.size() * hospital.legFrom(supplier).km());
                }));
            }
            long space = Math.max(0, hospital.getTankCapacityKg() - hospital.getLoxStockKg());
            delivered.atMost(solver, space);
            addShortage(hospital.getPriorityPermille(), hospital.getLoxRequestKg(), 1, delivered, groups,
                    weights.loxShortage(), weights.unfairLoxShortage());
            addTankerTrips(hospital, Math.min(space, hospital.getLoxRequestKg()), kgBySupplier, fleetMinutes);
            kgBySupplier.forEach((supplier, kg) -> supplied.computeIfAbsent(supplier, s -> new Sum()).plus(kg, 1));
        });
        supplied.forEach((supplier, kg) -> kg.atMost(solver, supplier.getLoxKg()));
        fleetMinutes.forEach((supplier, minutes) -> minutes.atMost(solver, supplier.getFleetMinutesPerDay()));
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

    /** Whole round trips carry each supplier's kg to the hospital; an extra supplier needs at least one of them. */
    private void addTankerTrips(Hospital hospital, long mostKg, Map<Supplier, Sum> kgBySupplier,
            Map<Supplier, Sum> fleetMinutes) {
        Sum suppliers = new Sum();
        kgBySupplier.forEach((supplier, kg) -> {
            long mostTrips = supplier.tripsFor(mostKg);
            MPVariable trips = solver.makeIntVar(0, mostTrips, name("trips"));
            derived.put(trips, values -> supplier.tripsFor(Math.round(kg.valueIn(values))));
            new Sum().plus(trips, supplier.getTankerKg()).plus(kg, -1).atLeast(solver, 0);
            fleetMinutes.computeIfAbsent(supplier, s -> new Sum()).plus(trips, supplier.roundTripMinutes(hospital));
            soft.plus(trips, weights.tankerTrips() * Math.round(2 * hospital.legFrom(supplier).km()));
            if (kgBySupplier.size() > 1) {
                MPVariable serves = solver.makeBoolVar(name("serves"));
                derived.put(serves, values -> values.get(trips) > 0 ? 1 : 0);
                new Sum().plus(trips, 1).plus(serves, -mostTrips).atMost(solver, 0);
                suppliers.plus(serves, 1);
            }
        });
        if (kgBySupplier.size() > 1) {
            MPVariable extra = solver.makeIntVar(0, kgBySupplier.size() - 1, name("extraSuppliers"));
            derived.put(extra, values -> Math.max(0, suppliers.valueIn(values) - 1));
            new Sum().plus(extra, 1).plus(suppliers, -1).atLeast(solver, -1);
            soft.plus(extra, weights.hospitalSplit());
        }
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
        countsIn(deliveries, LoxLot::getSupplier, values);
        countsIn(refills, RefillBatch::getRoute, values);
        derived.forEach((variable, value) -> values.put(variable, value.applyAsDouble(values)));
        MPVariable[] variables = values.keySet().toArray(MPVariable[]::new);
        solver.setHint(variables, Arrays.stream(variables).mapToDouble(values::get).toArray());
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
        assign(deliveries, LoxLot::setSupplier);
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
