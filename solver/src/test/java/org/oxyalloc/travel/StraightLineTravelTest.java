package org.oxyalloc.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StraightLineTravelTest {

    @Test
    void haversineMatchesAKnownDistance() {
        // Monas (Jakarta) to central Cilegon: about 88 km as the crow flies.
        double km = StraightLineTravel.haversineKm(new GeoPoint(-6.1754, 106.8272), new GeoPoint(-6.015, 106.049));
        assertThat(km).isCloseTo(88.0, within(4.0));
    }

    @Test
    void appliesTheDetourFactorAndSpeed() {
        Leg leg = new StraightLineTravel(1.5, 50).between(new GeoPoint(0, 0), new GeoPoint(0, 1));
        assertThat(leg.km()).isCloseTo(111.2 * 1.5, within(0.5));
        assertThat(leg.hours()).isCloseTo(leg.km() / 50, within(1e-9));
        assertThat(leg.isReachable()).isTrue();
        assertThat(Leg.UNREACHABLE.isReachable()).isFalse();
    }
}
