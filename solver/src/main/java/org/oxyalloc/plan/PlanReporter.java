package org.oxyalloc.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.oxyalloc.bound.ScarceResources;
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
import org.oxyalloc.text.Phrase;
import org.oxyalloc.travel.Leg;

/**
 * Turns a solved allocation and its score analysis into the {@link Plan} that people read, in steps: what each
 * hospital received ({@link Deliveries}), what that takes of each supplier and post ({@link SupplierUse},
 * {@link PostUse}), each hospital's plan with why it is short ({@link ShortageCauses}) while adding up the day's totals
 * ({@link DayTotals}), then each supplier's and post's plan.
 */
public final class PlanReporter {

    private PlanReporter() {
    }

    /** LOX by supplier and cylinders by refill route, per hospital, in the order the solution lists them. */
    record Deliveries(Map<Hospital, Map<Supplier, Long>> loxKg, Map<Hospital, Map<RefillRoute, Integer>> cylinders) {

        static Deliveries of(OxygenAllocation solved) {
            Map<Hospital, Map<Supplier, Long>> loxKg = new HashMap<>();
            Map<Hospital, Map<RefillRoute, Integer>> cylinders = new HashMap<>();
            for (LoxLot lot : solved.getLoxLots()) {
                if (lot.getSupplier() != null) {
                    loxKg.computeIfAbsent(lot.getHospital(), h -> new LinkedHashMap<>())
                            .merge(lot.getSupplier(), lot.getKg(), Long::sum);
                }
            }
            for (RefillBatch batch : solved.getRefillBatches()) {
                if (batch.getRoute() != null) {
                    cylinders.computeIfAbsent(batch.getHospital(), h -> new LinkedHashMap<>())
                            .merge(batch.getRoute(), batch.getCylinders(), Integer::sum);
                }
            }
            return new Deliveries(loxKg, cylinders);
        }

        Map<Supplier, Long> loxKg(Hospital hospital) {
            return loxKg.getOrDefault(hospital, Map.of());
        }

        Map<RefillRoute, Integer> cylinders(Hospital hospital) {
            return cylinders.getOrDefault(hospital, Map.of());
        }
    }

    /** What one supplier gives: LOX, the tanker trips and driving minutes that take it, and cylinders refilled. */
    static final class SupplierUse {
        long loxKg;
        long trips;
        long minutes;
        int cylinders;

        /** Every supplier's use, from what each hospital receives and its tankers' days. */
        static Map<Supplier, SupplierUse> of(Deliveries deliveries, TankerDays tankerDays) {
            Map<Supplier, SupplierUse> uses = new HashMap<>();
            deliveries.loxKg().values().forEach(bySupplier -> bySupplier.forEach((supplier, kg) ->
                    uses.computeIfAbsent(supplier, s -> new SupplierUse()).loxKg += kg));
            uses.forEach((supplier, use) -> {
                use.trips = tankerDays.trips(supplier);
                use.minutes = tankerDays.drivingMinutes(supplier);
            });
            deliveries.cylinders().values().forEach(byRoute -> byRoute.forEach((route, cylinders) ->
                    uses.computeIfAbsent(route.getStation(), s -> new SupplierUse()).cylinders += cylinders));
            return uses;
        }
    }

    /** What one collection post handles: cylinders, and how many hospitals bring them. */
    static final class PostUse {
        int cylinders;
        int hospitals;

        /** Every post's use, from the refills that go through it. */
        static Map<CollectionPost, PostUse> of(Deliveries deliveries) {
            Map<CollectionPost, PostUse> uses = new HashMap<>();
            deliveries.cylinders().values().forEach(byRoute -> byRoute.forEach((route, cylinders) -> {
                if (route.getPost() != null) {
                    PostUse use = uses.computeIfAbsent(route.getPost(), p -> new PostUse());
                    use.cylinders += cylinders;
                    use.hospitals++;
                }
            }));
            return uses;
        }
    }

    /** The day's sums over hospitals. */
    static final class DayTotals {
        long needKg;
        long requestKg;
        long loxRequestKg;
        long loxShortKg;
        int cylinderRequest;
        int cylinderShort;
        int hospitalsShort;
        double tonKm;

        void add(Hospital hospital, long dailyKg, long loxShortKg, int cylindersShort) {
            needKg += dailyKg;
            loxRequestKg += hospital.getLoxRequestKg();
            requestKg += hospital.getLoxRequestKg() + hospital.getCylinderRequest() * Oxygen.KG_PER_CYLINDER;
            this.loxShortKg += loxShortKg;
            cylinderRequest += hospital.getCylinderRequest();
            cylinderShort += cylindersShort;
            if (loxShortKg > 0 || cylindersShort > 0) {
                hospitalsShort++;
            }
        }

        long shortKg() {
            return loxShortKg + cylinderShort * Oxygen.KG_PER_CYLINDER;
        }
    }

