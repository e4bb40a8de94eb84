package io.campaignlab.app.cli.recommend;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.crossdomain.CrossDomainOutcome;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.search.RecommendReplay;
import io.campaignlab.engine.recommend.search.RecommenderSearch;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.tuning.SearchResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code reproduce RUN} for a recommender run: replays it ({@link RecommendReplay}: the same settings search, then the
 * one test evaluation) and compares the chosen settings and the test and validation figures.
 */
public final class RecommendReproduce {

    private RecommendReproduce() {
    }

    /** Whether a run is a recommender run (model kind {@code rec-…}). */
    public static boolean handles(RunRecord run) {
        return run.spec().modelKind().startsWith("rec-");
    }

    public static int run(CliCommand command, WorkspaceServices services, Output output, boolean json,
                          RunRecord original, double tolerance) throws Exception {
        DatasetInfo dataset = services.datasets().require(original.spec().datasetName());
        boolean sameData = dataset.sha256().equals(original.spec().datasetSha256());
        Object result = command.runJob(services, RecommendReplay.of(services, original));
        long again = result instanceof CrossDomainOutcome c ? c.outcome().runId() : ((RecommendOutcome) result).runId();
        int k = ReportJson.read(original.spec().splitJson(), EvaluationProtocol.class).k();
        List<RunMetric> before = services.runs().metrics(original.id());
        List<RunMetric> after = services.runs().metrics(again);
        Map<String, Difference> diffs = new LinkedHashMap<>();
        boolean match = sameData;
        for (String[] m : List.of(new String[] {"val", "ndcg@" + k}, new String[] {"test", "recall@" + k},
                new String[] {"test", "ndcg@" + k})) {
            Double a = RunMetric.finalValue(before, m[0], m[1]);
            Double b = RunMetric.finalValue(after, m[0], m[1]);
            if (a != null && b != null) {
                diffs.put(m[0] + "_" + m[1], new Difference(a, b, Math.abs(a - b)));
                match &= Math.abs(a - b) <= tolerance;
            }
        }
        Optional<SearchResult> first = RecommenderSearch.of(services.runs(), original.id());
        Optional<SearchResult> second = RecommenderSearch.of(services.runs(), again);
        Map<String, Object> choice = first.map(s -> s.choice().settings()).orElse(null);
        Map<String, Object> replayed = second.map(s -> s.choice().settings()).orElse(null);
        boolean sameChoice = java.util.Objects.equals(choice, replayed);
        match &= sameChoice;
        if (json) {
            output.json(new Reproduction(original.id(), again, RecommenderKind.parse(original.spec().modelKind()).id(),
                    sameData, choice, replayed, sameChoice, diffs, match));
        } else {
            output.line("Run %d reproduced as run %d: %s.", original.id(), again, match ? "metrics match"
                    : "metrics DIFFER");
            if (!sameData) {
                output.line("  The dataset %s has changed since run %d (SHA-256 differs).", dataset.name(),
                        original.id());
            }
            if (choice != null || replayed != null) {
                output.line("  search choice  %s → %s%s", choice, replayed, sameChoice ? "" : " (DIFFERS)");
            }
            diffs.forEach((metric, d) -> output.line("  %-14s %.6f → %.6f (|Δ| %.2e)", metric, d.original(),
                    d.reproduced(), d.difference()));
        }
        return match ? 0 : 3;
    }

    /** {@code reproduce --json} of a recommender run: the run, its replay, both choices and the figures. */
    record Reproduction(long run, long reproduction, String model, boolean sameData, Map<String, Object> choice,
                        Map<String, Object> replayedChoice, boolean sameChoice, Map<String, Difference> metrics,
                        boolean match) {
    }

    record Difference(double original, double reproduced, double difference) {
    }
}
