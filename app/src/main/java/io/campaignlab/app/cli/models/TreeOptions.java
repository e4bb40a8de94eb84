package io.campaignlab.app.cli.models;

import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.gbdt.GbdtSettings;
import picocli.CommandLine.Option;

/** The gradient-boosted trees' settings of {@code train --model gbdt}; each left out keeps its default. */
public final class TreeOptions {

    @Option(names = "--rounds", description = "gbdt: most boosting rounds, one tree each (default 1000).")
    Integer rounds;

    @Option(names = "--depth", description = "gbdt: deepest tree (default 3).")
    Integer depth;

    @Option(names = "--eta", description = "gbdt: shrinkage of each tree, the learning rate (default 0.05).")
    Double eta;

    @Option(names = "--min-child-weight", description = "gbdt: least hessian mass in a leaf (default 10).")
    Double minChildWeight;

    @Option(names = "--subsample", description = "gbdt: share of training rows each tree sees, in (0, 1] (default 0.8).")
    Double subsample;

    @Option(names = "--lambda", description = "gbdt: L2 penalty on leaf weights (default 1).")
    Double lambda;

    @Option(names = "--early-stopping", paramLabel = "ROUNDS", description = "gbdt: rounds without a better validation AUC before stopping (default 30).")
    Integer earlyStopping;

    /** The settings: the defaults with each given option applied. */
    GbdtSettings settings() {
        GbdtSettings s = GbdtSettings.defaults();
        s = rounds == null ? s : s.withRounds(rounds);
        s = depth == null ? s : s.withMaxDepth(depth);
        s = eta == null ? s : s.withEta(eta);
        s = minChildWeight == null ? s : s.withMinChildWeight(minChildWeight);
        s = subsample == null ? s : s.withSubsample(subsample);
        s = lambda == null ? s : s.withLambda(lambda);
        return earlyStopping == null ? s : s.withEarlyStopping(earlyStopping);
    }

    /** Refuses tree options for a network, naming the first given. */
    void refuseUnless(ModelKind kind) {
        Object[][] given = {{"--rounds", rounds}, {"--depth", depth}, {"--eta", eta},
                {"--min-child-weight", minChildWeight}, {"--subsample", subsample}, {"--lambda", lambda},
                {"--early-stopping", earlyStopping}};
        for (Object[] option : given) {
            if (option[1] != null) {
                throw new IllegalArgumentException(option[0] + " is a gbdt setting; --model " + kind.id()
                        + " does not use it");
            }
        }
    }
}
