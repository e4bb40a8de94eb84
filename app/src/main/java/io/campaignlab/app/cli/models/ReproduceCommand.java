package io.campaignlab.app.cli.models;

import io.campaignlab.app.cli.recommend.RecommendReproduce;
import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.models.TrainingJob;
import io.campaignlab.engine.models.TrainingOutcome;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code campaign-lab reproduce RUN} */
@Command(name = "reproduce", description = "Retrain a stored run from its recorded dataset, features, split, parameters and seed (a recommender run"
        + " replays its settings search too), and report whether the metrics match.")
public final class ReproduceCommand extends WorkspaceCommand {

    static final List<String> COMPARED = List.of("auc", "logloss", "pr_auc", "ece");

    @Parameters(index = "0", paramLabel = "RUN", description = "The run to reproduce.")
    long runId;

    @Option(names = "--tolerance", defaultValue = "1e-6", description = "Largest absolute difference that still matches (default ${DEFAULT-VALUE}).")
    double tolerance;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        RunRecord original = services.runs().require(runId);
        if (RecommendReproduce.handles(original)) {
            return RecommendReproduce.run(this, services, output, options.json(), original, tolerance);
        }
        TrainingRequest request = TrainingJob.requestOf(original);
        DatasetInfo dataset = services.datasets().require(request.dataset());
        boolean sameData = dataset.sha256().equals(original.spec().datasetSha256());
        TrainingOutcome again = RunJobs.train(this, services, request, !options.json());
        List<RunMetric> before = services.runs().metrics(runId);
        List<RunMetric> after = services.runs().metrics(again.runId());
        Map<String, Difference> diffs = new LinkedHashMap<>();
        boolean match = sameData;
        for (String split : List.of("val", "test")) {
            for (String name : COMPARED) {
                Double a = RunMetric.finalValue(before, split, name);
                Double b = RunMetric.finalValue(after, split, name);
                if (a == null || b == null) {
                    continue;
                }
                diffs.put(split + "_" + name, new Difference(a, b, Math.abs(a - b)));
                match &= Math.abs(a - b) <= tolerance;
            }
        }
        if (options.json()) {
            output.json(new Reproduction(runId, again.runId(), sameData, again.device(), diffs, match));
        } else {
            output.line("Run %d reproduced as run %d on %s: %s.", runId, again.runId(), again.device(),
                    match ? "metrics match" : "metrics DIFFER");
            if (!sameData) {
                output.line("  The dataset %s has changed since run %d (SHA-256 differs).", dataset.name(), runId);
            }
            diffs.forEach((metric, d) -> output.line("  %-14s %.6f → %.6f (|Δ| %.2e)", metric, d.original(),
                    d.reproduced(), d.difference()));
        }
        return match ? 0 : 3;
    }

    /** {@code reproduce --json}: the run, its reproduction, and the final metrics of both side by side. */
    record Reproduction(long run, long reproduction, boolean sameData, String device, Map<String, Difference> metrics,
                        boolean match) {
    }

    record Difference(double original, double reproduced, double difference) {
    }
}