    public static Plan report(PreparedProblem prepared, OxygenAllocation solved,
            ScoreAnalysis<HardMediumSoftLongScore> analysis, Map<String, ConstraintInfo> constraints) {
        Deliveries deliveries = Deliveries.of(solved);
        Map<String, Problem.Hospital> inputs = prepared.problem().hospitals().stream()
                .collect(Collectors.toMap(Problem.Hospital::id, Function.identity()));
        TankerDays tankerDays = TankerDays.of(solved, prepared.problem().effectiveSettings().tankerTrips().dayStartsAt());
        Map<Supplier, SupplierUse> supplierUse = SupplierUse.of(deliveries, tankerDays);
        Map<CollectionPost, PostUse> postUse = PostUse.of(deliveries);
        ShortageCauses causes = new ShortageCauses(solved, deliveries, supplierUse, postUse, tankerDays);
        DayTotals day = new DayTotals();
        List<Plan.HospitalPlan> hospitals = new ArrayList<>();
        for (Hospital hospital : solved.getHospitals()) {
            hospitals.add(hospitalPlan(hospital, inputs.get(hospital.getId()), prepared.demands().get(hospital.getId()),
                    deliveries, tankerDays, causes, day));
        }
        List<Plan.SupplierPlan> suppliers = solved.getSuppliers().stream()
                .map(supplier -> supplierPlan(supplier, supplierUse.getOrDefault(supplier, new SupplierUse()), tankerDays,
                        causes))
                .toList();
        List<Plan.PostPlan> posts = solved.getCollectionPosts().stream()
                .map(post -> postPlan(post, postUse.getOrDefault(post, new PostUse()))).toList();
        HardMediumSoftLongScore score = solved.getScore();
        return new Plan(prepared.problem().region(), prepared.problem().date(), String.valueOf(score),
                score != null && score.isFeasible(), prepared.travelModel(), prepared.problem().effectiveSettings(),
                totals(day, solved.getSuppliers(), supplierUse), bound(prepared.bound(), score, day.shortKg()),
                scarceResources(prepared), hospitals, suppliers, posts, prepared.warnings(), prepared.warningPhrases(),
                constraintResults(analysis, constraints));
    }

    /** The scarce resources ranked, in words; said so when they were not ready when the plan was reported. */
    static Plan.ScarceResources scarceResources(PreparedProblem prepared) {
        return prepared.scarceResourcesIfReady()
                .map(ranking -> new Plan.ScarceResources(ranking.ranked().stream().map(PlanReporter::scarceResource)
                        .toList(), ranking.method()))
                .orElse(new Plan.ScarceResources(List.of(), "not computed yet when the plan was reported"));
    }

    private static Plan.ScarceResource scarceResource(ScarceResources.ScarceResource resource) {
        boolean lox = resource.kind() == ScarceResources.Kind.LOX_TON || resource.kind() == ScarceResources.Kind.TANKER_DAY;
        double tons = resource.moreServedKg() / Oxygen.tonsToKg(1);
        Phrase sentence = lox ? Phrase.of("scarce.lox", resource.unit(), resource.name(), tons)
                : Phrase.of("scarce.cylinders", resource.unit(), resource.name(),
                        Math.round(resource.moreServedKg() / Oxygen.KG_PER_CYLINDER));
        return new Plan.ScarceResource(resource.kind().name(), resource.id(), resource.name(), resource.unit().english(),
                tons(Math.round(resource.moreServedKg())), tons(Math.round(resource.marginalKg())), sentence.english(),
                sentence);
    }

