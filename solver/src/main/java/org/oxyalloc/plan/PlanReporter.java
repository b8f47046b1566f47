package org.oxyalloc.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.oxyalloc.bound.ShortageBound;
import org.oxyalloc.domain.CollectionPost;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.domain.RefillRoute;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.solver.AllocationJustification;
import org.oxyalloc.solver.ConstraintInfo;
import org.oxyalloc.solver.HospitalDemand;
import org.oxyalloc.solver.PreparedProblem;

/** Turns a solved allocation and its score analysis into the {@link Plan} that people read. */
public final class PlanReporter {

    private PlanReporter() {
    }

    public static Plan report(PreparedProblem prepared, OxygenAllocation solved,
            ScoreAnalysis<HardMediumSoftLongScore> analysis, Map<String, ConstraintInfo> constraints) {
        Map<Hospital, Map<Supplier, Long>> kgByHospital = new HashMap<>();
        Map<Hospital, Map<RefillRoute, Integer>> cylindersByHospital = new HashMap<>();
        for (LoxLot lot : solved.getLoxLots()) {
            if (lot.getSupplier() != null) {
                kgByHospital.computeIfAbsent(lot.getHospital(), h -> new LinkedHashMap<>())
                        .merge(lot.getSupplier(), lot.getKg(), Long::sum);
            }
        }
        for (RefillBatch batch : solved.getRefillBatches()) {
            if (batch.getRoute() != null) {
                cylindersByHospital.computeIfAbsent(batch.getHospital(), h -> new LinkedHashMap<>())
                        .merge(batch.getRoute(), batch.getCylinders(), Integer::sum);
            }
        }

        Map<Supplier, long[]> supplierUse = new HashMap<>(); // kg, trips, minutes, cylinders
        Map<CollectionPost, int[]> postUse = new HashMap<>(); // cylinders, hospitals
        List<Plan.HospitalPlan> hospitals = new ArrayList<>();
        double tonKm = 0;
        long needKg = 0;
        long requestKg = 0;
        long loxRequestKg = 0;
        long loxShortKg = 0;
        int cylinderRequest = 0;
        int cylinderShort = 0;
        int hospitalsShort = 0;
        for (int i = 0; i < solved.getHospitals().size(); i++) {
            Hospital hospital = solved.getHospitals().get(i);
            Problem.Hospital input = prepared.problem().hospitals().get(i);
            HospitalDemand demand = prepared.demands().get(hospital.getId());
            List<Plan.Quota> quotas = new ArrayList<>();
            long receivedKg = 0;
            for (Map.Entry<Supplier, Long> entry : kgByHospital.getOrDefault(hospital, Map.of()).entrySet()) {
                Supplier supplier = entry.getKey();
                long kg = entry.getValue();
                long trips = supplier.tripsFor(kg);
                var leg = hospital.legFrom(supplier);
                quotas.add(new Plan.Quota(supplier.getId(), supplier.getName(), tons(kg), trips, round1(leg.km()),
                        round1(leg.hours())));
                long[] use = supplierUse.computeIfAbsent(supplier, s -> new long[4]);
                use[0] += kg;
                use[1] += trips;
                use[2] += trips * supplier.roundTripMinutes(hospital);
                receivedKg += kg;
                tonKm += Oxygen.kgToTons(kg) * leg.km();
            }
            List<Plan.Refill> refills = new ArrayList<>();
            int refilled = 0;
            for (Map.Entry<RefillRoute, Integer> entry : cylindersByHospital.getOrDefault(hospital, Map.of()).entrySet()) {
                RefillRoute route = entry.getKey();
                int cylinders = entry.getValue();
                CollectionPost post = route.getPost();
                var leg = route.legFrom(hospital);
                refills.add(new Plan.Refill(route.getStation().getId(), route.getStation().getName(),
                        post == null ? null : post.getId(), post == null ? null : post.getName(), cylinders,
                        round1(leg.km()), round1(leg.hours())));
                supplierUse.computeIfAbsent(route.getStation(), s -> new long[4])[3] += cylinders;
                if (post != null) {
                    int[] use = postUse.computeIfAbsent(post, p -> new int[2]);
                    use[0] += cylinders;
                    use[1]++;
                }
                refilled += cylinders;
            }
            long loxShort = hospital.getLoxRequestKg() - receivedKg;
            int cylindersShort = Math.max(0, hospital.getCylinderRequest() - refilled);
            long dailyKg = demand.totalNeedKgPerDay();
            long heldKg = hospital.getLoxStockKg() + input.fullCylindersOrZero() * Oxygen.KG_PER_CYLINDER;
            long addedKg = receivedKg + refilled * Oxygen.KG_PER_CYLINDER;
            hospitals.add(new Plan.HospitalPlan(hospital.getId(), hospital.getName(), input.regency(),
                    hospital.getPriorityPermille() / 1000.0, tons(demand.loxNeedKgPerDay()), demand.loxNeedEstimated(),
                    demand.cylindersPerDay(), demand.cylinderNeedEstimated(), tons(hospital.getLoxStockKg()),
                    tons(hospital.getTankCapacityKg()), tons(hospital.getLoxRequestKg()), quotas, tons(receivedKg),
                    tons(loxShort), hospital.getEmptyCylinders(), hospital.getCylinderRequest(), refills, refilled,
                    cylindersShort, dailyKg == 0 ? null : round2((double) heldKg / dailyKg),
                    dailyKg == 0 ? null : round2((double) (heldKg + addedKg) / dailyKg)));
            needKg += dailyKg;
            loxRequestKg += hospital.getLoxRequestKg();
            requestKg += hospital.getLoxRequestKg() + hospital.getCylinderRequest() * Oxygen.KG_PER_CYLINDER;
            loxShortKg += loxShort;
            cylinderRequest += hospital.getCylinderRequest();
            cylinderShort += cylindersShort;
            if (loxShort > 0 || cylindersShort > 0) {
                hospitalsShort++;
            }
        }

        List<Plan.SupplierPlan> suppliers = new ArrayList<>();
        long supplyKg = 0;
        long allocatedKg = 0;
        long tankerTrips = 0;
        int refillCapacity = 0;
        int refillsUsed = 0;
        for (Supplier supplier : solved.getSuppliers()) {
            long[] use = supplierUse.getOrDefault(supplier, new long[4]);
            suppliers.add(new Plan.SupplierPlan(supplier.getId(), supplier.getName(), tons(supplier.getLoxKg()),
                    tons(use[0]), tons(supplier.getLoxKg() - use[0]), use[1], round1(use[2] / 60.0),
                    round1(supplier.getFleetMinutesPerDay() / 60.0), supplier.getRefillCylinders(), (int) use[3],
                    supplier.getRefillCylinders() - (int) use[3]));
            supplyKg += supplier.getLoxKg();
            allocatedKg += use[0];
            tankerTrips += use[1];
            refillCapacity += supplier.getRefillCylinders();
            refillsUsed += (int) use[3];
        }
        List<Plan.PostPlan> posts = solved.getCollectionPosts().stream().map(post -> {
            int[] use = postUse.getOrDefault(post, new int[2]);
            return new Plan.PostPlan(post.getId(), post.getName(), post.getStation().getId(), post.getCapacityPerDay(),
                    use[0], post.getCapacityPerDay() - use[0], use[1]);
        }).toList();

        long shortKg = loxShortKg + cylinderShort * Oxygen.KG_PER_CYLINDER;
        Plan.Totals totals = new Plan.Totals(tons(needKg), tons(requestKg), tons(loxRequestKg), tons(supplyKg),
                tons(allocatedKg), tons(loxShortKg), cylinderRequest, refillCapacity, refillsUsed, cylinderShort,
                tons(shortKg), requestKg == 0 ? 0.0 : round2(100.0 * shortKg / requestKg), hospitalsShort,
                round1(tonKm), tankerTrips);
        HardMediumSoftLongScore score = solved.getScore();
        return new Plan(prepared.problem().region(), prepared.problem().date(), String.valueOf(score),
                score != null && score.isFeasible(), prepared.travelModel(), prepared.problem().effectiveSettings(),
                totals, bound(prepared.bound(), score, shortKg), hospitals, suppliers, posts, prepared.warnings(),
                constraintResults(analysis, constraints));
    }

