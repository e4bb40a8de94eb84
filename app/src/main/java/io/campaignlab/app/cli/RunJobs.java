package io.campaignlab.app.cli;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.models.TrainingJob;
import io.campaignlab.engine.models.TrainingOutcome;
import io.campaignlab.engine.models.TrainingRequest;

import java.io.PrintWriter;

/** Runs training from the CLI, with console progress and one line per epoch on stderr. */
final class RunJobs {

    private RunJobs() {
    }

    static TrainingOutcome train(WorkspaceServices services, TrainingRequest request, PrintWriter err,
                                 boolean epochLines) throws Exception {
        ConsoleProgress progress = ConsoleProgress.forTerminal(err);
        try {
            return services.runner().run(new TrainingJob(services, request, (runId, r) -> {
                if (epochLines) {
                    progress.message(String.format(java.util.Locale.ROOT,
                            "run %d epoch %d: train loss %.4f, val loss %.4f, val AUC %.4f%s, %,.0f rows/s", runId,
                            r.epoch(), r.trainLoss(), r.valLoss(), r.valAuc(), r.best() ? " (best)" : "",
                            r.rowsPerSecond()));
                }
            }), progress, new CancellationToken());
        } finally {
            progress.done();
        }
    }
}