    /** One hospital's quotas, refills, coverage and why it is short; adds it to the day's sums. */
    private static Plan.HospitalPlan hospitalPlan(Hospital hospital, Problem.Hospital input, HospitalDemand demand,
            Deliveries deliveries, TankerDays tankerDays, ShortageCauses causes, DayTotals day) {
        List<Plan.Quota> quotas = new ArrayList<>();
        long receivedKg = 0;
        for (Map.Entry<Supplier, Long> entry : deliveries.loxKg(hospital).entrySet()) {
            Supplier supplier = entry.getKey();
            long kg = entry.getValue();
            long trips = tankerDays.tripsTo(hospital, supplier);
            Leg leg = hospital.legFrom(supplier);
            quotas.add(new Plan.Quota(supplier.getId(), supplier.getName(), tons(kg), trips, round1(leg.km()),
                    round1(leg.hours())));
            receivedKg += kg;
            day.tonKm += Oxygen.kgToTons(kg) * leg.km();
        }
        List<Plan.Refill> refills = new ArrayList<>();
        int refilled = 0;
        for (Map.Entry<RefillRoute, Integer> entry : deliveries.cylinders(hospital).entrySet()) {
            RefillRoute route = entry.getKey();
            int cylinders = entry.getValue();
            CollectionPost post = route.getPost();
            Leg leg = route.legFrom(hospital);
            refills.add(new Plan.Refill(route.getStation().getId(), route.getStation().getName(),
                    post == null ? null : post.getId(), post == null ? null : post.getName(), cylinders,
                    round1(leg.km()), round1(leg.hours())));
            refilled += cylinders;
        }
        long loxShort = hospital.getLoxRequestKg() - receivedKg;
        int cylindersShort = Math.max(0, hospital.getCylinderRequest() - refilled);
        long dailyKg = demand.totalNeedKgPerDay();
        long heldKg = hospital.getLoxStockKg() + input.fullCylindersOrZero() * Oxygen.KG_PER_CYLINDER;
        long addedKg = receivedKg + refilled * Oxygen.KG_PER_CYLINDER;
        day.add(hospital, dailyKg, loxShort, cylindersShort);
        List<Phrase> shortageCauses = new ArrayList<>(causes.lox(hospital, loxShort));
        shortageCauses.addAll(causes.cylinders(hospital, cylindersShort, deliveries.cylinders(hospital)));
        return new Plan.HospitalPlan(hospital.getId(), hospital.getName(), input.regency(),
                hospital.getPriorityPermille() / 1000.0, tons(demand.loxNeedKgPerDay()), demand.loxNeedEstimated(),
                demand.cylindersPerDay(), demand.cylinderNeedEstimated(), tons(hospital.getLoxStockKg()),
                tons(hospital.getTankCapacityKg()), tons(hospital.getLoxRequestKg()), quotas, tons(receivedKg),
                tons(loxShort), hospital.getEmptyCylinders(), hospital.getCylinderRequest(), refills, refilled,
                cylindersShort, dailyKg == 0 ? null : round2((double) heldKg / dailyKg),
                dailyKg == 0 ? null : round2((double) (heldKg + addedKg) / dailyKg),
                shortageCauses.isEmpty() ? null : shortageCauses.stream().map(Phrase::english).toList(),
                shortageCauses.isEmpty() ? null : shortageCauses);
    }

    private static Plan.SupplierPlan supplierPlan(Supplier supplier, SupplierUse use, TankerDays tankerDays,
            ShortageCauses causes) {
        Optional<Phrase> unusedReserve = causes.unusedReserve(supplier);
        return new Plan.SupplierPlan(supplier.getId(), supplier.getName(), tons(supplier.getLoxKg()), tons(use.loxKg),
                tons(supplier.getLoxKg() - use.loxKg), use.trips, round1(use.minutes / 60.0),
                round1(supplier.drivingMinutesPerDay() / 60.0),
                supplier.getTankers().isEmpty() ? null : tankerDays.of(supplier), supplier.getRefillCylinders(), use.cylinders,
                supplier.getRefillCylinders() - use.cylinders, unusedReserve.map(Phrase::english).orElse(null),
                unusedReserve.orElse(null));
    }

    private static Plan.PostPlan postPlan(CollectionPost post, PostUse use) {
        return new Plan.PostPlan(post.getId(), post.getName(), post.getStation().getId(), post.getCapacityPerDay(),
                use.cylinders, post.getCapacityPerDay() - use.cylinders, use.hospitals);
    }

    private static Plan.Totals totals(DayTotals day, List<Supplier> suppliers, Map<Supplier, SupplierUse> supplierUse) {
        long supplyKg = 0;
        long allocatedKg = 0;
        long tankerTrips = 0;
        int refillCapacity = 0;
        int refillsUsed = 0;
        for (Supplier supplier : suppliers) {
            SupplierUse use = supplierUse.getOrDefault(supplier, new SupplierUse());
            supplyKg += supplier.getLoxKg();
            allocatedKg += use.loxKg;
            tankerTrips += use.trips;
            refillCapacity += supplier.getRefillCylinders();
            refillsUsed += use.cylinders;
        }
        long shortKg = day.shortKg();
        return new Plan.Totals(tons(day.needKg), tons(day.requestKg), tons(day.loxRequestKg), tons(supplyKg),
                tons(allocatedKg), tons(day.loxShortKg), day.cylinderRequest, refillCapacity, refillsUsed,
                day.cylinderShort, tons(shortKg), day.requestKg == 0 ? 0.0 : round2(100.0 * shortKg / day.requestKg),
                day.hospitalsShort, round1(day.tonKm), tankerTrips);
    }

    static Plan.Bound bound(ShortageBound bound, HardMediumSoftLongScore score, long shortageKg) {
        long medium = -score.mediumScore();
        long soft = -score.softScore();
        boolean mediumOptimal = medium == bound.medium();
        return new Plan.Bound(-score.hardScore(), medium, bound.medium(), gapPercent(medium, bound.medium()),
                mediumOptimal, tons(shortageKg), tons(bound.minimumShortageKg()), soft, bound.soft(),
                mediumOptimal ? gapPercent(soft, bound.soft()) : null,
                (bound.tankerHoursCounted()
                        ? "min-cost flow relaxation with the tanker fleets' driving hours and working days as linear"
                                + " limits, without whole trips, routes and supplier splitting ("
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
        Phrase sentence = new Phrase(j.sentence(), j.args());
        return new Plan.Match(String.valueOf(match.score()), j.hospitalId(), j.supplierId(), j.postId(),
                round2(j.quantity()), j.unit(), sentence.english(), sentence);
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
