package io.campaignlab.app.cli.models;

import io.campaignlab.app.cli.recommend.RecommendReproduce;
import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.json.Json;
import io.campaignlab.engine.models.TrainingJob;
import io.campaignlab.engine.models.TrainingOutcome;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.models.search.CtrTuning;
import io.campaignlab.engine.tuning.SearchResult;
import io.campaignlab.engine.tuning.Trial;
import com.fasterxml.jackson.annotation.JsonInclude;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        List<String> changed = changedDatasets(services, original, dataset);
        boolean sameData = changed.isEmpty();
        boolean match = sameData;
        Optional<SearchResult> search = TrainingJob.searchOf(services.runs(), runId);
        CtrTuning tuning = TrainingJob.tuningOf(original, search);
        TrainingOutcome again = RunJobs.train(this, services, request, tuning, !options.json());
        SearchReplay replay = search.map(s -> SearchReplay.of(s, again.search(), tolerance)).orElse(null);
        match &= replay == null || replay.sameTrials() && replay.sameChoice();
        List<RunMetric> before = services.runs().metrics(runId);
        List<RunMetric> after = services.runs().metrics(again.runId());
        Map<String, Difference> diffs = new LinkedHashMap<>();
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
            output.json(new Reproduction(runId, again.runId(), sameData, again.device(), diffs, replay, match));
        } else {
            output.line("Run %d reproduced as run %d on %s: %s.", runId, again.runId(), again.device(),
                    match ? "metrics match" : "metrics DIFFER");
            if (!sameData) {
                output.line("  The dataset%s %s %s changed since run %d (SHA-256 differs).",
                        changed.size() == 1 ? "" : "s", String.join(", ", changed),
                        changed.size() == 1 ? "has" : "have", runId);
            }
            if (replay != null) {
                output.line("  search replayed: %d trials, %s trials, %s choice (trial %d)", replay.trials(),
                        replay.sameTrials() ? "same" : "DIFFERENT", replay.sameChoice() ? "same" : "DIFFERENT",
                        replay.chosen() + 1);
            }
            diffs.forEach((metric, d) -> output.line("  %-14s %.6f → %.6f (|Δ| %.2e)", metric, d.original(),
                    d.reproduced(), d.difference()));
        }
        return match ? 0 : 3;
    }

    /** The training dataset and the supplied validation and test datasets whose content changed since the run. */
    private static List<String> changedDatasets(WorkspaceServices services, RunRecord original, DatasetInfo dataset)
            throws java.io.IOException {
        List<String> changed = new java.util.ArrayList<>();
        if (!dataset.sha256().equals(original.spec().datasetSha256())) {
            changed.add(dataset.name());
        }
        var supplied = Json.mapper().readTree(original.spec().paramsJson()).path("split_datasets").fields();
        while (supplied.hasNext()) {
            var recorded = supplied.next();
            if (!services.datasets().require(recorded.getKey()).sha256().equals(recorded.getValue().asText())) {
                changed.add(recorded.getKey());
            }
        }
        return changed;
    }

    /** {@code reproduce --json}: the run, its reproduction, and the final metrics of both side by side. */
    record Reproduction(long run, long reproduction, boolean sameData, String device, Map<String, Difference> metrics,
                        @JsonInclude(JsonInclude.Include.NON_NULL) SearchReplay search, boolean match) {
    }

    /**
     * A replayed settings search: the same points in the same order with validation AUCs within the tolerance
     * ({@code sameTrials}), and the same chosen trial.
     */
    record SearchReplay(int trials, boolean sameTrials, boolean sameChoice, int chosen) {

        static SearchReplay of(SearchResult original, SearchResult again, double tolerance) {
            boolean samePoints = again != null && original.trials().size() == again.trials().size();
            for (int i = 0; samePoints && i < original.trials().size(); i++) {
                Trial a = original.trials().get(i);
                Trial b = again.trials().get(i);
                samePoints = SearchLines.sameSettings(a.settings(), b.settings())
                        && (a.failed() ? b.failed() : Math.abs(a.score() - b.score()) <= tolerance);
            }
            return new SearchReplay(original.trials().size(), samePoints,
                    again != null && again.chosen() == original.chosen(), original.chosen());
        }
    }

    record Difference(double original, double reproduced, double difference) {
    }
}
