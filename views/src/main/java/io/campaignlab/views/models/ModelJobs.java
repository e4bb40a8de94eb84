package io.campaignlab.views.models;

import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.models.ScoringJob;
import io.campaignlab.engine.models.ScoringResult;
import io.campaignlab.engine.models.TrainingJob;
import io.campaignlab.engine.models.EpochObserver;
import io.campaignlab.engine.models.TrainingOutcome;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.models.search.CtrTuning;
import io.campaignlab.engine.workspace.WorkspaceContext;

/** Makes the training and scoring jobs the section starts: the engine's, or fakes in view tests. */
public interface ModelJobs {

    /** The engine's {@link TrainingJob} and {@link ScoringJob}. */
    ModelJobs ENGINE = new ModelJobs() {
        @Override
        public Job<TrainingOutcome> training(WorkspaceContext workspace, TrainingRequest request,
                                             EpochObserver listener) {
            return new TrainingJob(workspace, request, listener);
        }

        @Override
        public Job<TrainingOutcome> training(WorkspaceContext workspace, TrainingRequest request, CtrTuning tuning,
                                             EpochObserver listener) {
            return new TrainingJob(workspace, request, tuning, listener);
        }

        @Override
        public Job<ScoringResult> scoring(WorkspaceContext workspace, long runId, String dataset) {
            return new ScoringJob(workspace, runId, dataset);
        }
    };

    Job<TrainingOutcome> training(WorkspaceContext workspace, TrainingRequest request, EpochObserver listener);

    Job<ScoringResult> scoring(WorkspaceContext workspace, long runId, String dataset);

    /** A training whose settings are chosen as {@code tuning} says; fakes may ignore the tuning. */
    default Job<TrainingOutcome> training(WorkspaceContext workspace, TrainingRequest request, CtrTuning tuning,
                                          EpochObserver listener) {
        return training(workspace, request, listener);
    }
}
