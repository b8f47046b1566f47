package org.oxyalloc.bound;

import java.util.ArrayList;
import java.util.Comparator;
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

    static void assign(OxygenAllocation allocation, Network lox, long[] loxFlows, Network cylinders, long[] cylinderFlows) {
        Map<Hospital, List<LoxLot>> lots = new HashMap<>();
        allocation.getLoxLots().forEach(l -> lots.computeIfAbsent(l.getHospital(), h -> new ArrayList<>()).add(l));
        Map<Hospital, List<RefillBatch>> batches = new HashMap<>();
        allocation.getRefillBatches().forEach(b -> batches.computeIfAbsent(b.getHospital(), h -> new ArrayList<>()).add(b));
        for (Relaxation.Delivery delivery : lox.deliveries()) {
            long left = loxFlows[delivery.arc()];
            for (LoxLot lot : lots.getOrDefault(delivery.hospital(), List.of())) {
                if (lot.getSupplier() == null && lot.getKg() <= left) {
                    lot.setSupplier(delivery.supplier());
                    left -= lot.getKg();
                }
            }
        }
        for (Relaxation.Delivery delivery : cylinders.deliveries()) {
            long left = cylinderFlows[delivery.arc()];
            for (RefillBatch batch : batches.getOrDefault(delivery.hospital(), List.of())) {
                if (batch.getRoute() == null && batch.getCylinders() <= left) {
                    batch.setRoute(delivery.route());
                    left -= batch.getCylinders();
                }
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
