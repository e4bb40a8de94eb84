package io.campaignlab.engine.campaigns.forecast;

import io.campaignlab.engine.campaigns.Offer;

import java.util.ArrayList;
import java.util.List;

/**
 * A coupon offer the forecast has a model of, over the scored users: its uplift run's point scores and refits, the
 * conversion probability with it (the holdout rate plus the uplift), and its costs.
 *
 * @param offer          the coupon
 * @param run            the uplift run scoring it
 * @param uplift         the point model's uplift per scored user, clamped to [−1, 1]
 * @param replicates     the refitted models' uplift per scored user (empty when none), clamped
 * @param holdoutRate    the conversion rate without an offer
 * @param orderValue     the value of a conversion before the coupon
 * @param marginRate     the gross margin of an order as a share of its value
 */
record PricedOffer(Offer offer, long run, double[] uplift, List<double[]> replicates, double holdoutRate,
                   double orderValue, double marginRate) {

    static double[] clamped(double[] uplift) {
        double[] out = new double[uplift.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(-1, Math.min(1, uplift[i]));
        }
        return out;
    }

    /** What a converting grant costs on top of the grant: the coupon's value and the per-conversion cost. */
    double conversionCost() {
        double perConversion = offer.cost() == null || offer.cost().perConversion() == null ? 0
                : offer.cost().perConversion();
        double coupon = offer.amount() != null ? offer.amount() : orderValue * offer.percent() / 100.0;
        return coupon + perConversion;
    }

    /** The per-grant cost, in money, rounded to the cent as the budget counts it. */
    double grantCost() {
        return io.campaignlab.engine.campaigns.Cents.grant(offer) / 100.0;
    }

    /** The bagged uplift (mean of the refits) when there are refits, else the point uplift. */
    double[] bagged() {
        return replicates.isEmpty() ? uplift : Forecaster.bagged(replicates);
    }

    /**
     * The forecast inputs of serving this offer to user i with probability {@code weight[i]}: every per-user
     * quantity is the expectation over that draw (uplift, conversion probability and grant cost times the weight).
     */
    AudienceInputs inputs(double[] scores, double[] weight) {
        int n = scores.length;
        double[] u = new double[n];
        double[] p = new double[n];
        double[] g = new double[n];
        double[] value = new double[n];
        double[] margin = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = weight[i] * scores[i];
            p[i] = weight[i] * Math.max(0, Math.min(1, holdoutRate + scores[i]));
            g[i] = weight[i] * grantCost();
            value[i] = orderValue;
            margin[i] = marginRate;
            c[i] = conversionCost();
        }
        return new AudienceInputs(u, p, value, margin, g, c);
    }

    /** {@link #inputs} for each refitted model. */
    List<double[]> weightedReplicates(double[] weight) {
        List<double[]> out = new ArrayList<>();
        for (double[] r : replicates) {
            double[] w = new double[r.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = weight[i] * r[i];
            }
            out.add(w);
        }
        return out;
    }

    /** The sum of several offers' inputs for the same users: what serving them with their weights yields. */
    static AudienceInputs sum(List<AudienceInputs> parts) {
        int n = parts.get(0).users();
        double[] u = new double[n];
        double[] p = new double[n];
        double[] g = new double[n];
        double[] value = new double[n];
        double[] margin = new double[n];
        double[] redemption = new double[n];
        for (AudienceInputs a : parts) {
            for (int i = 0; i < n; i++) {
                u[i] += a.uplift()[i];
                p[i] += a.treatedProbability()[i];
                g[i] += a.grantCost()[i];
                redemption[i] += a.treatedProbability()[i] * a.conversionCost()[i];
                value[i] = a.orderValue()[i];
                margin[i] = a.marginRate()[i];
            }
        }
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = p[i] > 0 ? redemption[i] / p[i] : 0;
            p[i] = Math.min(1, p[i]);
        }
        return new AudienceInputs(u, p, value, margin, g, c);
    }

    /** The element-wise sum of vectors of the same length. */
    static double[] add(List<double[]> vectors) {
        double[] out = new double[vectors.get(0).length];
        for (double[] v : vectors) {
            for (int i = 0; i < out.length; i++) {
                out[i] += v[i];
            }
        }
        return out;
    }
}
