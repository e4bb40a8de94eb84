package io.campaignlab.engine.campaigns.forecast;

import io.campaignlab.engine.jobs.CancellationToken;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The targeting comparison on the simulator: simulate, fit the scoring models on the training half
 * ({@link TargetingModels}), then on the held-out half let pCTR, pCVR, uplift and random targeting each spend the same
 * budget and count their true incremental conversions from the planted uplift. The budget is counted in each user's
 * true expected cost, grant cost + coupon share × order value × planted P(convert | coupon), so every strategy pays
 * what its users would really cost (redemptions by users who would have bought anyway included). The uplift
 * strategy's users are then forecast from the models' predictions alone, beside their truth, and the budget curve of
 * the held-out users (predicted inputs; the uplift bagged over the refitted models when there are any, as the
 * forecast's is) gives the points at the budget and at break-even.
 */
public final class TargetingStudy {

    private TargetingStudy() {
    }

    /** The report and the whole budget curve it was read from (for a chart). */
    public record Study(TargetingReport report, BudgetCurve curve) {
    }

    public static TargetingReport run(TargetingSpec spec, CancellationToken cancel) {
        return study(spec, cancel).report();
    }

    /** {@link #run}, keeping the budget curve of the held-out users as well. */
    public static Study study(TargetingSpec spec, CancellationToken cancel) {
        SimulatedAudience audience = SimulatedAudience.simulate(spec.users(), spec.days(), spec.seed(), cancel);
        SplittableRandom split = new SplittableRandom(spec.seed() ^ 0x5B117L);
        boolean[] training = new boolean[audience.size()];
        for (int i = 0; i < training.length; i++) {
            training[i] = split.nextDouble() < TargetingSpec.TRAINING_SHARE;
        }
        TargetingScores scores = new TargetingModels(audience, spec.arm(), spec.seed(), cancel)
                .fit(training, spec.modelReplicates());
        double orderValue = meanBasket(audience, training);
        int[] held = IntStream.range(0, training.length).filter(i -> !training[i]).toArray();
        OfferTerms terms = spec.terms();
        double[] trueUplift = pick(audience.trueUplift(spec.arm()), held);
        double[] trueP = pick(audience.trueTreatedProbability(spec.arm()), held);
        double[] trueCost = new double[held.length];
        double all = 0;
        for (int k = 0; k < held.length; k++) {
            trueCost[k] = terms.grantCost() + terms.couponShare() * orderValue * trueP[k];
            all += trueCost[k];
        }
        double budget = spec.budget() > 0 ? spec.budget() : TargetingSpec.DEFAULT_BUDGET_SHARE * all;
        Map<TargetingStrategy, double[]> byStrategy = new EnumMap<>(TargetingStrategy.class);
        byStrategy.put(TargetingStrategy.PCTR, pick(scores.pctr(), held));
        byStrategy.put(TargetingStrategy.PCVR, pick(scores.pcvr(), held));
        byStrategy.put(TargetingStrategy.UPLIFT, pick(scores.uplift(), held));
        byStrategy.put(TargetingStrategy.RANDOM, TargetingComparison.randomScores(held.length, spec.seed() + 1));
        List<StrategyOutcome> outcomes = TargetingComparison.compare(byStrategy, trueCost, trueUplift, budget);

        AudienceInputs predicted = AudienceInputs.coupon(pick(scores.uplift(), held), pick(scores.pcvr(), held),
                orderValue, terms.marginRate(), terms.grantCost(), terms.couponShare());
        int[] chosen = TargetingComparison.take(byStrategy.get(TargetingStrategy.UPLIFT), trueCost, budget);
        List<double[]> replicates = new ArrayList<>();
        for (double[] r : scores.upliftReplicates()) {
            replicates.add(pick(pick(r, held), chosen));
        }
        CampaignForecast forecast = Forecaster.forecast(predicted.select(chosen), replicates,
                Forecaster.DEFAULT_REPLICATES, spec.seed());
        double truth = 0;
        for (int k : chosen) {
            truth += trueUplift[k];
        }
        BudgetCurve curve = BudgetCurve.of(scores.upliftReplicates().isEmpty() ? predicted
                : AudienceInputs.coupon(pick(Forecaster.bagged(scores.upliftReplicates()), held),
                pick(scores.pcvr(), held), orderValue, terms.marginRate(), terms.grantCost(), terms.couponShare()));
        return new Study(new TargetingReport(audience.size(), held.length, spec.seed(), spec.arm(), terms, orderValue,
                budget, outcomes, forecast, truth, curve.atCost(budget), curve.breakEven()), curve);
    }

    /** The training converters' mean basket before their arm's coupon (spend is net of it). */
    static double meanBasket(SimulatedAudience audience, boolean[] training) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < training.length; i++) {
            if (training[i] && audience.converted()[i] > 0.5f) {
                sum += audience.spend()[i] / (1 - couponShare(audience.groups()[i]));
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalStateException("no training user converted; simulate more users");
        }
        return sum / count;
    }

    /** The coupon's share of the basket in an arm of the simulator's test. */
    static double couponShare(String group) {
        return switch (group) {
            case "coupon_10" -> 0.10;
            case "coupon_20" -> 0.20;
            default -> 0.0;
        };
    }

    static double[] pick(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = values[rows[k]];
        }
        return out;
    }
}
