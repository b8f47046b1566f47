package org.oxyalloc.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.TankerTrip;

/**
 * Changes a whole stop or a whole trip at once: every lot of one hospital on one trip (a stop, or its shortage) goes
 * to another trip (or becomes short), optionally exchanged with another stop; or every lot of a trip goes to another
 * trip, which moves the trip to another tanker or merges it into another trip.
 * <p>
 * Hours and tanker-km are spent per trip and per stop, so moving one lot rarely frees either; only moving every lot
 * of a stop or a trip does. Without these moves the local search cannot trade one far stop for several near ones,
 * nor take a stop out of one trip and put it into another.
 */
final class TripMove extends AbstractSimplifiedMove<OxygenAllocation> {

    private static final String VARIABLE = "trip";

    private final List<LoxLot> lots;
    private final List<TankerTrip> targets;
    private final String kind;

    private TripMove(List<LoxLot> lots, List<TankerTrip> targets, String kind) {
        this.lots = lots;
        this.targets = targets;
        this.kind = kind;
    }

    /** Every lot goes to the target trip; null makes them shortage. */
    static TripMove reassign(List<LoxLot> lots, TankerTrip target) {
        List<TankerTrip> targets = new ArrayList<>(lots.size());
        lots.forEach(lot -> targets.add(target));
        return new TripMove(lots, targets, "reassign");
    }

    /** Each stop takes the other's trip. */
    static TripMove exchange(List<LoxLot> first, List<LoxLot> second) {
        TankerTrip firstTrip = first.get(0).getTrip();
        TankerTrip secondTrip = second.get(0).getTrip();
        List<LoxLot> lots = new ArrayList<>(first.size() + second.size());
        List<TankerTrip> targets = new ArrayList<>(first.size() + second.size());
        first.forEach(lot -> {
            lots.add(lot);
            targets.add(secondTrip);
        });
        second.forEach(lot -> {
            lots.add(lot);
            targets.add(firstTrip);
        });
        return new TripMove(lots, targets, "exchange");
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<OxygenAllocation> scoreDirector) {
        for (int i = 0; i < lots.size(); i++) {
            if (lots.get(i).getTrip() != targets.get(i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<OxygenAllocation> scoreDirector) {
        for (int i = 0; i < lots.size(); i++) {
            LoxLot lot = lots.get(i);
            scoreDirector.beforeVariableChanged(lot, VARIABLE);
            lot.setTrip(targets.get(i));
            scoreDirector.afterVariableChanged(lot, VARIABLE);
        }
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return lots;
    }

    @Override
    public Collection<?> getPlanningValues() {
        return targets.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "TripMove(LoxLot.trip)";
    }

    @Override
    public String toString() {
        return kind + " " + lots.size() + " lots of " + lots.stream().map(LoxLot::getHospital).distinct().toList()
                + " -> " + targets.stream().distinct().toList();
    }
}
