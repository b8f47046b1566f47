package org.oxyalloc.travel;

/** A place on the earth in degrees: latitude (-90 to 90), longitude (-180 to 180). */
public record GeoPoint(double lat, double lon) {
}
