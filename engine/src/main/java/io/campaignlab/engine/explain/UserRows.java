package io.campaignlab.engine.explain;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a user's latest row in a run's dataset, so that a prediction can be explained by user id rather than by the
 * internal {@code _row} number: the row with the latest time in the dataset's timestamp column (the largest
 * {@code _row} among rows of the same time, or among all the user's rows when the dataset has no timestamp).
 */
public final class UserRows {

    /**
     * A user's latest row.
     *
     * @param user   the user id as typed
     * @param rowId  the latest row's {@code _row}
     * @param rows   how many rows the user has
     * @param millis the latest row's time (epoch millis), or {@link FrameColumn#MISSING_TIME} without a timestamp
     */
    public record Latest(String user, long rowId, int rows, long millis) {
    }

    private UserRows() {
    }

    /**
     * @throws IllegalArgumentException when the run's dataset has no user id column, or the user no row in it
     */
    public static Latest latest(WorkspaceContext workspace, long runId, String user, CancellationToken cancel) {
        String name = workspace.runs().require(runId).spec().datasetName();
        DatasetInfo dataset = workspace.datasets().require(name);
        ColumnMeta id = dataset.columnsWithRole(ColumnRole.USER_ID).stream().findFirst().orElseThrow(() ->
                new IllegalArgumentException("dataset '" + name + "' of run " + runId + " has no user id column, so"
                        + " its rows cannot be found by user; explain a row by its _row number instead"));
        ColumnMeta time = dataset.columnsWithRole(ColumnRole.TIMESTAMP).stream().findFirst().orElse(null);
        List<String> columns = new ArrayList<>(List.of(id.name()));
        if (time != null) {
            columns.add(time.name());
        }
        Frame frame = workspace.frames().read(name, columns, ProgressListener.none(), cancel);
        return latest(frame, id.name(), time == null ? null : time.name(), user.strip(), runId);
    }

    static Latest latest(Frame frame, String idColumn, String timeColumn, String user, long runId) {
        String[] ids = frame.column(idColumn).asLabels();
        long[] times = timeColumn == null ? null : frame.times(timeColumn);
        long[] rowIds = frame.rowIds();
        int best = -1;
        int count = 0;
        for (int i = 0; i < ids.length; i++) {
            if (!user.equals(ids[i] == null ? null : ids[i].strip())) {
                continue;
            }
            count++;
            if (best < 0 || later(times, rowIds, i, best)) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("user '" + user + "' has no row in '" + frame.dataset() + "', the"
                    + " dataset of run " + runId + " (column " + idColumn + ")");
        }
        return new Latest(user, rowIds[best], count, times == null ? FrameColumn.MISSING_TIME : times[best]);
    }

    private static boolean later(long[] times, long[] rowIds, int i, int best) {
        if (times != null && times[i] != times[best]) {
            return times[i] > times[best];
        }
        return rowIds[i] > rowIds[best];
    }
}
