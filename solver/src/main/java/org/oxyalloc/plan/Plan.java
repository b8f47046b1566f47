package org.oxyalloc.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.text.Phrase;

/**
 * A solved day: per hospital its quotas and refills, per supplier and post what is used and left, the totals,
 * and the score with every constraint match justified in words. Tons are rounded to the kg.
 *
 * @param warningPhrases the warnings as phrases, for saying them in another language
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Plan(String region, LocalDate date, String score, boolean feasible, String travelModel,
        Problem.Settings settings, Totals totals, Bound bound, ScarceResources scarceResources,
        List<HospitalPlan> hospitals, List<SupplierPlan> suppliers,
        List<PostPlan> collectionPosts, List<String> warnings, List<Phrase> warningPhrases, List<ConstraintResult> analysis) {

    /**
     * This plan as the baseline of a re-plan: its tanker trips, with their stops, and its refills.
     *
     * @param planId the id the plan is known by, e.g. in the service
     * @param reason why it is re-planned, e.g. the disruption
     * @param dispatched the trips already on the road or delivered, as "supplierId/tankerId#number": kept as they are
     */
    public Problem.Baseline asBaseline(String planId, String reason, Set<String> dispatched) {
        List<Problem.BaselineTrip> trips = new ArrayList<>();
        for (SupplierPlan supplier : suppliers) {
            for (TankerDay day : supplier.tankers() == null ? List.<TankerDay>of() : supplier.tankers()) {
                for (TankerTrip trip : day.trips()) {
                    boolean gone = dispatched.contains(supplier.id() + "/" + day.id() + "#" + trip.number());
                    trips.add(new Problem.BaselineTrip(supplier.id(), day.id(), trip.number(), gone ? Boolean.TRUE : null,
                            trip.stops().stream().map(stop -> new Problem.BaselineStop(stop.hospitalId(), stop.tons())).toList()));
                }
            }
        }
        List<Problem.BaselineRefill> refills = hospitals.stream().filter(hospital -> hospital.refills() != null)
                .flatMap(hospital -> hospital.refills().stream()
                .map(refill -> new Problem.BaselineRefill(hospital.id(), refill.stationId(), refill.postId(), refill.cylinders())))
                .toList();
        return new Problem.Baseline(planId, reason, trips, refills);
    }

    /**
     * How far the plan is from what no plan can beat, per score level (penalties are positive numbers). The soft
     * bound holds for plans that reach the medium bound, so its gap is given only then.
     *
     * @param mediumGapPercent (penalty - bound) / bound, 0 when both are 0
     * @param provenOptimalOnShortage the plan's medium penalty equals the bound: no plan leaves less weighted shortage
     * @param minimumShortageTons the least total shortage of any plan, LOX and cylinders
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Bound(long hardPenalty, long mediumPenalty, long mediumBound, double mediumGapPercent,
            boolean provenOptimalOnShortage, double shortageTons, double minimumShortageTons, long softPenalty,
            long softBound, Double softGapPercent, String method) {
    }

    /**
     * What one more unit of each scarce resource would serve, by the relaxation of the bound, most first: what a task
     * force asks the ministry or a donor for.
     *
     * @param method how it was computed, or why it was not
     */
    public record ScarceResources(List<ScarceResource> ranked, String method) {
    }

    /**
     * @param kind LOX_TON, TANKER_DAY, REFILL_SLOT or POST_TRUCK
     * @param id the supplier's id, or the post's for a truck
     * @param unit what one more is, in words
     * @param moreServedTons the least shortage less with one more unit, tons of oxygen (a cylinder 8 kg)
     * @param marginalTons the relaxation's dual value times the unit: what it would serve if its first bit's worth
     *        held for all of it
     * @param sentence the description as a phrase, for saying it in another language
     */
    public record ScarceResource(String kind, String id, String name, String unit, double moreServedTons,
            double marginalTons, String description, Phrase sentence) {
    }

    /**
     * @param needTonsPerDay oxygen used per day by all hospitals, LOX and cylinders (8 kg each) together
     * @param requestTons what hospitals ask for today to reach the coverage target, LOX and cylinders together
     * @param shortagePercent shortage as a share of today's requests
     */
    public record Totals(double needTonsPerDay, double requestTons, double loxRequestTons, double loxSupplyTons,
            double loxAllocatedTons, double loxShortageTons, int cylinderRequest, int refillCapacity,
            int cylindersRefilled, int cylinderShortage, double shortageTons, double shortagePercent,
            int hospitalsShort, double tonKm, long tankerTrips) {
    }

    /**
     * @param coverageDaysBefore days of need its stock and full cylinders cover now; null without a need
     * @param coverageDaysAfter the same after today's deliveries and refills
     * @param shortageCauses why it is left short, in words, naming suppliers, fleets, stations and posts; null when
     *         it is not short
     * @param shortageCausePhrases the same sentences as phrases, for saying them in another language
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HospitalPlan(String id, String name, String regency, double priority, double loxNeedTonsPerDay,
            boolean loxNeedEstimated, int cylindersNeededPerDay, boolean cylinderNeedEstimated, double loxStockTons,
            double tankCapacityTons, double loxRequestTons, List<Quota> quotas, double loxReceivedTons,
            double loxShortageTons, int emptyCylinders, int cylinderRequest, List<Refill> refills, int cylindersRefilled,
            int cylinderShortage, Double coverageDaysBefore, Double coverageDaysAfter, List<String> shortageCauses,
            List<Phrase> shortageCausePhrases) {
    }

    /**
     * LOX from one supplier to one hospital.
     *
     * @param trips the supplier's tanker trips that stop at the hospital
     * @param km the direct road distance, one way
     * @param hours the direct driving time, one way
     */
    public record Quota(String supplierId, String supplierName, double tons, long trips, double km, double hours) {
    }

    /** Cylinders of one hospital refilled at one station, directly or through a post. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Refill(String stationId, String stationName, String postId, String postName, int cylinders,
            double km, double hours) {
    }

    /**
     * @param tankerHoursUsed driving hours of its tankers' trips
     * @param tankerHoursAvailable driving hours its tankers may do today
     * @param tankers each tanker's day, its trips in order; the dispatch sheet
     * @param unusedReserve why oxygen reserved for a group is left unused; null when nothing reserved is left
     * @param unusedReservePhrase the same as a phrase, for saying it in another language
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SupplierPlan(String id, String name, double loxTons, double loxAllocatedTons, double loxLeftTons,
            long tankerTrips, double tankerHoursUsed, double tankerHoursAvailable, List<TankerDay> tankers,
            int refillCapacity, int refillsUsed, int refillsLeft, String unusedReserve, Phrase unusedReservePhrase) {
    }

    /**
     * One tanker's day: its trips one after another from the start of the working day.
     *
     * @param drivingHours driving of its trips; {@code workingHours} adds loading and unloading
     */
    public record TankerDay(String id, double capacityTons, List<TankerTrip> trips, double drivingHours,
            double drivingHoursAvailable, double workingHours, double workingHoursAvailable) {
    }

    /**
     * One trip: loaded at the supplier from {@code loadingStarts}, leaving at {@code departs}, its stops in order,
     * back at {@code returns}. Times are hh:mm from the settings' {@code dayStartsAt}, with "+1" on the next day.
     */
    public record TankerTrip(int number, String loadingStarts, String departs, String returns, double loadTons,
            long km, double drivingHours, List<Stop> stops) {
    }

    /** One hospital of a trip: when the tanker arrives and leaves, and the tons it unloads. */
    public record Stop(String hospitalId, String hospitalName, String arrives, String departs, double tons) {
    }

    public record PostPlan(String id, String name, String stationId, int capacityPerDay, int cylindersUsed,
            int cylindersLeft, int hospitalsServed) {
    }

    /** One constraint's part of the score, with each match and its justification. */
    public record ConstraintResult(String name, String level, String group, String weight, String score,
            int matchCount, List<Match> matches) {
    }

    /**
     * One match of a constraint: its score, what it concerns, and why in words.
     *
     * @param description why, in English
     * @param sentence the same as a phrase, for saying it in another language
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Match(String score, String hospitalId, String supplierId, String postId, double quantity, String unit,
            String description, Phrase sentence) {
    }
}
