package io.campaignlab.app.cli.recommend;

import io.campaignlab.engine.recommend.bpr.BprSettings;
import picocli.CommandLine.Option;

/** The stochastic-gradient fit of BPR and gru4rec. */
final class SgdOptions {
    @Option(names = "--epochs", description = "BPR epochs (default "
            + BprSettings.DEFAULT_EPOCHS + "); gru4rec epochs (default 5).")
    Integer epochs;

    @Option(names = "--learning-rate", description = "BPR and gru4rec Adam step size (default 0.01).")
    Double learningRate;

    @Option(names = "--negatives", description = "BPR negatives per positive and epoch (default 1).")
    Integer negatives;

    @Option(names = "--batch-size", description = "BPR triples per step (default 512); gru4rec"
            + " sessions per batch (default 256).")
    Integer batchSize;
}
