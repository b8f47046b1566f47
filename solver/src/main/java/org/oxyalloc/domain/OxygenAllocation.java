package org.oxyalloc.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** One day's oxygen allocation for one region: the planning solution. */
@PlanningSolution
public class OxygenAllocation {

    private String region;
    private LocalDate date;
    @ProblemFactProperty
    private PlanningRules rules;
    @ProblemFactCollectionProperty
    private List<Supplier> suppliers;
    @ProblemFactCollectionProperty
    private List<Tanker> tankers;
    @ProblemFactCollectionProperty
    private List<TankerTrip> tankerTrips;
    @ProblemFactCollectionProperty
    private List<Hospital> hospitals;
    @ProblemFactCollectionProperty
    private List<CollectionPost> collectionPosts;
    @ProblemFactCollectionProperty
    private List<RefillRoute> refillRoutes;
    /** The plan re-planned: none, or one. */
    @ProblemFactCollectionProperty
    private List<PublishedPlan> publishedPlans = List.of();
    @ProblemFactCollectionProperty
    private List<PublishedQuota> publishedQuotas = List.of();
    @ProblemFactCollectionProperty
    private List<PublishedRefills> publishedRefills = List.of();
    @PlanningEntityCollectionProperty
    private List<LoxLot> loxLots;
    @PlanningEntityCollectionProperty
    private List<RefillBatch> refillBatches;
    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;
    @PlanningScore
    private HardMediumSoftLongScore score;

    public OxygenAllocation() {
        // For the solver's cloning.
    }

    public OxygenAllocation(String region, LocalDate date, PlanningRules rules, List<Supplier> suppliers,
            List<TankerTrip> tankerTrips, List<Hospital> hospitals, List<CollectionPost> collectionPosts, List<RefillRoute> refillRoutes,
            List<LoxLot> loxLots, List<RefillBatch> refillBatches,
            ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.region = region;
        this.date = date;
        this.rules = rules;
        this.suppliers = suppliers;
        this.tankers = suppliers.stream().flatMap(s -> s.getTankers().stream()).toList();
        this.tankerTrips = tankerTrips;
        this.hospitals = hospitals;
        this.collectionPosts = collectionPosts;
        this.refillRoutes = refillRoutes;
        this.loxLots = loxLots;
        this.refillBatches = refillBatches;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    /** The suppliers with LOX and tankers: only their trips are offered to LOX lots. */
    public List<Supplier> getLoxSuppliers() {
        return suppliers.stream().filter(Supplier::deliversLox).toList();
    }

    public String getRegion() {
        return region;
    }

    public LocalDate getDate() {
        return date;
    }

    public PlanningRules getRules() {
        return rules;
    }

    public List<Supplier> getSuppliers() {
        return suppliers;
    }

    public List<Tanker> getTankers() {
        return tankers;
    }

    /** Every trip every tanker may make today, in order of tanker and number. */
    public List<TankerTrip> getTankerTrips() {
        return tankerTrips;
    }

    public List<Hospital> getHospitals() {
        return hospitals;
    }

    public List<CollectionPost> getCollectionPosts() {
        return collectionPosts;
    }

    public List<RefillRoute> getRefillRoutes() {
        return refillRoutes;
    }

    /** The plan this one re-plans, if it re-plans one. */
    public List<PublishedPlan> getPublishedPlans() {
        return publishedPlans;
    }

    /** The LOX quotas of the plan this one re-plans; empty when planned from scratch. */
    public List<PublishedQuota> getPublishedQuotas() {
        return publishedQuotas;
    }

    /** The refills of the plan this one re-plans; empty when planned from scratch. */
    public List<PublishedRefills> getPublishedRefills() {
        return publishedRefills;
    }

    /** Re-plans another plan: its quotas and refills, which the stability rules keep where they can. */
    public void setPublished(PublishedPlan plan, List<PublishedQuota> quotas, List<PublishedRefills> refills) {
        this.publishedPlans = List.of(plan);
        this.publishedQuotas = List.copyOf(quotas);
        this.publishedRefills = List.copyOf(refills);
    }

    /** Every problem fact, one by one: what a change to a running solve retracts and inserts. */
    public List<Object> problemFacts() {
        List<Object> facts = new ArrayList<>();
        facts.add(rules);
        facts.addAll(suppliers);
        facts.addAll(tankers);
        facts.addAll(tankerTrips);
        facts.addAll(hospitals);
        facts.addAll(collectionPosts);
        facts.addAll(refillRoutes);
        facts.addAll(publishedPlans);
        facts.addAll(publishedQuotas);
        facts.addAll(publishedRefills);
        return facts;
    }

    /**
     * Takes the facts of another day of the same region (a changed day): what a change to a running solve does once it
     * has retracted this day's facts; the entities are moved separately, through the solver.
     */
    public void takeFactsOf(OxygenAllocation day) {
        region = day.region;
        date = day.date;
        rules = day.rules;
        suppliers = day.suppliers;
        tankers = day.tankers;
        tankerTrips = day.tankerTrips;
        hospitals = day.hospitals;
        collectionPosts = day.collectionPosts;
        refillRoutes = day.refillRoutes;
        publishedPlans = day.publishedPlans;
        publishedQuotas = day.publishedQuotas;
        publishedRefills = day.publishedRefills;
    }

    public List<LoxLot> getLoxLots() {
        return loxLots;
    }

    public List<RefillBatch> getRefillBatches() {
        return refillBatches;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
