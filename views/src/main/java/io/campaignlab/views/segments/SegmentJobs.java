package io.campaignlab.views.segments;

import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.segments.kmeans.KMeansJob;
import io.campaignlab.engine.segments.kmeans.KMeansRequest;
import io.campaignlab.engine.segments.kmeans.KMeansSegmentation;
import io.campaignlab.engine.segments.rfm.RfmJob;
import io.campaignlab.engine.segments.rfm.RfmRequest;
import io.campaignlab.engine.segments.rfm.RfmSegmentation;
import io.campaignlab.engine.segments.rules.RuleSegmentJob;
import io.campaignlab.engine.segments.rules.RuleSegmentRequest;
import io.campaignlab.engine.segments.rules.RuleSegmentation;
import io.campaignlab.engine.segments.SegmentPorts;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.function.Supplier;

/** Makes the jobs the Segments section starts: the engine's, or fakes in view tests. */
public interface SegmentJobs {

    Job<RfmSegmentation> rfm(RfmRequest request);

    Job<KMeansSegmentation> kMeans(KMeansRequest request);

    Job<RuleSegmentation> rules(RuleSegmentRequest request);

    /** The engine's jobs on the open workspace; each stores its segmentation. */
    static SegmentJobs engine(Supplier<WorkspaceContext> workspace) {
        return new SegmentJobs() {
            @Override
            public Job<RfmSegmentation> rfm(RfmRequest request) {
                return new RfmJob(ports(workspace.get()), request);
            }

            @Override
            public Job<KMeansSegmentation> kMeans(KMeansRequest request) {
                return new KMeansJob(ports(workspace.get()), request);
            }

            @Override
            public Job<RuleSegmentation> rules(RuleSegmentRequest request) {
                return new RuleSegmentJob(ports(workspace.get()), workspace.get().audience(), request);
            }
        };
    }

    private static SegmentPorts ports(WorkspaceContext ws) {
        return new SegmentPorts(ws.datasets(), ws.frames(), ws.segments());
    }
}
