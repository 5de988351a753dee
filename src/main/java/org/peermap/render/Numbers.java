package org.peermap.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats coordinates the same way on every machine: at most two decimals, no exponent, no "-0". */
public final class Numbers {
    private Numbers() {}

    public static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite coordinate");
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }
}
