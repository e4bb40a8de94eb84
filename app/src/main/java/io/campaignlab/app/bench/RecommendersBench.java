package io.campaignlab.app.bench;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.command.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code campaign-lab bench recommenders}: the ALS and BPR settings sweep behind their defaults. */
@Command(name = "recommenders", description = "Sweep ALS and BPR settings on"
        + " simulator events (leave-last-out, K = 20); print recall and NDCG and the gain over popularity with its"
        + " paired standard error, per setting (minutes).")
public final class RecommendersBench extends CliCommand {

    @Mixin
    SweepSimulationOptions simulation;

    @Option(names = "--only", split = ",", defaultValue = "als,bpr", description = "Families to sweep (default:"
            + " ${DEFAULT-VALUE}).")
    List<String> families;

    @Override
    public Integer call() throws Exception {
        Output output = new Output(out());
        SweepSimulationOptions sim = simulation;
        List<RecommenderSweep.Result> results = RecommenderSweep.run(sim.users, sim.days, sim.seed, families, r -> {
            if (!json()) {
                output.line("%-28s recall@%d %.4f ndcg@%d %.4f fit %5.1f s  gain over popularity: recall %+.4f"
                                + " (SE %.4f, z %.1f), ndcg %+.4f (SE %.4f)", r.setting(), RecommenderSweep.K,
                        r.recall(), RecommenderSweep.K, r.ndcg(), r.fitSeconds(), r.recallGain(), r.recallGainSe(),
                        r.recallGain() / r.recallGainSe(), r.ndcgGain(), r.ndcgGainSe());
            }
        });
        if (json()) {
            output.json(new Sweep(sim.users, sim.days, sim.seed, RecommenderSweep.K, results));
        }
        return 0;
    }

    record Sweep(int users, int days, long seed, int k, List<RecommenderSweep.Result> results) {
    }
}
