package io.campaignlab.app.cli.recommend;

import io.campaignlab.engine.recommend.bpr.BprSettings;
import picocli.CommandLine.Option;

/** The matrix factorisation of ALS (and BPR's factors and regularization). */
final class FactorisationOptions {
    @Option(names = "--factors", description = "ALS and BPR factors (default 64 for ALS, 32 for BPR; searched"
            + " unless given).")
    Integer factors;

    @Option(names = "--iterations", defaultValue = "15", description = "ALS iterations (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--regularization", description = "ALS and cdr λ (default 50); BPR L2 per sampled"
            + " triple (default " + BprSettings.DEFAULT_REGULARIZATION + "). Searched unless given.")
    Double regularization;

    @Option(names = "--alpha", description = "ALS confidence 1 + α·r (default 1; searched unless given).")
    Double alpha;
}
