package io.campaignlab.app.bench;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.engine.campaigns.policy.BanditComparison;
import picocli.CommandLine.Command;
import io.campaignlab.views.campaigns.charts.RegretCharts;
import io.campaignlab.views.charts.ChartExport;
import javafx.scene.paint.Color;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code campaign-lab bench bandits}: cumulative regret of Thompson sampling, ε-greedy, greedy and uniform. */
@Command(name = "bandits", description = "Run Thompson sampling, epsilon-greedy (0.1), greedy and uniform through"
        + " simulated streams of K offers with planted conversion rates; print each policy's median cumulative regret"
        + " over seeds at T/10, T/4, T/2 and T.")
public final class BanditsBench extends CliCommand {

    @Option(names = "--rounds", defaultValue = "100000", description = "Rounds T per stream (default:"
            + " ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seeds", defaultValue = "10", description = "Streams, seeds 1..N (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--rates", split = ",", description = "Planted conversion rates, one per offer (default:"
            + " 0.02,0.0275,0.035,0.0425,0.05).")
    List<Double> rates = BanditComparison.DEFAULT_RATES;

    @Option(names = "--chart", paramLabel = "FILE.png", description = "Also draw the median cumulative regret"
            + " curves as a PNG chart (1200 x 720).")
    Path chart;

    @Override
    public Integer call() throws IOException {
        if (rounds < 10 || seeds < 1) {
            err().println("--rounds must be at least 10 and --seeds at least 1");
            return 2;
        }
        BanditComparison.Result result = BanditComparison.run(rates, rounds, seeds, 1);
        Output output = new Output(out());
        if (chart != null) {
            ChartExport.png(ChartExport.titled(RegretCharts.regret(result, Color.web("#1f2328")), String.format(
                    Locale.ROOT, "Cumulative regret: %d offers, median of %d streams", rates.size(), seeds)), chart);
            if (!json()) {
                output.line("Regret chart written to %s", chart.toAbsolutePath());
            }
        }
        if (json()) {
            output.json(result);
            return 0;
        }
        output.line("K = %d offers, rates %s; T = %,d rounds; median over %d seeds of the cumulative regret",
                rates.size(), rates, rounds, seeds);
        BanditComparison.PolicyRegret first = result.policies().get(0);
        output.line("%-22s %s %12s", "policy", first.checkpoints().stream()
                .map(c -> String.format("%10s", "t=" + c.round())).collect(Collectors.joining()), "worst seed");
        for (BanditComparison.PolicyRegret policy : result.policies()) {
            output.line("%-22s %s %12.1f", policy.policy(), policy.checkpoints().stream()
                            .map(c -> String.format(Locale.ROOT, "%10.1f", c.medianRegret()))
                            .collect(Collectors.joining()),
                    policy.finalRegrets().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        }
        output.line("Thompson ends below epsilon-greedy in %d of %d seeds, below uniform in %d", below(result, 1),
                seeds, below(result, result.policies().size() - 1));
        return 0;
    }

    /** Seeds where the first policy (Thompson) ends below policy {@code other}. */
    private static long below(BanditComparison.Result result, int other) {
        List<Double> thompson = result.policies().get(0).finalRegrets();
        List<Double> rival = result.policies().get(other).finalRegrets();
        return java.util.stream.IntStream.range(0, thompson.size())
                .filter(s -> thompson.get(s) < rival.get(s)).count();
    }
}
