package org.oxyalloc.domain;

/** Physical conversions, with the field conventions of the domain brief. */
public final class Oxygen {

    /** Field convention: 1 t of LOX fills about 125 cylinders of 6 m³, so one cylinder holds 8 kg. */
    public static final long KG_PER_CYLINDER = 8;
    /** 1 t of LOX gives about 750 m³ of gas at 20 °C. */
    public static final double GAS_M3_PER_TON = 750.0;

    private Oxygen() {
    }

    public static long tonsToKg(double tons) {
        return Math.round(tons * 1000.0);
    }

    public static double kgToTons(long kg) {
        return kg / 1000.0;
    }
}
