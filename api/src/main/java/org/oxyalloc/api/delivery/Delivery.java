package org.oxyalloc.api.delivery;

import java.time.OffsetDateTime;

/**
 * A delivery as recorded, for one planned delivery of a plan.
 *
 * @param plannedKey which planned delivery it is, see {@link PlannedDelivery#key()}
 * @param supplierId the LOX supplier, or the station that refilled
 * @param tankerId the tanker of a LOX delivery; null for refills
 * @param planned what the plan said: tons of LOX, or cylinders
 * @param delivered what arrived, in the same unit
 * @param receivedBy who took it at the hospital
 * @param variance why it differs from the plan; null when it does not
 * @param confirmedAt when the hospital confirmed receipt; null until it does
 */
public record Delivery(long id, long planId, String plannedKey, DeliveryKind kind, String supplierId, String hospitalId,
        String tankerId, Integer tripNumber, double planned, double delivered, OffsetDateTime deliveredAt,
        String receivedBy, Variance variance, String note, OffsetDateTime recordedAt, String recordedBy,
        OffsetDateTime confirmedAt, String confirmedBy) {
}
