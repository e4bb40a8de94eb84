package io.campaignlab.engine.models.gbdt;

import java.util.Map;

/**
 * The settings of gradient-boosted trees (XGBoost's names in brackets).
 * <p>
 * The defaults were chosen on two data sets only, by validation AUC: the simulator's impressions ({@code simulate
 * --users 5000 --days 28 --seed 3}, {@code --behaviour events}) and criteo-10k (deciles and {@code cat=5}), random
 * split, seed 42, eta 0.05, subsample 0.8, lambda 1. Depth 3 / 6 by min child weight 1 / 10 gave validation AUC
 * 0.7166 / 0.7170 / 0.7102 / 0.7134 on the simulator and 0.7419 / 0.7470 / 0.7519 / 0.7508 on criteo (d3 m1, d3 m10,
 * d6 m1, d6 m10). Depth 6 with min child weight 10 (mean 0.7321) and depth 3 with 10 (mean 0.7320) tied; the
 * shallower trees were kept, as they over-fit fewer interactions and score faster.
 *
 * @param rounds         most boosting rounds, one tree each ({@code num_boost_round})
 * @param maxDepth       deepest tree ({@code max_depth})
 * @param eta            shrinkage of each tree's contribution ({@code eta})
 * @param minChildWeight least hessian mass in a leaf ({@code min_child_weight})
 * @param subsample      share of training rows each tree sees ({@code subsample})
 * @param lambda         L2 penalty on leaf weights ({@code lambda})
 * @param earlyStopping  rounds without a better validation AUC before stopping ({@code early_stopping_rounds})
 */
public record GbdtSettings(int rounds, int maxDepth, double eta, double minChildWeight, double subsample,
                           double lambda, int earlyStopping) {

    public GbdtSettings {
        if (rounds < 1 || maxDepth < 1 || earlyStopping < 1) {
            throw new IllegalArgumentException("GBDT rounds, depth and early-stopping rounds must be at least 1"
                    + " (rounds " + rounds + ", depth " + maxDepth + ", early stopping " + earlyStopping + ")");
        }
        if (!(eta > 0 && eta <= 1) || !(subsample > 0 && subsample <= 1)) {
            throw new IllegalArgumentException("GBDT eta and subsample must be above 0 and at most 1 (eta " + eta
                    + ", subsample " + subsample + ")");
        }
        if (!(minChildWeight >= 0) || !(lambda >= 0) || Double.isInfinite(minChildWeight)
                || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("GBDT min child weight and lambda must be 0 or more (min child weight "
                    + minChildWeight + ", lambda " + lambda + ")");
        }
    }

    public static GbdtSettings defaults() {
        return new GbdtSettings(1000, 3, 0.05, 10, 0.8, 1, 30);
    }

    public GbdtSettings withRounds(int value) {
        return new GbdtSettings(value, maxDepth, eta, minChildWeight, subsample, lambda, earlyStopping);
    }

    public GbdtSettings withMaxDepth(int value) {
        return new GbdtSettings(rounds, value, eta, minChildWeight, subsample, lambda, earlyStopping);
    }

    public GbdtSettings withEta(double value) {
        return new GbdtSettings(rounds, maxDepth, value, minChildWeight, subsample, lambda, earlyStopping);
    }

    public GbdtSettings withMinChildWeight(double value) {
        return new GbdtSettings(rounds, maxDepth, eta, value, subsample, lambda, earlyStopping);
    }

    public GbdtSettings withSubsample(double value) {
        return new GbdtSettings(rounds, maxDepth, eta, minChildWeight, value, lambda, earlyStopping);
    }

    public GbdtSettings withLambda(double value) {
        return new GbdtSettings(rounds, maxDepth, eta, minChildWeight, subsample, value, earlyStopping);
    }

    public GbdtSettings withEarlyStopping(int value) {
        return new GbdtSettings(rounds, maxDepth, eta, minChildWeight, subsample, lambda, value);
    }

    /** What each setting does, for tooltips and help, keyed by record component name. */
    public static final Map<String, String> HELP = Map.of(
            "rounds", "Most boosting rounds (one tree each); early stopping usually ends sooner.",
            "maxDepth", "Deepest tree. Deeper trees learn higher-order interactions and over-fit sooner.",
            "eta", "Shrinkage of each tree (learning rate). Smaller needs more rounds and generalises better.",
            "minChildWeight", "Least hessian mass (about p(1−p) summed over rows) a leaf may hold; larger is more"
                    + " conservative.",
            "subsample", "Share of training rows each tree is grown on, drawn with the seed; below 1 fights"
                    + " over-fitting.",
            "lambda", "L2 penalty on the leaf weights; larger shrinks rare-pattern leaves.",
            "earlyStopping", "Rounds without a better validation AUC before stopping; the best round is kept.");
}
