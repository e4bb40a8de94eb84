package io.campaignlab.app.cli.models;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.models.ScoringJob;
import io.campaignlab.engine.models.ScoringResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code campaign-lab score RUN --dataset D} */
@Command(name = "score", description = "Score a dataset with a run's model; the scores become a dataset scores_run<RUN>_<D> of row_id, score[, p_cvr, p_ctcvr].")
public final class ScoreCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "RUN", description = "The run whose model scores.")
    long runId;

    @Option(names = "--dataset", required = true, description = "The dataset to score; it needs the columns the model reads.")
    String dataset;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        ScoringResult result = runJob(services, new ScoringJob(services, runId, dataset));
        if (options.json()) {
            output.json(new Scored(result.runId(), result.scoredDataset(), result.scoresDataset(), result.rows(),
                    result.seconds(), result.rows() / result.seconds()));
            return 0;
        }
        output.line("Scored %s rows of %s with run %d in %.1f s into dataset %s.", Output.count(result.rows()),
                result.scoredDataset(), result.runId(), result.seconds(), result.scoresDataset());
        return 0;
    }

    /** {@code score --json}. */
    record Scored(long run, String dataset, String scoresDataset, long rows, double seconds, double rowsPerS) {
    }
}
