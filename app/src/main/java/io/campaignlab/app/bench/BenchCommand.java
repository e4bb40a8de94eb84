package io.campaignlab.app.bench;

import io.campaignlab.app.command.CommandGroup;
import picocli.CommandLine.Command;

/**
 * {@code campaign-lab bench import|train|explain|recommend|frames|recommenders|targeting|bandits|decide}: benchmarks that print
 * figures.
 */
@Command(name = "bench", description = "Benchmarks that print figures.", subcommands = {ImportBench.class,
        TrainBench.class, ExplainBench.class, RecommendBench.class, FramesBench.class,
        RecommendersBench.class, TargetingBench.class, BanditsBench.class, DecideBench.class})
public final class BenchCommand extends CommandGroup {
}
