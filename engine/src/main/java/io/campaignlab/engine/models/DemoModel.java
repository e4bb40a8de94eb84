package io.campaignlab.engine.models;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.BehaviourSpec;
import io.campaignlab.engine.features.FeatureDefaults;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.engine.workspace.WorkspaceJob;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo workspace's first model: DeepFM on the simulator's {@code impressions}, with behavioural aggregates from
 * its {@code events}, default settings, seed 42. The request is built in the job, since it reads the dataset's
 * columns.
 */
public final class DemoModel extends WorkspaceJob<TrainingOutcome> {

    public static final String IMPRESSIONS = "impressions";
    public static final String EVENTS = "events";


    public DemoModel(WorkspaceContext workspace) {
        super("train", workspace);
    }

    /** The request for a workspace holding the simulator's datasets. */
    public static TrainingRequest request(DatasetInfo impressions) {
        BehaviourSpec behaviour = new BehaviourSpec(EVENTS, BehaviourSpec.DEFAULT_LAST_N);
        List<FieldSpec> fields = new ArrayList<>(FeatureDefaults.fields(impressions.columns(), List.of("clicked")));
        fields.addAll(FeatureDefaults.behaviourFields(behaviour));
        return new TrainingRequest(impressions.name(), "clicked", new FeatureSpec(fields, behaviour),
                SplitSpec.of(SplitKind.RANDOM, 42), ModelKind.DEEPFM, Hyperparameters.defaultsFor(ModelKind.DEEPFM),
                42, "auto");
    }

    @Override
    public String title() {
        return "Train the demo DeepFM on " + IMPRESSIONS;
    }

    @Override
    public TrainingOutcome run(ProgressListener progress, CancellationToken cancel) throws Exception {
        TrainingRequest request = request(workspace.datasets().require(IMPRESSIONS));
        return new TrainingJob(workspace, request, EpochObserver.none()).run(progress, cancel);
    }
}
