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
import org.oxyalloc.domain.Supplier;

/**
 * Changes whole deliveries at once: every lot of one hospital that one supplier delivers (or that is short) goes to
 * another supplier (or becomes short), optionally exchanged with another hospital's delivery.
 * <p>
 * A delivery's trips are whole round trips, so moving one lot rarely frees a tanker's hours; only moving every lot
 * of a delivery does. Without this move the local search cannot trade one far delivery for several near ones.
 */
final class DeliveryMove extends AbstractSimplifiedMove<OxygenAllocation> {

    private static final String VARIABLE = "supplier";

    private final List<LoxLot> lots;
    private final List<Supplier> targets;

    private DeliveryMove(List<LoxLot> lots, List<Supplier> targets) {
        this.lots = lots;
        this.targets = targets;
    }

    /** Every lot of the delivery goes to the target supplier; null makes it shortage. */
    static DeliveryMove reassign(List<LoxLot> delivery, Supplier target) {
        List<Supplier> targets = new ArrayList<>(delivery.size());
        delivery.forEach(lot -> targets.add(target));
        return new DeliveryMove(delivery, targets);
    }

    /** Each delivery takes the other's supplier. */
    static DeliveryMove exchange(List<LoxLot> first, List<LoxLot> second) {
        Supplier firstSupplier = first.get(0).getSupplier();
        Supplier secondSupplier = second.get(0).getSupplier();
        List<LoxLot> lots = new ArrayList<>(first.size() + second.size());
        List<Supplier> targets = new ArrayList<>(first.size() + second.size());
        first.forEach(lot -> {
            lots.add(lot);
            targets.add(secondSupplier);
        });
        second.forEach(lot -> {
            lots.add(lot);
            targets.add(firstSupplier);
        });
        return new DeliveryMove(lots, targets);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<OxygenAllocation> scoreDirector) {
        for (int i = 0; i < lots.size(); i++) {
            if (lots.get(i).getSupplier() != targets.get(i)) {
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
            lot.setSupplier(targets.get(i));
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
        return "DeliveryMove(LoxLot.supplier)";
    }

    @Override
    public String toString() {
        return lots.get(0).getHospital() + " " + lots.size() + " lots -> " + targets.stream().distinct().toList();
    }
}
