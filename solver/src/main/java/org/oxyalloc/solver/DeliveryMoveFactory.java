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
import org.oxyalloc.domain.Supplier;

/**
 * Random {@link DeliveryMove}s for local search: half reassign one hospital's delivery to another supplier or to
 * shortage, half exchange the suppliers of two hospitals' deliveries (which also swaps a served hospital for a short
 * one, keeping the tanker hours in use).
 */
public final class DeliveryMoveFactory implements MoveIteratorFactory<OxygenAllocation, DeliveryMove> {

    /** Each hospital's lots; entities do not change within a phase, only their suppliers. */
    private List<List<LoxLot>> lotsByHospital = List.of();
    private List<Supplier> suppliers = List.of();

    @Override
    public void phaseStarted(ScoreDirector<OxygenAllocation> scoreDirector) {
        OxygenAllocation solution = scoreDirector.getWorkingSolution();
        Map<Hospital, List<LoxLot>> byHospital = new LinkedHashMap<>();
        solution.getLoxLots().forEach(lot -> byHospital.computeIfAbsent(lot.getHospital(), h -> new ArrayList<>()).add(lot));
        lotsByHospital = List.copyOf(byHospital.values());
        suppliers = solution.getLoxSuppliers();
    }

    @Override
    public long getSize(ScoreDirector<OxygenAllocation> scoreDirector) {
        return (long) lotsByHospital.size() * (suppliers.size() + 1);
    }

    @Override
    public Iterator<DeliveryMove> createOriginalMoveIterator(ScoreDirector<OxygenAllocation> scoreDirector) {
        throw new UnsupportedOperationException("DeliveryMoveFactory makes random moves only; use selectionOrder RANDOM.");
    }

    @Override
    public Iterator<DeliveryMove> createRandomMoveIterator(ScoreDirector<OxygenAllocation> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !lotsByHospital.isEmpty() && !suppliers.isEmpty();
            }

            @Override
            public DeliveryMove next() {
                List<LoxLot> delivery = randomDelivery(random);
                if (lotsByHospital.size() > 1 && random.nextBoolean()) {
                    List<LoxLot> other = randomDelivery(random);
                    if (other.get(0).getHospital() != delivery.get(0).getHospital()
                            && other.get(0).getSupplier() != delivery.get(0).getSupplier()) {
                        return DeliveryMove.exchange(delivery, other);
                    }
                }
                int pick = random.nextInt(suppliers.size() + 1);
                return DeliveryMove.reassign(delivery, pick == suppliers.size() ? null : suppliers.get(pick));
            }
        };
    }

    /** The lots of a random hospital that share the supplier (or shortage) of one of its random lots. */
    private List<LoxLot> randomDelivery(Random random) {
        List<LoxLot> lots = lotsByHospital.get(random.nextInt(lotsByHospital.size()));
        Supplier supplier = lots.get(random.nextInt(lots.size())).getSupplier();
        List<LoxLot> delivery = new ArrayList<>();
        for (LoxLot lot : lots) {
            if (lot.getSupplier() == supplier) {
                delivery.add(lot);
            }
        }
        return delivery;
    }
}
