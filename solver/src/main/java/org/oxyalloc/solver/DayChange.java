package org.oxyalloc.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.change.ProblemChange;
import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.domain.RefillRoute;
import org.oxyalloc.domain.TankerTrip;

/**
 * A change to the day of a running solve, as a Timefold {@link ProblemChange}: the changed day's model takes the place
 * of the working one inside the running solver, which goes on from the better of two plans of the changed day: its own
 * starting solution, and the solver's current best carried over (each hospital's lots on the trips, and batches on the
 * routes, that the changed day still has for it; what no longer fits is left for the search).
 * <p>
 * One change for every kind of disruption: a supplier's LOX, a tanker out of service, a hospital's need or a new
 * hospital, a road closed all change the lots, trips and legs the model is built from, so the model is built again
 * from the changed problem (with its bound) and swapped in, facts and entities retracted and inserted through the
 * solver's change director, rather than patched field by field.
 */
public final class DayChange implements ProblemChange<OxygenAllocation> {

    private final OxygenAllocation changedDay;
    private final Function<OxygenAllocation, HardMediumSoftLongScore> score;
    /** The changed day's own start, scored here on the caller's thread: the solver waits only for the rest. */
    private final Map<LoxLot, TankerTrip> started = new HashMap<>();
    private final Map<RefillBatch, RefillRoute> startedRoutes = new HashMap<>();
    private final HardMediumSoftLongScore startedScore;

    private DayChange(OxygenAllocation changedDay, Function<OxygenAllocation, HardMediumSoftLongScore> score) {
        this.changedDay = changedDay;
        this.score = score;
        changedDay.getLoxLots().forEach(lot -> started.put(lot, lot.getTrip()));
        changedDay.getRefillBatches().forEach(batch -> startedRoutes.put(batch, batch.getRoute()));
        this.startedScore = score.apply(changedDay);
    }

    /**
     * @param changed the changed day, prepared, its solution assigned as its starting solution
     * @param score scores a solution of the changed day, e.g. the engine's
     */
    public static DayChange of(PreparedProblem changed, Function<OxygenAllocation, HardMediumSoftLongScore> score) {
        return new DayChange(changed.solution(), score);
    }

    @Override
    public void doChange(OxygenAllocation working, ProblemChangeDirector director) {
        startFromTheBetter(working);
        // From the end of the lists, so that each removal is quick at national scale.
        List<LoxLot> lots = working.getLoxLots();
        for (int i = lots.size() - 1; i >= 0; i--) {
            director.removeEntity(lots.get(i), removed -> lots.remove(lots.size() - 1));
        }
        List<RefillBatch> batches = working.getRefillBatches();
        for (int i = batches.size() - 1; i >= 0; i--) {
            director.removeEntity(batches.get(i), removed -> batches.remove(batches.size() - 1));
        }
        for (Object fact : working.problemFacts()) {
            director.removeProblemFact(fact, removed -> { });
        }
        working.takeFactsOf(changedDay);
        for (Object fact : working.problemFacts()) {
            director.addProblemFact(fact, added -> { });
        }
        for (LoxLot lot : changedDay.getLoxLots()) {
            director.addEntity(lot, working.getLoxLots()::add);
        }
        for (RefillBatch batch : changedDay.getRefillBatches()) {
            director.addEntity(batch, working.getRefillBatches()::add);
        }
    }

    /** The changed day's starting solution, or the working solution carried over if that scores better. */
    private void startFromTheBetter(OxygenAllocation working) {
        carryOver(working);
        if (score.apply(changedDay).compareTo(startedScore) < 0) {
            started.forEach(LoxLot::setTrip);
            startedRoutes.forEach(RefillBatch::setRoute);
            changedDay.setScore(startedScore);
        }
    }

    /**
     * The working solution's trips and routes, by id, onto the changed day's lots and batches of the same hospital:
     * the largest lots that fit what each hospital had on each trip first, as a re-plan replays its baseline.
     * Dispatched lots stay as the changed day pinned them.
     */
    private void carryOver(OxygenAllocation working) {
        changedDay.getLoxLots().stream().filter(lot -> !lot.isDispatched()).forEach(lot -> lot.setTrip(null));
        changedDay.getRefillBatches().forEach(batch -> batch.setRoute(null));
        Map<String, Hospital> hospitals = new HashMap<>();
        changedDay.getHospitals().forEach(h -> hospitals.put(h.getId(), h));
        Map<String, TankerTrip> trips = new HashMap<>();
        changedDay.getTankerTrips().forEach(t -> trips.put(t.getId(), t));
        Map<String, RefillRoute> routes = new HashMap<>();
        changedDay.getRefillRoutes().forEach(r -> routes.put(r.getId(), r));

        Map<String, Map<String, Long>> kgByHospitalAndTrip = new LinkedHashMap<>();
        working.getLoxLots().stream().filter(lot -> lot.getTrip() != null && !lot.isDispatched())
                .forEach(lot -> kgByHospitalAndTrip.computeIfAbsent(lot.getHospital().getId(), h -> new LinkedHashMap<>())
                        .merge(lot.getTrip().getId(), lot.getKg(), Long::sum));
        Map<Hospital, List<LoxLot>> openLots = new HashMap<>();
        changedDay.getLoxLots().stream().filter(lot -> lot.getTrip() == null)
                .forEach(lot -> openLots.computeIfAbsent(lot.getHospital(), h -> new ArrayList<>()).add(lot));
        kgByHospitalAndTrip.forEach((hospitalId, byTrip) -> byTrip.forEach((tripId, kg) -> {
            Hospital hospital = hospitals.get(hospitalId);
            TankerTrip trip = trips.get(tripId);
            // A trip that has left (pinned in the changed day) takes no other load.
            if (hospital != null && trip != null && !trip.isDispatched() && hospital.getTripsInReach().contains(trip)) {
                Replanning.take(openLots.getOrDefault(hospital, new ArrayList<>()), kg, LoxLot::getKg)
                        .forEach(lot -> lot.setTrip(trip));
            }
        }));

        Map<String, Map<String, Long>> cylindersByHospitalAndRoute = new LinkedHashMap<>();
        working.getRefillBatches().stream().filter(batch -> batch.getRoute() != null)
                .forEach(batch -> cylindersByHospitalAndRoute.computeIfAbsent(batch.getHospital().getId(),
                        h -> new LinkedHashMap<>()).merge(batch.getRoute().getId(), (long) batch.getCylinders(), Long::sum));
        Map<Hospital, List<RefillBatch>> openBatches = new HashMap<>();
        changedDay.getRefillBatches()
                .forEach(batch -> openBatches.computeIfAbsent(batch.getHospital(), h -> new ArrayList<>()).add(batch));
        cylindersByHospitalAndRoute.forEach((hospitalId, byRoute) -> byRoute.forEach((routeId, cylinders) -> {
            Hospital hospital = hospitals.get(hospitalId);
            RefillRoute route = routes.get(routeId);
            if (hospital != null && route != null && hospital.getRoutesInReach().contains(route)) {
                Replanning.take(openBatches.getOrDefault(hospital, new ArrayList<>()), cylinders, RefillBatch::getCylinders)
                        .forEach(batch -> batch.setRoute(route));
            }
        }));
    }
}
