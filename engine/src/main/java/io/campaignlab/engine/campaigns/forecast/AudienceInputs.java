package io.campaignlab.engine.campaigns.forecast;

import java.util.Arrays;

/**
 * Per-user inputs of a forecast, one entry per user of the audience.
 *
 * @param uplift             the predicted incremental conversion probability the offer causes (from an uplift model)
 * @param treatedProbability the predicted conversion probability with the offer (a response model): redemption
 *                           costs are paid on every converting grant, incremental or not
 * @param orderValue         the value of a conversion (order value, before the offer's discount)
 * @param marginRate         the gross margin of an order as a share of its value, in [0, 1]
 * @param grantCost          the offer's cost per grant (delivery, a voucher's fixed fee), paid for every user reached:
 *                           the budget spend of granting the user ({@link io.campaignlab.engine.campaigns.Cents#grant})
 * @param conversionCost     the offer's cost per conversion (a coupon's value, redeemed only on purchase)
 */
public record AudienceInputs(double[] uplift, double[] treatedProbability, double[] orderValue, double[] marginRate,
                             double[] grantCost, double[] conversionCost) {

    public AudienceInputs {
        int n = uplift.length;
        if (treatedProbability.length != n || orderValue.length != n || marginRate.length != n
                || conversionCost.length != n || grantCost.length != n) {
            throw new IllegalArgumentException("every per-user input needs one value per user (" + n + ")");
        }
        check("grantCost", grantCost, 0, Double.MAX_VALUE);
        check("uplift", uplift, -1, 1);
        check("treatedProbability", treatedProbability, 0, 1);
        check("orderValue", orderValue, 0, Double.MAX_VALUE);
        check("marginRate", marginRate, 0, 1);
        check("conversionCost", conversionCost, 0, Double.MAX_VALUE);
    }

    /** The same grant cost for every user. */
    public AudienceInputs(double[] uplift, double[] treatedProbability, double[] orderValue, double[] marginRate,
                          double grantCost, double[] conversionCost) {
        this(uplift, treatedProbability, orderValue, marginRate, filled(uplift.length, grantCost), conversionCost);
    }

    /**
     * A percentage coupon redeemed on purchase: every user has the same order value and margin rate, and a
     * conversion costs {@code couponShare × orderValue}.
     */
    public static AudienceInputs coupon(double[] uplift, double[] treatedProbability, double orderValue,
                                        double marginRate, double grantCost, double couponShare) {
        int n = uplift.length;
        return new AudienceInputs(uplift, treatedProbability, filled(n, orderValue), filled(n, marginRate), grantCost,
                filled(n, couponShare * orderValue));
    }

    public int users() {
        return uplift.length;
    }

    /** The expected incremental margin of granting user i: uplift × order value × margin rate. */
    public double incrementalMargin(int i) {
        return uplift[i] * orderValue[i] * marginRate[i];
    }

    /** The expected cost of granting user i: the grant cost plus P(convert | offer) × cost per conversion. */
    public double cost(int i) {
        return grantCost[i] + treatedProbability[i] * conversionCost[i];
    }

    /** What granting user i charges the campaign's budget: the grant cost only (redemptions come later). */
    public double budgetSpend(int i) {
        return grantCost[i];
    }

    /** The same inputs for the given users only, in the given order. */
    public AudienceInputs select(int[] users) {
        return new AudienceInputs(pick(uplift, users), pick(treatedProbability, users), pick(orderValue, users),
                pick(marginRate, users), pick(grantCost, users), pick(conversionCost, users));
    }

    private static double[] pick(double[] values, int[] users) {
        double[] out = new double[users.length];
        for (int i = 0; i < users.length; i++) {
            out[i] = values[users[i]];
        }
        return out;
    }

    private static double[] filled(int n, double value) {
        double[] out = new double[n];
        Arrays.fill(out, value);
        return out;
    }

    private static void check(String name, double[] values, double low, double high) {
        for (double v : values) {
            if (!(v >= low && v <= high)) {
                throw new IllegalArgumentException(name + " values must lie in [" + low + ", " + high + "], found "
                        + v);
            }
        }
    }
}
