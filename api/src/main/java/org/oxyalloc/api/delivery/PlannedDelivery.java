package org.oxyalloc.api.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oxyalloc.plan.Plan;

/**
 * One delivery a plan promises, the unit that is recorded: a stop of a tanker trip (LOX, tons) or a hospital's
 * refills at a station, through any of its posts (cylinders).
 *
 * @param key what names it within its plan: {@code LOX|supplier|tanker#trip|hospital} or {@code REFILL|station|hospital}
 * @param arrives when the tanker is planned to arrive (hh:mm, "+1" the next day); null for refills
 */
public record PlannedDelivery(String key, DeliveryKind kind, String supplierId, String supplierName, String tankerId,
        Integer trip, String hospitalId, String hospitalName, double planned, String arrives) {

    static String loxKey(String supplierId, String tankerId, int trip, String hospitalId) {
        return DeliveryKind.LOX + "|" + supplierId + "|" + tankerId + "#" + trip + "|" + hospitalId;
    }

    static String refillKey(String stationId, String hospitalId) {
        return DeliveryKind.REFILL + "|" + stationId + "|" + hospitalId;
    }

    /** Every planned delivery of a plan: the tanker stops in the order they are driven, then the refills by hospital. */
    static List<PlannedDelivery> of(Plan plan) {
        List<PlannedDelivery> planned = new ArrayList<>();
        for (Plan.SupplierPlan supplier : plan.suppliers()) {
            for (Plan.TankerDay tanker : supplier.tankers() == null ? List.<Plan.TankerDay>of() : supplier.tankers()) {
                for (Plan.TankerTrip trip : tanker.trips()) {
                    for (Plan.Stop stop : trip.stops()) {
                        planned.add(new PlannedDelivery(loxKey(supplier.id(), tanker.id(), trip.number(), stop.hospitalId()),
                                DeliveryKind.LOX, supplier.id(), supplier.name(), tanker.id(), trip.number(),
                                stop.hospitalId(), stop.hospitalName(), stop.tons(), stop.arrives()));
                    }
                }
            }
        }
        for (Plan.HospitalPlan hospital : plan.hospitals()) {
            Map<String, Integer> cylinders = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (Plan.Refill refill : hospital.refills() == null ? List.<Plan.Refill>of() : hospital.refills()) {
                cylinders.merge(refill.stationId(), refill.cylinders(), Integer::sum);
                names.put(refill.stationId(), refill.stationName());
            }
            cylinders.forEach((station, count) -> planned.add(new PlannedDelivery(refillKey(station, hospital.id()),
                    DeliveryKind.REFILL, station, names.get(station), null, null, hospital.id(), hospital.name(), count,
                    null)));
        }
        return planned;
    }
}
