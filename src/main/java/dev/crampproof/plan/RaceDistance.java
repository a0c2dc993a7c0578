package dev.crampproof.plan;

import java.math.BigDecimal;

/** The race the runner is training for; its length bounds the cramp onset. */
public enum RaceDistance {
    MARATHON(new BigDecimal("26.2"), new BigDecimal("42.2")),
    HALF_MARATHON(new BigDecimal("13.1"), new BigDecimal("21.1"));

    private final BigDecimal miles;
    private final BigDecimal kilometers;

    RaceDistance(BigDecimal miles, BigDecimal kilometers) {
        this.miles = miles;
        this.kilometers = kilometers;
    }

    public BigDecimal length(MileageUnit unit) {
        return unit == MileageUnit.MILES ? miles : kilometers;
    }
}
