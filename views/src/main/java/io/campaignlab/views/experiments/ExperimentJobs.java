package io.campaignlab.views.experiments;

import io.campaignlab.engine.experiments.AbNetValueJob;
import io.campaignlab.engine.experiments.AbJob;
import io.campaignlab.engine.experiments.AbReadout;
import io.campaignlab.engine.experiments.AbSpec;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.List;
import java.util.TreeMap;

/**
 * What the Experiments section asks of the engine: the readout job, and the values of a group column (to offer as
 * control). The engine's in the app; fakes in view tests, which have no frames.
 */
public interface ExperimentJobs {

    /** The most arm labels offered; a column with more is no group column. */
    int MAX_ARMS = 50;

    /** The engine's: {@link AbJob}, and the column read through the workspace's frames. */
    ExperimentJobs ENGINE = new ExperimentJobs() {
        @Override
        public Job<AbReadout> readout(WorkspaceContext workspace, String dataset, AbSpec spec) {
            return new AbJob(workspace, dataset, spec);
        }

        @Override
        public List<String> values(WorkspaceContext workspace, String dataset, String column) {
            FrameColumn read = workspace.frames().read(dataset, List.of(column), ProgressListener.none(),
                    new CancellationToken()).column(column);
            return distinct(read);
        }
    };

    Job<AbReadout> readout(WorkspaceContext workspace, String dataset, AbSpec spec);

    /** Each arm net of its cost, from the dataset's revenue and label columns ({@link AbNetValueJob}). */
    default Job<List<io.campaignlab.engine.experiments.NetValue>> netValue(WorkspaceContext workspace,
                                                                            String dataset, AbSpec spec,
                                                                            double perUnit, double perConversion) {
        return AbNetValueJob.withRoleColumns(workspace, dataset, spec.groupColumn(), spec.control(), perUnit,
                perConversion, spec.alpha());
    }

    /**
     * The distinct values of a column with their counts, most frequent first, as labels the way {@link AbJob} names
     * arms (whole numbers without a decimal point). Call it on a worker thread. At most {@link #MAX_ARMS + 1} values
     * are returned, so that a column with too many is recognised.
     */
    List<String> values(WorkspaceContext workspace, String dataset, String column);

    /** The distinct non-missing labels of a column, most frequent first (ties alphabetically). */
    static List<String> distinct(FrameColumn column) {
        TreeMap<String, Long> counts = new TreeMap<>();
        if (column instanceof FrameColumn.Texts t) {
            for (String v : t.values()) {
                if (v != null) {
                    counts.merge(v, 1L, Long::sum);
                }
            }
        } else if (column instanceof FrameColumn.Numbers n) {
            for (double v : n.values()) {
                if (!Double.isNaN(v)) {
                    counts.merge(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v),
                            1L, Long::sum);
                }
            }
        } else {
            throw new IllegalArgumentException("column '" + column.name() + "' holds times; it cannot name arms");
        }
        return counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .limit(MAX_ARMS + 1L).map(java.util.Map.Entry::getKey).toList();
    }
}