    static Plan.Bound bound(ShortageBound bound, HardMediumSoftLongScore score, long shortageKg) {
        long medium = -score.mediumScore();
        long soft = -score.softScore();
        boolean mediumOptimal = medium == bound.medium();
        return new Plan.Bound(-score.hardScore(), medium, bound.medium(), gapPercent(medium, bound.medium()),
                mediumOptimal, tons(shortageKg), tons(bound.minimumShortageKg()), soft, bound.soft(),
                mediumOptimal ? gapPercent(soft, bound.soft()) : null,
                (bound.tankerHoursCounted()
                        ? "min-cost flow relaxation with the tanker fleets' driving hours as linear limits, without whole"
                                + " trips and supplier splitting ("
                        : "min-cost flow relaxation without the tanker fleets (their linear program ran out of time), trips"
                                + " and supplier splitting (")
                        + bound.solver() + ", " + bound.millis() + " ms)");
    }

    /** The gap of a penalty over its bound, in percent of the bound; 0 when both are 0. */
    public static double gapPercent(long penalty, long bound) {
        return penalty == bound ? 0.0 : round2(100.0 * (penalty - bound) / Math.max(1, bound));
    }

    /** Oxygen not allocated, LOX and cylinders (8 kg each) together: what progress reports show while solving. */
    public static long shortageKg(OxygenAllocation allocation) {
        long kg = 0;
        for (LoxLot lot : allocation.getLoxLots()) {
            kg += lot.getSupplier() == null ? lot.getKg() : 0;
        }
        for (RefillBatch batch : allocation.getRefillBatches()) {
            kg += batch.getRoute() == null ? batch.getCylinders() * Oxygen.KG_PER_CYLINDER : 0;
        }
        return kg;
    }

    private static List<Plan.ConstraintResult> constraintResults(ScoreAnalysis<HardMediumSoftLongScore> analysis,
            Map<String, ConstraintInfo> constraints) {
        Map<String, Plan.ConstraintResult> byName = new TreeMap<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.constraintAnalyses()) {
            List<MatchAnalysis<HardMediumSoftLongScore>> matches = constraint.matches() == null ? List.of()
                    : constraint.matches().stream().sorted(Comparator.comparing(MatchAnalysis::score)).toList();
            ConstraintInfo info = constraints.get(constraint.constraintName());
            byName.put(constraint.constraintName(), new Plan.ConstraintResult(constraint.constraintName(),
                    info.level(), info.group(), String.valueOf(constraint.weight()), String.valueOf(constraint.score()),
                    constraint.matchCount(), matches.stream().map(PlanReporter::match).toList()));
        }
        // In the catalogue's order: hard, medium, soft, each in the provider's order.
        return constraints.keySet().stream().filter(byName::containsKey).map(byName::get).toList();
    }

    private static Plan.Match match(MatchAnalysis<HardMediumSoftLongScore> match) {
        AllocationJustification j = (AllocationJustification) match.justification();
        return new Plan.Match(String.valueOf(match.score()), j.hospitalId(), j.supplierId(), j.postId(),
                round2(j.quantity()), j.unit(), j.description());
    }

    private static double tons(long kg) {
        return Oxygen.kgToTons(kg);
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
