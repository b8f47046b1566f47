package org.oxyalloc.bound;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.oxyalloc.bound.Relaxation.Network;
import org.oxyalloc.bound.Relaxation.Objective;
import org.oxyalloc.domain.CollectionPost;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.domain.Tanker;
import org.oxyalloc.text.Phrase;

/**
 * Ranks the day's scarce resources by what one more unit of each would serve: a ton of LOX at a supplier, a tanker
 * day at a fleet, a refill slot at a station, a truck at a collection post. This is what a task force asks the ministry
 * or a donor for.
 * <p>
 * The relaxation that gives the bound's least shortage (LOX with the fleets' linear limits, refills as a flow) is
 * solved once as a linear program; its dual values price every resource that binds, per unit of it. A dual is a rate,
 * exact only for a small step: a whole tanker day may be worth less than its first minute once another limit binds.
 * So every binding resource (at its capacity in the optimum; one whose dual is zero may still be worth something when
 * the optimum is degenerate) is then priced exactly, by solving again with the unit added, in the order of its dual,
 * until {@link #BUDGET_MILLIS}. The figures are the relaxation's: what the best plan could gain at most, not a promise.
 */
public final class ScarceResources {

    /** Computed only for days whose two networks have at most this many arcs together (a province has a few thousand). */
    static final int MAX_ARCS = 100_000;
    /** Time for all the re-solves; the first solve and the ranking are not counted. */
    static final long BUDGET_MILLIS = 3_000;
    /** An arc or limit used to within this share of its capacity binds. */
    private static final double TIGHT = 1e-6;
    /** Less than this many kg more served is the linear program's noise, not a gain. */
    private static final double NOISE_KG = 0.5;

    /** What more is bought. */
    public enum Kind {
        /** 1 t more LOX at a supplier. */
        LOX_TON,
        /** One more tanker, like the supplier's largest, for a day. */
        TANKER_DAY,
        /** One more cylinder refilled at a station. */
        REFILL_SLOT,
        /** One more truck on a collection post's shuttle. */
        POST_TRUCK
    }

    /**
     * One resource and what one more unit of it would serve.
     *
     * @param id the supplier's id (LOX, tanker day, refill slot) or the post's
     * @param unit the unit added, in words: "ton of LOX", "tanker day (a 29 t tanker, ...)", "refill slot", "truck (...)"
     * @param moreServedKg the least shortage less with the unit added, kg of oxygen (a cylinder counts 8 kg)
     * @param marginalKg the dual's rate times the unit: what the unit would serve if its first bit's worth held for the
     *        whole of it; at least {@code moreServedKg}
     */
    public record ScarceResource(Kind kind, String id, String name, Phrase unit, double moreServedKg, double marginalKg) {
    }

    /**
     * @param ranked the resources whose unit serves more, most first; empty when nothing binds or when not computed
     * @param method how it was computed, or why not
     */
    public record Ranking(List<ScarceResource> ranked, String method) {
    }

    /** One unit more of a resource, as changes to the linear program's capacities and limits. */
    private record Candidate(Kind kind, String id, String name, Phrase unit, boolean lox, double marginalKg,
            int[] arcs, double[] moreCapacity, int[] limits, double[] moreMinutes) {
    }

    private ScarceResources() {
    }

