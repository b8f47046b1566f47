package org.oxyalloc.solver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.PlanningRules;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.domain.TankerTrip;

/**
 * Random {@link TripMove}s for local search, aimed where milk runs form: a stop goes to a trip that already serves
 * a nearby hospital (or to any trip that may serve it, or to shortage); two stops of nearby hospitals exchange trips;
 * a whole trip goes to another trip of its supplier, on another tanker or merged into one. Only trips a lot may take
 * are ever targets.
 */
public final class TripMoveFactory implements MoveIteratorFactory<OxygenAllocation, TripMove> {

    /** Each hospital's lots; entities do not change within a phase, only their trips. */
    private Map<Hospital, List<LoxLot>> lotsByHospital = Map.of();
    private List<Hospital> hospitals = List.of();
    private Map<Supplier, List<TankerTrip>> tripsBySupplier = Map.of();
    private PlanningRules rules;

    @Override
    public void phaseStarted(ScoreDirector<OxygenAllocation> scoreDirector) {
        OxygenAllocation solution = scoreDirector.getWorkingSolution();
        Map<Hospital, List<LoxLot>> byHospital = new LinkedHashMap<>();
        // A lot on a dispatched trip is pinned: Timefold keeps its own moves off it, this factory must too.
        solution.getLoxLots().stream().filter(lot -> !lot.isDispatched() && !lot.getHospital().getTripsInReach().isEmpty())
                .forEach(lot -> byHospital.computeIfAbsent(lot.getHospital(), h -> new ArrayList<>()).add(lot));
        lotsByHospital = byHospital;
        hospitals = List.copyOf(byHospital.keySet());
        Map<Supplier, List<TankerTrip>> trips = new LinkedHashMap<>();
        solution.getTankerTrips().forEach(t -> trips.computeIfAbsent(t.getSupplier(), s -> new ArrayList<>()).add(t));
        tripsBySupplier = trips;
        rules = solution.getRules();
    }

    @Override
    public long getSize(ScoreDirector<OxygenAllocation> scoreDirector) {
        return lotsByHospital.values().stream().mapToLong(lots -> lots.get(0).getTripsInReach().size() + 1L).sum();
    }

    @Override
    public Iterator<TripMove> createOriginalMoveIterator(ScoreDirector<OxygenAllocation> scoreDirector) {
        throw new UnsupportedOperationException("TripMoveFactory makes random moves only; use selectionOrder RANDOM.");
    }

    @Override
    public Iterator<TripMove> createRandomMoveIterator(ScoreDirector<OxygenAllocation> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !hospitals.isEmpty();
            }

            @Override
            public TripMove next() {
                Hospital hospital = hospitals.get(random.nextInt(hospitals.size()));
                List<LoxLot> stop = randomStop(hospital, random);
                int kind = random.nextInt(10);
                if (kind < 3) {
                    Hospital other = random.nextInt(10) < 7 ? nearbyWithLox(hospital, random) : hospitals.get(random.nextInt(hospitals.size()));
                    if (other != null && other != hospital && lotsByHospital.containsKey(other)) {
                        List<LoxLot> otherStop = randomStop(other, random);
                        TankerTrip mine = stop.get(0).getTrip();
                        TankerTrip theirs = otherStop.get(0).getTrip();
                        if (mine != theirs && offered(theirs, hospital) && offered(mine, other)) {
                            return TripMove.exchange(stop, otherStop);
                        }
                    }
                } else if (kind < 5 && stop.get(0).getTrip() != null) {
                    TankerTrip from = stop.get(0).getTrip();
                    List<TankerTrip> ofSupplier = tripsBySupplier.get(from.getSupplier());
                    TankerTrip to = ofSupplier.get(random.nextInt(ofSupplier.size()));
                    List<LoxLot> trip = tripAround(hospital, from);
                    if (to != from && trip.stream().allMatch(lot -> offered(to, lot.getHospital()))) {
                        return TripMove.reassign(trip, to);
                    }
                }
                return TripMove.reassign(stop, target(hospital, random));
            }
        };
    }

    /** The lots of a hospital that share the trip (or shortage) of one of its random lots. */
    private List<LoxLot> randomStop(Hospital hospital, Random random) {
        List<LoxLot> lots = lotsByHospital.get(hospital);
        TankerTrip trip = lots.get(random.nextInt(lots.size())).getTrip();
        List<LoxLot> stop = new ArrayList<>();
        for (LoxLot lot : lots) {
            if (lot.getTrip() == trip) {
                stop.add(lot);
            }
        }
        return stop;
    }

    /** The lots of a trip at a hospital and its neighbours, where a trip's stops are found. */
    private List<LoxLot> tripAround(Hospital hospital, TankerTrip trip) {
        List<LoxLot> lots = new ArrayList<>();
        collect(hospital, trip, lots);
        hospital.getNearby().forEach(near -> collect(near, trip, lots));
        return lots;
    }

    private void collect(Hospital hospital, TankerTrip trip, List<LoxLot> into) {
        for (LoxLot lot : lotsByHospital.getOrDefault(hospital, List.of())) {
            if (lot.getTrip() == trip) {
                into.add(lot);
            }
        }
    }

    private Hospital nearbyWithLox(Hospital hospital, Random random) {
        List<Hospital> near = hospital.getNearby();
        return near.isEmpty() ? null : near.get(random.nextInt(near.size()));
    }

    /**
     * Most often a trip that already serves a nearby hospital, where a milk run forms; otherwise any trip that may
     * serve this hospital, or shortage.
     */
    private TankerTrip target(Hospital hospital, Random random) {
        if (random.nextInt(10) < 6) {
            Hospital near = nearbyWithLox(hospital, random);
            if (near != null && lotsByHospital.containsKey(near)) {
                List<LoxLot> lots = lotsByHospital.get(near);
                TankerTrip trip = lots.get(random.nextInt(lots.size())).getTrip();
                if (trip != null && offered(trip, hospital)) {
                    return trip;
                }
            }
        }
        List<TankerTrip> inReach = hospital.getTripsInReach();
        int pick = random.nextInt(inReach.size() + 1);
        return pick == inReach.size() ? null : inReach.get(pick);
    }

    /** Whether the trip is among the hospital's values; shortage always is. */
    private boolean offered(TankerTrip trip, Hospital hospital) {
        return trip == null || !trip.isDispatched() && TripNeighbourhoods.offers(trip, hospital, rules);
    }
}
