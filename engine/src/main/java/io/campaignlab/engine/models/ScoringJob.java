package io.campaignlab.engine.models;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.network.Predictions;
import io.campaignlab.engine.runs.RunTables;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a dataset with a stored run's model and writes the scores as a new dataset
 * ({@code scores_run<RUN>_<dataset>}) of {@code row_id, score[, p_cvr, p_ctcvr]}, linked to the run.
 */
public final class ScoringJob implements Job<ScoringResult> {

    private final WorkspaceContext workspace;
    private final long runId;
    private final String dataset;

    public ScoringJob(WorkspaceContext workspace, long runId, String dataset) {
        this.workspace = workspace;
        this.runId = runId;
        this.dataset = dataset;
    }

    @Override
    public String kind() {
        return "score";
    }

    @Override
    public String title() {
        return "Score " + dataset + " with run " + runId;
    }

    /** The name of the scores dataset of a run and a dataset. */
    public static String scoresName(long runId, String dataset) {
        return "scores_run" + runId + "_" + dataset;
    }

    @Override
    public ScoringResult run(ProgressListener progress, CancellationToken cancel) throws Exception {
        long started = System.nanoTime();
        LoadedModel model = LoadedModel.load(workspace, runId);
        DatasetInfo target = workspace.datasets().require(dataset);
        boolean labelsHelp = model.artifact().features().behaviour() != null
                && target.column(model.artifact().label()).isPresent();
        TrainingData data = ExampleLoader.load(workspace, target, model.artifact().features(),
                labelsHelp ? List.of(model.artifact().label()) : List.of(), false, progress, cancel);
        progress.message("Scoring " + String.format(java.util.Locale.ROOT, "%,d", data.frame().rows()) + " rows");
        Predictions p = model.predict(data.frame(), cancel);
        String name = scoresName(runId, dataset);
        List<ColumnMeta> columns = new ArrayList<>(List.of(
                ColumnMeta.of("row_id", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("score", ColumnType.DECIMAL, ColumnRole.FEATURE)));
        if (p.cvr() != null) {
            columns.add(ColumnMeta.of("p_cvr", ColumnType.DECIMAL, ColumnRole.FEATURE));
            columns.add(ColumnMeta.of("p_ctcvr", ColumnType.DECIMAL, ColumnRole.FEATURE));
        }
        String sha = sha256("run " + runId + " " + model.artifactSha256() + " " + target.sha256());
        long[] rowIds = data.frame().rowIds();
        // written under a temporary name and swapped in at the end, so that a failed scoring keeps the old scores
        String staging = name + "_" + Long.toHexString(System.nanoTime());
        RunTables.write(workspace.sink(), new DatasetDraft(staging, DatasetKind.TABLE, "run " + runId + " on "
                + dataset, sha, columns), rowIds.length, i -> p.cvr() == null ? new Object[]{rowIds[i], p.ctr()[i]}
                : new Object[]{rowIds[i], p.ctr()[i], p.cvr()[i], p.ctcvr()[i]}, progress, cancel);
        workspace.datasets().findByName(name).ifPresent(old -> workspace.datasets().delete(old.name()));
        workspace.datasets().rename(staging, name);
        return new ScoringResult(runId, dataset, name, rowIds.length, (System.nanoTime() - started) / 1e9);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
