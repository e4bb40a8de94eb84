package io.campaignlab.app.cli.models;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.models.TrainingJob;
import io.campaignlab.engine.models.TrainingOutcome;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.models.search.CtrTuning;

import java.util.Locale;

/** Runs training from the CLI, with console progress and, when asked, each epoch's figures as its message. */
public final class RunJobs {

    private RunJobs() {
    }

    static TrainingOutcome train(CliCommand command, WorkspaceServices services, TrainingRequest request,
                                 CtrTuning tuning, boolean epochLines) throws Exception {
        return command.runWork((progress, cancel) -> services.runner().run(new TrainingJob(services, request, tuning,
                (runId, r) -> {
                    if (epochLines) {
                        progress.message(String.format(Locale.ROOT,
                                "run %d epoch %d: train loss %.4f, val loss %.4f, val AUC %.4f%s, %,.0f rows/s",
                                runId, r.epoch(), r.trainLoss(), r.valLoss(), r.valAuc(), r.best() ? " (best)" : "",
                                r.rowsPerSecond()));
                    }
                }), progress, cancel));
    }
}
