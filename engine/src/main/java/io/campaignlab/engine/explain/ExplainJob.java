package io.campaignlab.engine.explain;

import io.campaignlab.engine.explain.importance.ImportanceResult;
import io.campaignlab.engine.explain.importance.PermutationImportance;
import io.campaignlab.engine.explain.importance.PermutationSpec;
import io.campaignlab.engine.explain.pdp.PartialDependence;
import io.campaignlab.engine.explain.pdp.PartialDependenceSpec;
import io.campaignlab.engine.explain.pdp.PdCurve;
import io.campaignlab.engine.explain.weights.WeightSummary;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunReport;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.engine.workspace.WorkspaceJob;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's global explanation: permutation importance on validation rows (per field, and with the behavioural
 * aggregates as one group), weights and embedding norms, partial dependence of the numeric fields, and the
 * highest-scored validation row explained. Stored with the run.
 */
public final class ExplainJob extends WorkspaceJob<ExplainReport> {

    private final long runId;
    private final PermutationSpec permutation;
    private final ShapleySpec shapley;

    public ExplainJob(WorkspaceContext workspace, long runId, PermutationSpec permutation, ShapleySpec shapley) {
        super("explain", workspace);
        this.runId = runId;
        this.permutation = permutation;
        this.shapley = shapley;
    }

    @Override
    public String title() {
        return "Explain run " + runId;
    }

    @Override
    public ExplainReport run(ProgressListener progress, CancellationToken cancel) {
        long started = System.nanoTime();
        try (ExplainSession session = ExplainSession.open(workspace, runId, shapley, progress, cancel)) {
            var examples = session.examples();
            int[] validation = examples.split().validation();
            if (permutation.maxRows() > 0 && validation.length > permutation.maxRows()) {
                validation = Rows.sample(validation, permutation.maxRows(), permutation.seed());
            }
            FeaturePipeline pipeline = session.pipeline();
            BatchScore score = session.probabilities();
            EncodedRows rows = examples.encode(validation);
            int[] labels = examples.labelsOf(validation);
            progress.message("Permutation importance per field");
            ImportanceResult perField = PermutationImportance.run(score, rows, labels,
                    Players.perField(pipeline), permutation, progress, cancel);
            List<Player> grouped = Players.withBehaviourGroup(pipeline);
            ImportanceResult groups = grouped.size() == pipeline.fieldCount() ? null
                    : PermutationImportance.run(score, rows, labels, grouped, permutation,
                    progress, cancel);
            progress.message("Weights and embedding norms");
            WeightSummary weights = session.weights(rows);
            List<PdCurve> curves = new ArrayList<>();
            var frame = examples.frame().select(validation);
            for (String field : PartialDependence.numericFields(pipeline)) {
                cancel.throwIfCancelled();
                progress.message("Partial dependence of " + field);
                curves.add(PartialDependence.compute(score, pipeline, frame, field,
                        PartialDependenceSpec.defaults(), cancel));
            }
            progress.message("Explaining the top-scored validation row");
            RowExplanation example = session.explain(session.topValidationRows(1)[0]);
            ExplainReport report = new ExplainReport(runId, perField, groups, weights, curves, example,
                    (System.nanoTime() - started) / 1e9);
            workspace.runs().saveReport(new RunReport(runId, ExplainReport.KIND, "", Instant.now(),
                    ReportJson.write(report)));
            return report;
        }
    }
}
