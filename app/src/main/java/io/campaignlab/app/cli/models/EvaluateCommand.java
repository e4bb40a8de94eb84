package io.campaignlab.app.cli.models;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.evaluation.CalibrationBin;
import io.campaignlab.engine.evaluation.LiftRow;
import io.campaignlab.engine.runs.RunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code campaign-lab evaluate RUN} */
@Command(name = "evaluate", description = "Show a run's held-out evaluation: AUC, log loss, PR-AUC, calibration with ECE, lift and gain by decile.")
public final class EvaluateCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "RUN", description = "The run id.")
    long runId;

    @Override
    protected int run(WorkspaceServices services, Output output) {
        RunRecord run = services.runs().require(runId);
        BinaryEvaluation test = services.runs().evaluation(runId, "test").orElseThrow(() ->
                new IllegalArgumentException("run " + runId + " is " + run.status().id() + " and has no evaluation"));
        if (options.json()) {
            output.json(RunJson.Run.of(run, services.runs().metrics(runId), RunJson.Test.of(test, true)));
            return 0;
        }
        output.line("Run %d: %s on %s (%s), %s, device %s", run.id(), run.spec().modelKind(), run.spec().datasetName(),
                run.spec().datasetSha256().substring(0, 12), run.status().id(), run.spec().device());
        output.line("Test: %s rows, %s positive; AUC %.4f, log loss %.4f, PR-AUC %.4f, ECE %.4f",
                Output.count(test.count()), Output.count(test.positives()), test.auc(), test.logLoss(), test.prAuc(),
                test.expectedCalibrationError());
        output.line("");
        output.line("Calibration by score decile %10s %14s %14s", "ROWS", "MEAN PREDICTED", "OBSERVED");
        for (CalibrationBin b : test.curveBins()) {
            output.line("  %.4f – %.4f          %10s %14s %14s", b.lower(), b.upper(), Output.count(b.count()),
                    b.isEmpty() ? "" : String.format(java.util.Locale.ROOT, "%.4f", b.meanPredicted()),
                    b.isEmpty() ? "" : String.format(java.util.Locale.ROOT, "%.4f", b.observedRate()));
        }
        output.line("");
        output.line("Decile %10s %10s %8s %16s", "ROWS", "RATE", "LIFT", "CUMULATIVE GAIN");
        for (LiftRow r : test.lift().rows()) {
            output.line("%6d %10s %10.4f %8.2f %15.1f%%", r.group(), Output.count(r.count()), r.rate(), r.lift(),
                    100 * r.cumulativeGain());
        }
        return 0;
    }
}
