package io.campaignlab.app.cli.experiments;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.campaignlab.engine.experiments.AbPlainText;
import io.campaignlab.engine.experiments.AbReadout;
import io.campaignlab.engine.experiments.NetValue;
import io.campaignlab.engine.experiments.BayesianComparison;
import io.campaignlab.engine.experiments.Comparison;
import io.campaignlab.engine.experiments.Cuped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ab --json}: the readout as records written by the CLI's mapper (snake_case names): the health checks, the
 * frequentist results, CUPED and the Bayesian comparisons.
 */
public record AbJson(String dataset, Health health, double srmChi2, double srmP, String correction, List<Result> results,
              List<CupedResult> cuped, List<Bayesian> bayesian,
              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<NetResult> netValue, List<String> plain) {

    public static AbJson of(AbReadout r, List<NetValue> values) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < r.arms().size(); i++) {
            counts.put(r.arms().get(i), r.srm().counts()[i]);
        }
        Health health = new Health(r.srm().chi2(), r.srm().p(), r.blocked(), counts,
                r.overlapUnits() >= 0 ? r.overlapUnits() : null);
        return new AbJson(r.dataset(), health, r.srm().chi2(), r.srm().p(), r.spec().correction().id(),
                r.comparisons().stream().map(Result::of).toList(), r.cuped().stream().map(CupedResult::of).toList(),
                r.bayesian().stream().map(Bayesian::of).toList(), values.stream().map(NetResult::of).toList(),
                AbPlainText.sentences(r, values));
    }

    /** One arm net of its cost: value per unit = revenue − cost (control costs nothing), compared by Welch's t. */
    record NetResult(String arm, double costPerUnit, double costPerConversion, double costPerTreated,
                     double incrementalRevenue, double netDiff, double ciLow, double ciHigh, double pValue,
                     double roi) {

        static NetResult of(NetValue v) {
            Comparison n = v.net();
            return new NetResult(v.arm(), v.costs().perUnit(), v.costs().perConversion(), v.costPerTreated(),
                    v.incrementalRevenue(), n.diff(), n.ciLow(), n.ciHigh(), n.pValue(), v.roi());
        }
    }

    /** Sample ratio and, where units are known, units seen in more than one arm. */
    record Health(double srmChi2, double srmP, boolean srmMismatch, Map<String, Long> counts,
                  @JsonInclude(JsonInclude.Include.NON_NULL) Long overlapUnits) {
    }

    record Result(String arm, String metric, String kind, String method, long nTreatment, long nControl,
                  double meanTreatment, double meanControl, double diff, double ciLow, double ciHigh, double pValue,
                  double pAdjusted, double relLift, double relCiLow, double relCiHigh) {

        static Result of(Comparison c) {
            return new Result(c.arm(), c.metric(), c.kind().id(), c.method(), c.nTreatment(), c.nControl(),
                    c.meanTreatment(), c.meanControl(), c.diff(), c.ciLow(), c.ciHigh(), c.pValue(), c.pAdjusted(),
                    c.relLift(), c.relCiLow(), c.relCiHigh());
        }
    }

    record CupedResult(String arm, String metric, String covariate, double theta, double diff, double ciLow,
                       double ciHigh, double pValue, double varianceReduction) {

        static CupedResult of(Cuped c) {
            Comparison a = c.comparison();
            return new CupedResult(a.arm(), a.metric(), c.covariate(), c.theta(), a.diff(), a.ciLow(), a.ciHigh(),
                    a.pValue(), c.varianceReduction());
        }
    }

    record Bayesian(String arm, String metric, double chanceToBeat, double expectedLoss) {

        static Bayesian of(BayesianComparison b) {
            return new Bayesian(b.arm(), b.metric(), b.chanceToBeat(), b.expectedLoss());
        }
    }
}
