package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.forecast.AudienceInputs;
import io.campaignlab.engine.campaigns.forecast.BudgetCurve;
import io.campaignlab.engine.campaigns.forecast.CampaignForecast;
import io.campaignlab.engine.campaigns.forecast.Forecaster;
import io.campaignlab.engine.campaigns.forecast.OfferTerms;
import io.campaignlab.engine.campaigns.forecast.SimulatedAudience;
import io.campaignlab.engine.campaigns.forecast.StrategyOutcome;
import io.campaignlab.engine.campaigns.forecast.TargetingComparison;
import io.campaignlab.engine.campaigns.forecast.TargetingStrategy;
import io.campaignlab.engine.campaigns.ope.CrossFitter;
import io.campaignlab.engine.campaigns.ope.LoggedBandit;
import io.campaignlab.engine.campaigns.ope.OffPolicyEvaluation;
import io.campaignlab.engine.campaigns.ope.OpeEstimates;
import io.campaignlab.engine.campaigns.ope.OutcomeRegression;
import io.campaignlab.engine.campaigns.ope.PolicyJson;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.NumericTransform;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.views.campaigns.forecast.ForecastFigures;
import io.campaignlab.views.campaigns.forecast.ForecastSource;
import io.campaignlab.views.campaigns.forecast.OpeFigures;
import io.campaignlab.views.campaigns.forecast.StudyForecastSource;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Real engine figures for the Campaigns panes, computed in memory (no workspace): the forecaster, budget curve and
 * targeting comparison on a small simulated audience, and the off-policy evaluation of the default policy on the
 * same simulator's coupon test.
 */
public final class CampaignPanelsFixtures {

    public static final List<String> ARMS = List.of("control", "coupon_10", "coupon_20");
    static final FeatureSpec FEATURES = new FeatureSpec(List.of(FieldSpec.categorical("age_band"),
            FieldSpec.categorical("region"), FieldSpec.categorical("device"),
            FieldSpec.numeric("history_spend", NumericTransform.LOG1P),
            FieldSpec.numeric("history_orders", NumericTransform.QUANTILE_BUCKETS),
            FieldSpec.numeric("recency_days", NumericTransform.QUANTILE_BUCKETS),
            FieldSpec.numeric("visits", NumericTransform.QUANTILE_BUCKETS)), null);

    private CampaignPanelsFixtures() {
    }

    /**
     * The forecast of a coupon_20 campaign on {@code users} simulated users, with the engine's forecaster, budget
     * curve and targeting comparison fed with the simulator's planted probabilities (the views' tests have no
     * deep-learning engine to fit the study's models): uplift and pCVR are the planted uplift and P(buy | coupon),
     * pCTR each user's observed click rate on ads; and the OPE on {@code logged} other users. A job, as the GUI runs
     * it.
     */
    public static ForecastSource source(int users, int logged, long seed) {
        return (workspace, campaign) -> Job.of("forecast", "Forecast of " + campaign, (progress, cancel) -> {
            return figures(campaign, users, logged, seed, cancel);
        });
    }

    static ForecastFigures figures(String campaign, int users, int logged, long seed, CancellationToken cancel) {
        SimulatedAudience a = SimulatedAudience.simulate(users, 1, seed, cancel);
        OfferTerms terms = OfferTerms.defaults();
        double orderValue = 60;
        double[] uplift = a.trueUplift("coupon_20");
        double[] treated = a.trueTreatedProbability("coupon_20");
        AudienceInputs inputs = AudienceInputs.coupon(uplift, treated, orderValue, terms.marginRate(),
                terms.grantCost(), terms.couponShare());
        double[] cost = new double[users];
        double all = 0;
        for (int i = 0; i < users; i++) {
            cost[i] = inputs.cost(i);
            all += cost[i];
        }
        double budget = 0.2 * all;
        Map<TargetingStrategy, double[]> scores = new EnumMap<>(TargetingStrategy.class);
        scores.put(TargetingStrategy.PCTR, clickRates(a));
        scores.put(TargetingStrategy.PCVR, treated);
        scores.put(TargetingStrategy.UPLIFT, uplift);
        scores.put(TargetingStrategy.RANDOM, TargetingComparison.randomScores(users, seed));
        List<StrategyOutcome> outcomes = TargetingComparison.compare(scores, cost, uplift, budget);
        int[] chosen = TargetingComparison.take(uplift, cost, budget);
        CampaignForecast forecast = Forecaster.forecast(inputs.select(chosen), 500, seed);
        BudgetCurve curve = BudgetCurve.of(inputs);
        return new ForecastFigures(campaign, "Simulated audience, planted scores", forecast,
                Arrays.asList(curve.points()), budget, curve.atBudget(budget), curve.breakEven(), outcomes,
                ope(logged, seed + 1, cancel), null);
    }

    /** Each user's share of clicked ad impressions (0 without any). */
    static double[] clickRates(SimulatedAudience a) {
        double[] clicks = new double[a.size()];
        double[] shown = new double[a.size()];
        for (int r = 0; r < a.clicked().length; r++) {
            clicks[a.impressionUser()[r]] += a.clicked()[r];
            shown[a.impressionUser()[r]]++;
        }
        for (int i = 0; i < clicks.length; i++) {
            clicks[i] = shown[i] > 0 ? clicks[i] / shown[i] : 0;
        }
        return clicks;
    }

    /** The default policy evaluated on a simulated coupon test of {@code users} users (1/3 per arm). */
    public static OpeFigures ope(int users, long seed, CancellationToken cancel) {
        SimulatedAudience a = SimulatedAudience.simulate(users, 1, seed, cancel);
        int[] arm = Arrays.stream(a.groups()).mapToInt(ARMS::indexOf).toArray();
        double[] p = new double[arm.length];
        Arrays.fill(p, 1.0 / 3);
        double[] reward = new double[arm.length];
        double mean = 0;
        for (int i = 0; i < reward.length; i++) {
            reward[i] = a.converted()[i];
            mean += reward[i] / reward.length;
        }
        LoggedBandit log = new LoggedBandit(ARMS, arm, p, reward);
        double[][] target = PolicyJson.parse(StudyForecastSource.DEFAULT_POLICY).probabilities(a.users(), ARMS);
        OpeEstimates e = OffPolicyEvaluation.evaluate(a.users(), FEATURES, log, target,
                new CrossFitter(CrossFitter.DEFAULT_FOLDS, OutcomeRegression.DEFAULT_LAMBDA, seed), cancel);
        return new OpeFigures(StudyForecastSource.DEFAULT_POLICY_NAME, "simulated coupon test", users, mean, e);
    }
}
