package io.campaignlab.app.cli.experiments;

import io.campaignlab.engine.campaigns.ope.OffPolicyEstimate;
import io.campaignlab.engine.campaigns.ope.OpeResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ope --json}: the three estimates with their intervals, the units, the arms' propensities used and the
 * policy's shares, written by the CLI's mapper (snake_case names).
 */
record OpeJson(String dataset, String policy, int n, List<String> arms, Map<String, Double> propensities,
               String propensitySource, Map<String, Double> policyShares, double loggedMean, Estimate ips,
               Estimate snips, Estimate dr, double directMethod, double effectiveSampleSize, String outcomeModel,
               List<String> features, int folds, long seed, List<String> warnings, double seconds) {

    static OpeJson of(OpeResult r) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int a = 0; a < r.arms().size(); a++) {
            shares.put(r.arms().get(a), r.estimates().policyShares()[a]);
        }
        return new OpeJson(r.spec().dataset(), r.spec().policyName(), r.units(), r.arms(), r.propensities(),
                r.propensitySource(), shares, r.loggedMean(), Estimate.of(r.estimates().ips()),
                Estimate.of(r.estimates().snips()), Estimate.of(r.estimates().dr()), r.estimates().directMethod(),
                r.estimates().effectiveSampleSize(), r.outcomeModel(), r.features(), r.spec().folds(),
                r.spec().seed(), r.warnings(), r.seconds());
    }

    /** One estimate with its standard error and 95% interval. */
    record Estimate(double estimate, double se, double ciLow, double ciHigh) {

        static Estimate of(OffPolicyEstimate e) {
            return new Estimate(e.estimate(), e.standardError(), e.ciLow(), e.ciHigh());
        }
    }
}
