package io.campaignlab.views.recommend;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.RecommendOutcome;
import io.campaignlab.engine.recommend.RecommendRequest;
import io.campaignlab.engine.recommend.RecommendService;
import io.campaignlab.engine.recommend.RecommendTrainingJob;
import io.campaignlab.engine.recommend.UserRecommendations;
import io.campaignlab.engine.recommend.search.Tuning;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The engine work the Recommend section starts: training a recommender, serving a stored run to one user, and
 * listing a dataset's user ids for the user search. The engine's, or fakes in view tests. Every method does I/O or
 * computation: call them from worker threads (jobs).
 */
public interface RecommendJobs {

    /** The engine: {@link RecommendTrainingJob}, {@link RecommendService} and the dataset's user column. */
    RecommendJobs ENGINE = new RecommendJobs() {
        @Override
        public Job<RecommendOutcome> train(WorkspaceContext workspace, RecommendRequest request) {
            return new RecommendTrainingJob(workspace, request);
        }

        @Override
        public Job<RecommendOutcome> train(WorkspaceContext workspace, RecommendRequest request, Tuning tuning) {
            return new RecommendTrainingJob(workspace, request, tuning);
        }

        @Override
        public UserRecommendations forUser(WorkspaceContext workspace, long runId, String user, int k, int history,
                                           ProgressListener progress, CancellationToken cancel) throws Exception {
            return RecommendService.forUser(workspace, runId, user, k, history, progress, cancel);
        }

        @Override
        public UserRecommendations forUser(WorkspaceContext workspace, long runId, String user, int k, int history,
                                           String items, ProgressListener progress, CancellationToken cancel)
                throws Exception {
            return RecommendService.forUser(workspace, runId, user, k, history, null, items, progress, cancel);
        }

        @Override
        public List<String> users(WorkspaceContext workspace, String dataset, ProgressListener progress,
                                  CancellationToken cancel) {
            DatasetInfo info = workspace.datasets().require(dataset);
            String column = info.columnsWithRole(ColumnRole.USER_ID).stream().map(ColumnMeta::name).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("dataset " + dataset + " has no user_id column"));
            FrameColumn values = workspace.frames().read(dataset, List.of(column), progress, cancel).column(column);
            return distinct(values);
        }
    };

    /** The job that trains and evaluates one recommender and records it as a run. */
    Job<RecommendOutcome> train(WorkspaceContext workspace, RecommendRequest request);

    /**
     * The same with the settings search ({@link Tuning}); fakes that do not search can leave it to
     * {@link #train(WorkspaceContext, RecommendRequest)}.
     */
    default Job<RecommendOutcome> train(WorkspaceContext workspace, RecommendRequest request, Tuning tuning) {
        return train(workspace, request);
    }

    /** A user's recent history and the top {@code k} items of a stored run, with their reasons. */
    UserRecommendations forUser(WorkspaceContext workspace, long runId, String user, int k, int history,
                                ProgressListener progress, CancellationToken cancel) throws Exception;

    /**
     * The same, with items named from the given items dataset (null: the one named {@code items}, if any). Fakes
     * that name no items can leave it to {@link #forUser(WorkspaceContext, long, String, int, int,
     * ProgressListener, CancellationToken)}.
     */
    default UserRecommendations forUser(WorkspaceContext workspace, long runId, String user, int k, int history,
                                        String items, ProgressListener progress, CancellationToken cancel)
            throws Exception {
        return forUser(workspace, runId, user, k, history, progress, cancel);
    }

    /** The distinct user ids of a dataset, in order of first appearance. */
    List<String> users(WorkspaceContext workspace, String dataset, ProgressListener progress,
                       CancellationToken cancel);

    /** Distinct non-missing ids of a column as text (whole numbers without a decimal point, as the log reads them). */
    static List<String> distinct(FrameColumn column) {
        Set<String> seen = new LinkedHashSet<>();
        if (column instanceof FrameColumn.Texts t) {
            for (String v : t.values()) {
                if (v != null) {
                    seen.add(v);
                }
            }
        } else if (column instanceof FrameColumn.Numbers n) {
            for (double v : n.values()) {
                if (!Double.isNaN(v)) {
                    seen.add(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
                }
            }
        } else {
            throw new IllegalArgumentException("the user column " + column.name() + " holds times, not ids");
        }
        return new ArrayList<>(seen);
    }
}
