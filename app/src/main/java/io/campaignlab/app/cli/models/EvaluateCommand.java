package io.campaignlab.app.cli.models;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.evaluation.CalibrationBin;
import io.campaignlab.engine.evaluation.LiftRow;
import io.campaignlab.engine.runs.RunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import io.campaignlab.engine.evaluation.PairedAucTest;
import io.campaignlab.engine.models.PairedRuns;

/** {@code campaign-lab evaluate RUN} */
@Command(name = "evaluate", description = {"Show a run's held-out evaluation: AUC with its 95%% DeLong interval, log loss,"
        + " PR-AUC, calibration with ECE, lift and gain by decile.",
        "With --against OTHER, DeLong's paired test of the two runs' test AUCs on the test rows both scored: is the"
        + " difference more than noise?"})
public final class EvaluateCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "RUN", description = "The run id.")
    long runId;

    @Option(names = "--against", paramLabel = "OTHER", description = "Another run on the same test rows: compare the"
            + " two test AUCs with DeLong's paired test (two-sided p; p < 0.05 reads as a real difference).")
    Long against;

    @Override
    protected int run(WorkspaceServices services, Output output) {
        RunRecord run = services.runs().require(runId);
        BinaryEvaluation test = services.runs().evaluation(runId, "test").orElseThrow(() ->
                new IllegalArgumentException("run " + runId + " is " + run.status().id() + " and has no evaluation"));
        PairedAucTest paired = against == null ? null : compare(services, run);
        if (options.json()) {
            output.json(RunJson.Run.of(run, services.runs().metrics(runId), RunJson.Test.of(test, true),
                    paired == null ? null : RunJson.Comparison.of(runId, against, paired)));
            return 0;
        }
        output.line("Run %d: %s on %s (%s), %s, device %s", run.id(), run.spec().modelKind(), run.spec().datasetName(),
                run.spec().datasetSha256().substring(0, 12), run.status().id(), run.spec().device());
        output.line("Test: %s rows, %s positive; AUC %s, log loss %.4f, PR-AUC %.4f, ECE %.4f",
                Output.count(test.count()), Output.count(test.positives()), auc(test), test.logLoss(),
                test.prAuc(), test.expectedCalibrationError());
        if (paired != null) {
            output.line("Against run %d: AUC %.4f vs %.4f on %s shared test rows (%s positive).", against,
                    paired.aucA(), paired.aucB(), Output.count(paired.rows()), Output.count(paired.positives()));
            output.line("  %s", paired.verdict());
        }
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

    /** {@code 0.7126 (95% CI 0.6755–0.7498)}, or the AUC alone for an evaluation stored without its interval. */
    static String auc(BinaryEvaluation e) {
        return e.aucInterval() == null ? String.format(java.util.Locale.ROOT, "%.4f", e.auc())
                : String.format(java.util.Locale.ROOT, "%.4f (%.0f%% CI %.4f–%.4f, DeLong)", e.auc(),
                        100 * e.aucInterval().level(), e.aucInterval().low(), e.aucInterval().high());
    }

    private PairedAucTest compare(WorkspaceServices services, RunRecord run) {
        RunRecord other = services.runs().require(against);
        return PairedRuns.compare(services.runs(), runId, against).orElseThrow(() -> new IllegalArgumentException(
                PairedRuns.name(run) + " and " + PairedRuns.name(other) + " cannot be compared: a paired test needs"
                        + " the per-row test scores of both runs (kept by runs trained with this version), test"
                        + " rows from the same dataset, and at least two positive and two negative test rows in"
                        + " common"));
    }
}
