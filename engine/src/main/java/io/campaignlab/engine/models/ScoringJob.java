package io.campaignlab.engine.models;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.network.Predictions;
import io.campaignlab.engine.runs.RowKeys;
import io.campaignlab.engine.runs.RunTables;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.engine.workspace.WorkspaceJob;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores a dataset with a stored run's model and writes the scores as a new dataset
 * ({@code scores_run<RUN>_<dataset>}) of {@code row_id}, the scored rows' key columns (user, item and session ids,
 * with their roles: {@link RowKeys}) and {@code score[, p_cvr, p_ctcvr]}, linked to the run.
 */
public final class ScoringJob extends WorkspaceJob<ScoringResult> {

    private final long runId;
    private final String dataset;

    public ScoringJob(WorkspaceContext workspace, long runId, String dataset) {
        super("score", workspace);
        this.runId = runId;
        this.dataset = dataset;
    }

    @Override
    public String title() {
        return "Score " + dataset + " with run " + runId;
    }

    /** The scores' column of the scored row's id. */
    public static final String ROW_ID = "row_id";

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
        long[] rowIds = data.frame().rowIds();
        List<ColumnMeta> scores = new ArrayList<>(List.of(ColumnMeta.of("score", ColumnType.DECIMAL,
                ColumnRole.FEATURE)));
        if (p.cvr() != null) {
            scores.add(ColumnMeta.of("p_cvr", ColumnType.DECIMAL, ColumnRole.FEATURE));
            scores.add(ColumnMeta.of("p_ctcvr", ColumnType.DECIMAL, ColumnRole.FEATURE));
        }
        RowKeys keys = RowKeys.read(workspace.frames(), target, rowIds, Set.of(ROW_ID, "score", "p_cvr", "p_ctcvr"),
                cancel);
        List<ColumnMeta> columns = new ArrayList<>();
        columns.add(ColumnMeta.of(ROW_ID, ColumnType.INTEGER, ColumnRole.FEATURE));
        columns.addAll(keys.columns());
        columns.addAll(scores);
        String sha = sha256("run " + runId + " " + model.artifactSha256() + " " + target.sha256());
        // written under a temporary name and swapped in at the end, so that a failed scoring keeps the old scores
        String staging = name + "_" + Long.toHexString(System.nanoTime());
        RunTables.write(workspace.sink(), new DatasetDraft(staging, DatasetKind.TABLE, "run " + runId + " on "
                + dataset, sha, columns), rowIds.length, i -> row(rowIds[i], keys.row(i), p, i), progress, cancel);
        workspace.datasets().findByName(name).ifPresent(old -> workspace.datasets().delete(old.name()));
        workspace.datasets().rename(staging, name);
        return new ScoringResult(runId, dataset, name, rowIds.length, (System.nanoTime() - started) / 1e9);
    }

    /** One row of the scores: the row id, the row's keys, then its score(s). */
    private static Object[] row(long rowId, Object[] keys, Predictions p, int i) {
        int scores = p.cvr() == null ? 1 : 3;
        Object[] row = new Object[1 + keys.length + scores];
        row[0] = rowId;
        System.arraycopy(keys, 0, row, 1, keys.length);
        row[1 + keys.length] = p.ctr()[i];
        if (p.cvr() != null) {
            row[2 + keys.length] = p.cvr()[i];
            row[3 + keys.length] = p.ctcvr()[i];
        }
        return row;
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
