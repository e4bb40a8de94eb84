package io.campaignlab.engine.campaigns.decide.explain;

import io.campaignlab.engine.campaigns.decide.ChoiceExplainer;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.LoadedModel;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Opens a run's explainer from the workspace: its model (SHA-256 checked; a run without a scoring model, such as an
 * uplift run's meta-learner, cannot be opened and the trace says so) and, from the run's dataset, the columns its
 * pipeline reads at each user's latest row: the row with the latest time in the timestamp column, the largest
 * {@code _row} among equal times or without one (the Explain section's "explain a user" row).
 */
public final class OcclusionExplainers implements ChoiceExplainer.Opener {

    private final WorkspaceContext workspace;

    public OcclusionExplainers(WorkspaceContext workspace) {
        this.workspace = workspace;
    }

    @Override
    public ChoiceExplainer open(long run) {
        LoadedModel model;
        try {
            model = LoadedModel.load(workspace, run);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("run " + run + " has no scoring model to explain with: "
                    + e.getMessage(), e);
        }
        String name = model.run().spec().datasetName();
        DatasetInfo dataset = workspace.datasets().require(name);
        String id = dataset.columnsWithRole(ColumnRole.USER_ID).stream().map(ColumnMeta::name).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("dataset '" + name + "' of run " + run + " has no"
                        + " user id column, so a user's row cannot be found"));
        String time = dataset.columnsWithRole(ColumnRole.TIMESTAMP).stream().map(ColumnMeta::name).findFirst()
                .orElse(null);
        List<String> features = List.copyOf(new LinkedHashSet<>(model.artifact().pipeline().columns()));
        LinkedHashSet<String> read = new LinkedHashSet<>(features);
        read.add(id);
        if (time != null) {
            read.add(time);
        }
        Frame frame = workspace.frames().read(name, new ArrayList<>(read), ProgressListener.none(),
                new CancellationToken());
        Map<String, Integer> latest = latestRows(frame, id, time);
        List<FrameColumn> kept = new ArrayList<>();
        features.forEach(c -> kept.add(frame.column(c)));
        return new OcclusionExplainer(model, name, Frame.of(name, frame.rowIds(), kept), features, latest);
    }

    /** Each user's latest row position: latest time, then largest {@code _row}. */
    static Map<String, Integer> latestRows(Frame frame, String id, String time) {
        String[] ids = frame.column(id).asLabels();
        long[] times = time == null ? null : frame.times(time);
        long[] rowIds = frame.rowIds();
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == null) {
                continue;
            }
            String user = ids[i].strip();
            Integer best = out.get(user);
            if (best == null || later(times, rowIds, i, best)) {
                out.put(user, i);
            }
        }
        return out;
    }

    private static boolean later(long[] times, long[] rowIds, int a, int b) {
        if (times != null && times[a] != times[b]) {
            return times[a] > times[b];
        }
        return rowIds[a] > rowIds[b];
    }
}
