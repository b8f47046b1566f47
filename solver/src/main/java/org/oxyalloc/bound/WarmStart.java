package org.oxyalloc.bound;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oxyalloc.bound.Relaxation.Network;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.domain.Supplier;

/** Turns the relaxation's flows into assigned lots and batches, then repairs the tanker hours the flow ignored. */
final class WarmStart {

    private WarmStart() {
    }

    /**
     * @param loxFlows flow per arc of the LOX network, in whole lots
     * @param cylinderFlows flow per arc of the refill network, in whole batches
     */
    static void assign(OxygenAllocation allocation, Network lox, long[] loxFlows, Network cylinders, long[] cylinderFlows) {
        Map<Hospital, Deque<LoxLot>> lots = new HashMap<>();
        allocation.getLoxLots().stream().filter(l -> l.getSupplier() == null)
                .forEach(l -> lots.computeIfAbsent(l.getHospital(), h -> new ArrayDeque<>()).add(l));
        Map<Hospital, Deque<RefillBatch>> batches = new HashMap<>();
        allocation.getRefillBatches().stream().filter(b -> b.getRoute() == null)
                .forEach(b -> batches.computeIfAbsent(b.getHospital(), h -> new ArrayDeque<>()).add(b));
        // One lot per unit of flow, in the order they were split: what fits the tank or the empties comes first.
        for (Relaxation.Delivery delivery : lox.deliveries()) {
            Deque<LoxLot> left = lots.getOrDefault(delivery.hospital(), new ArrayDeque<>());
            for (long unit = 0; unit < loxFlows[delivery.arc()] && !left.isEmpty(); unit++) {
                left.poll().setSupplier(delivery.supplier());
            }
        }
        for (Relaxation.Delivery delivery : cylinders.deliveries()) {
            Deque<RefillBatch> left = batches.getOrDefault(delivery.hospital(), new ArrayDeque<>());
            for (long unit = 0; unit < cylinderFlows[delivery.arc()] && !left.isEmpty(); unit++) {
                left.poll().setRoute(delivery.route());
            }
        }
        fitTankerHours(allocation);
    }

    /**
     * Drops whole deliveries of a supplier whose round trips exceed its tanker hours, those that take the most
     * driving per kg first, until the rest fits.
     */
    private static void fitTankerHours(OxygenAllocation allocation) {
        Map<Supplier, Map<Hospital, List<LoxLot>>> deliveries = new LinkedHashMap<>();
        for (LoxLot lot : allocation.getLoxLots()) {
            if (lot.getSupplier() != null) {
                deliveries.computeIfAbsent(lot.getSupplier(), s -> new LinkedHashMap<>())
                        .computeIfAbsent(lot.getHospital(), h -> new ArrayList<>()).add(lot);
            }
        }
        deliveries.forEach((supplier, byHospital) -> {
            Map<Hospital, Long> minutes = new HashMap<>();
            Map<Hospital, Long> kg = new HashMap<>();
            byHospital.forEach((hospital, lots) -> {
                long total = lots.stream().mapToLong(LoxLot::getKg).sum();
                kg.put(hospital, total);
                minutes.put(hospital, supplier.tripsFor(total) * supplier.roundTripMinutes(hospital));
            });
            long used = minutes.values().stream().mapToLong(Long::longValue).sum();
            List<Hospital> costliestFirst = new ArrayList<>(byHospital.keySet());
            costliestFirst.sort(Comparator.comparingDouble((Hospital h) -> (double) minutes.get(h) / kg.get(h)).reversed());
            for (Hospital hospital : costliestFirst) {
                if (used <= supplier.getFleetMinutesPerDay()) {
                    break;
                }
                byHospital.get(hospital).forEach(lot -> lot.setSupplier(null));
                used -= minutes.get(hospital);
            }
        });
    }
}
