package io.campaignlab.engine.campaigns.decide;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money in the campaign's units to integer cents, the budget ledger's unit. */
final class Cents {

    private Cents() {
    }

    /** A cost, rounded half-up to the cent; 0 for null. */
    static long cost(Double money) {
        return money == null ? 0 : BigDecimal.valueOf(money).setScale(2, RoundingMode.HALF_UP).movePointRight(2)
                .longValueExact();
    }

    /** A budget, rounded down to the cent, so that granting up to it never passes the money set. */
    static long budget(double money) {
        return BigDecimal.valueOf(money).setScale(2, RoundingMode.FLOOR).movePointRight(2).longValueExact();
    }
}
