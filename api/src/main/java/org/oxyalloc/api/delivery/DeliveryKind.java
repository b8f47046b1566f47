package org.oxyalloc.api.delivery;

/** LOX unloaded at a tanker trip's stop (tons), or a hospital's cylinders refilled at a station (cylinders). */
public enum DeliveryKind {
    LOX,
    REFILL
}