    public static Ranking of(OxygenAllocation allocation, ShortageWeights weights) {
        long started = System.nanoTime();
        Relaxation relaxation = new Relaxation(allocation, weights, false);
        Network lox = relaxation.lox(Objective.MOST_DELIVERED_LEAST_TRANSPORT);
        Network cylinders = relaxation.cylinders(Objective.MOST_DELIVERED_LEAST_TRANSPORT);
        int arcs = lox.problem().arcCount() + cylinders.problem().arcCount();
        if (arcs > MAX_ARCS) {
            return new Ranking(List.of(), String.format(Locale.ROOT,
                    "not computed: the day's networks have %,d arcs, more than the %,d it is computed for", arcs, MAX_ARCS));
        }
        TankerFleet fleet = TankerFleet.of(lox, allocation.getRules().maxStopsPerTrip());
        try (FleetLp loxLp = new FleetLp(lox.problem(), fleet);
                FleetLp cylinderLp = new FleetLp(cylinders.problem(), TankerFleet.NONE)) {
            Optional<FleetLp.Solution> loxBase = loxLp.solve(Bounds.FLEET_LP_MILLIS);
            Optional<FleetLp.Solution> cylinderBase = cylinderLp.solve(Bounds.FLEET_LP_MILLIS);
            if (loxBase.isEmpty() || cylinderBase.isEmpty()) {
                return new Ranking(List.of(), "not computed: the linear program found no optimum in time");
            }
            List<Candidate> candidates = new ArrayList<>();
            candidates.addAll(loxCandidates(lox, fleet, loxLp, loxBase.get()));
            candidates.addAll(refillCandidates(allocation, cylinders, cylinderLp, cylinderBase.get()));
            candidates.sort(Comparator.comparingDouble(Candidate::marginalKg).reversed().thenComparing(Candidate::id));

            double loxShortage = lox.shortage(loxBase.get().flows());
            double cylinderShortage = cylinders.shortage(cylinderBase.get().flows());
            long deadline = System.nanoTime() + BUDGET_MILLIS * 1_000_000;
            List<ScarceResource> ranked = new ArrayList<>();
            int priced = 0;
            for (Candidate candidate : candidates) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                Optional<Double> more = candidate.lox()
                        ? moreServed(candidate, loxLp, lox, loxShortage, left)
                        : moreServed(candidate, cylinderLp, cylinders, cylinderShortage, left)
                                .map(c -> c * Oxygen.KG_PER_CYLINDER);
                if (more.isEmpty()) {
                    break;
                }
                priced++;
                if (more.get() >= NOISE_KG) {
                    ranked.add(new ScarceResource(candidate.kind(), candidate.id(), candidate.name(), candidate.unit(),
                            more.get(), Math.max(more.get(), candidate.marginalKg())));
                }
            }
            ranked.sort(Comparator.comparingDouble(ScarceResource::moreServedKg).reversed()
                    .thenComparing(Comparator.comparingDouble(ScarceResource::marginalKg).reversed()));
            return new Ranking(List.copyOf(ranked), String.format(Locale.ROOT,
                    "the least-shortage relaxation as a linear program (GLOP): %d of %d binding resources priced by"
                            + " solving again with one more unit, %d ms",
                    priced, candidates.size(), (System.nanoTime() - started) / 1_000_000));
        }
    }

    /** The LOX resources that bind: suppliers that give all they have, fleets that use all their hours. */
    private static List<Candidate> loxCandidates(Network lox, TankerFleet fleet, FleetLp lp, FleetLp.Solution base) {
        List<Candidate> candidates = new ArrayList<>();
        double penalty = Relaxation.MOST_DELIVERED_PENALTY;
        lox.supplyArcs().forEach((supplier, arc) -> {
            if (atCapacity(base, lp, arc)) {
                candidates.add(new Candidate(Kind.LOX_TON, supplier.getId(), supplier.getName(), Phrase.of("unit.loxTon"), true,
                        Oxygen.tonsToKg(1) * Math.max(0, -base.reducedCosts()[arc]) / penalty,
                        new int[] {arc}, new double[] {Oxygen.tonsToKg(1)}, new int[0], new double[0]));
            }
        });
        List<TankerFleet.Limit> limits = fleet.limits();
        for (int driving = 0; driving < limits.size(); driving++) {
            TankerFleet.Limit limit = limits.get(driving);
            if (limit.workingDay()) {
                continue;
            }
            int working = workingLimitOf(limits, limit.supplier());
            Supplier supplier = limit.supplier();
            boolean binds = binds(limit, base) || binds(limits.get(working), base);
            Optional<Tanker> largest = supplier.getTankers().stream().max(Comparator.comparingLong(Tanker::getCapacityKg));
            if (!binds || largest.isEmpty()) {
                continue;
            }
            Tanker tanker = largest.get();
            double marginal = -(base.limitDuals()[driving] * tanker.getDrivingMinutes()
                    + base.limitDuals()[working] * tanker.getWorkingMinutes()) / penalty;
            candidates.add(new Candidate(Kind.TANKER_DAY, supplier.getId(), supplier.getName(),
                    Phrase.of("unit.tankerDay", Oxygen.kgToTons(tanker.getCapacityKg()), tanker.getDrivingMinutes() / 60.0,
                            tanker.getWorkingMinutes() / 60.0),
                    true, Math.max(0, marginal), new int[0], new double[0], new int[] {driving, working},
                    new double[] {tanker.getDrivingMinutes(), tanker.getWorkingMinutes()}));
        }
        return candidates;
    }

    /** The refill resources that bind: stations with every slot used, posts whose shuttle or quota is full. */
    private static List<Candidate> refillCandidates(OxygenAllocation allocation, Network cylinders, FleetLp lp,
            FleetLp.Solution base) {
        List<Candidate> candidates = new ArrayList<>();
        double perCylinder = (double) Oxygen.KG_PER_CYLINDER / Relaxation.MOST_DELIVERED_PENALTY;
        cylinders.supplyArcs().forEach((station, arc) -> {
            if (atCapacity(base, lp, arc)) {
                candidates.add(new Candidate(Kind.REFILL_SLOT, station.getId(), station.getName(), Phrase.of("unit.refillSlot"), false,
                        Math.max(0, -base.reducedCosts()[arc]) * perCylinder,
                        new int[] {arc}, new double[] {1}, new int[0], new double[0]));
            }
        });
        cylinders.postArcs().forEach((post, postArc) -> {
            int trucks = Math.max(1, post.getTrucks());
            List<Integer> arcs = new ArrayList<>(List.of(postArc));
            List<Double> more = new ArrayList<>(List.of((double) post.getCapacityPerDay() / trucks));
            boolean binds = atCapacity(base, lp, postArc);
            for (Relaxation.Delivery delivery : cylinders.deliveries()) {
                if (delivery.route() == null || delivery.route().getPost() != post) {
                    continue;
                }
                Hospital hospital = delivery.hospital();
                double quota = post.getQuotaPerHospitalPerDay();
                // Where the post's quota per hospital caps the arc, a truck more raises it, up to the request.
                if (lp.capacity(delivery.arc()) == quota && quota < hospital.getCylinderRequest()) {
                    arcs.add(delivery.arc());
                    more.add(Math.min(hospital.getCylinderRequest(), quota + quota / trucks) - quota);
                    binds |= atCapacity(base, lp, delivery.arc());
                }
            }
            if (!binds) {
                return;
            }
            double marginal = 0;
            for (int i = 0; i < arcs.size(); i++) {
                marginal += Math.max(0, -base.reducedCosts()[arcs.get(i)]) * more.get(i) * perCylinder;
            }
            candidates.add(new Candidate(Kind.POST_TRUCK, post.getId(), post.getName(),
                    Phrase.of("unit.postTruck", post.getCapacityPerDay() / trucks), false,
                    marginal, arcs.stream().mapToInt(Integer::intValue).toArray(),
                    more.stream().mapToDouble(Double::doubleValue).toArray(), new int[0], new double[0]));
        });
        return candidates;
    }

    /** Solves again with the candidate's unit added, then takes it away: the shortage less, in flow units. */
    private static Optional<Double> moreServed(Candidate candidate, FleetLp lp, Network network, double shortage,
            long millis) {
        change(candidate, lp, 1);
        try {
            return lp.solve(millis).map(solution -> Math.max(0, shortage - network.shortage(solution.flows())));
        } finally {
            change(candidate, lp, -1);
        }
    }

    private static void change(Candidate candidate, FleetLp lp, int sign) {
        for (int i = 0; i < candidate.arcs().length; i++) {
            int arc = candidate.arcs()[i];
            lp.setCapacity(arc, lp.capacity(arc) + sign * candidate.moreCapacity()[i]);
        }
        for (int i = 0; i < candidate.limits().length; i++) {
            int limit = candidate.limits()[i];
            lp.setLimitMinutes(limit, lp.limitMinutes(limit) + sign * candidate.moreMinutes()[i]);
        }
    }

    private static boolean atCapacity(FleetLp.Solution base, FleetLp lp, int arc) {
        double capacity = lp.capacity(arc);
        return base.flows()[arc] >= capacity - TIGHT * Math.max(1, capacity);
    }

    private static boolean binds(TankerFleet.Limit limit, FleetLp.Solution base) {
        return limit.minutesUsed(base.flows()) >= limit.minutes() - TIGHT * Math.max(1, limit.minutes());
    }

    private static int workingLimitOf(List<TankerFleet.Limit> limits, Supplier supplier) {
        for (int l = 0; l < limits.size(); l++) {
            if (limits.get(l).workingDay() && limits.get(l).supplier() == supplier) {
                return l;
            }
        }
        throw new IllegalStateException("no working-day limit for " + supplier.getId());
    }
}
