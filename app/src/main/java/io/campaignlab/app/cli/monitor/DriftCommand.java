package io.campaignlab.app.cli.monitor;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.monitor.ColumnDrift;
import io.campaignlab.engine.monitor.DriftAnalysis;
import io.campaignlab.engine.monitor.DriftAnalysisJob;
import io.campaignlab.engine.monitor.PerformanceBucket;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code campaign-lab drift RUN --current DATASET | --from DATE --to DATE} */
@Command(name = "drift", description = "Compare a run's training rows with a current sample, every feature the model"
        + " reads and its score (PSI, KS or chi-square, Jensen-Shannon; Evidently's size-aware defaults), and keep the"
        + " report with the run.")
public final class DriftCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "RUN", description = "The run whose training data is the reference.")
    long runId;

    @ArgGroup(multiplicity = "1")
    CurrentOptions current;

    static final class CurrentOptions {
        @Option(names = "--current", paramLabel = "DATASET", description = "Compare with every row of this dataset.")
        String dataset;

        @ArgGroup(exclusive = false)
        WindowOptions window;
    }

    static final class WindowOptions {
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day (YYYY-MM-DD, UTC) of a window of the run's own dataset.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, included.")
        String to;
    }

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        DriftAnalysisJob.Current what = current.dataset != null ? new DriftAnalysisJob.OtherDataset(current.dataset)
                : new DriftAnalysisJob.Window(date("--from", current.window.from), date("--to", current.window.to));
        DriftAnalysis analysis = runJob(services, new DriftAnalysisJob(services, runId, what));
        if (options.json()) {
            output.json(analysis);
            return 0;
        }
        var report = analysis.report();
        output.line("Run %d: training rows (%s) against %s (%s rows).", runId, Output.count(report.referenceRows()),
                analysis.current(), Output.count(report.currentRows()));
        output.line("%-22s %-7s %-19s %10s %10s %8s %8s", "FEATURE", "STATUS", "TEST", "STATISTIC", "P-VALUE", "PSI",
                "JS");
        for (ColumnDrift row : report.rows()) {
            output.line("%-22s %-7s %-19s %10.4f %10s %8.4f %8.4f", row.feature(), row.status().name().toLowerCase(
                            java.util.Locale.ROOT), row.test(), row.statistic(),
                    Double.isNaN(row.pValue()) ? "—" : String.format(java.util.Locale.ROOT, "%.2g", row.pValue()),
                    row.psi(), row.jensenShannon());
        }
        output.line("Alerts: %s", report.alerts().isEmpty() ? "none" : String.join(", ", report.alerts()));
        for (ColumnDrift row : report.rows()) {
            int at = row.note().indexOf("time-matched: ");
            if (at >= 0) {
                output.line("Behavioural aggregates (bh_*) grow with time by construction: compared with a time-matched"
                        + " reference (%s).", row.note().substring(at + "time-matched: ".length()));
                break;
            }
        }
        if (analysis.performance() != null) {
            output.line("");
            output.line("Performance drift (the signal that matters), against the run's test evaluation:");
            output.line("  %s", analysis.performance().aucLine());
            output.line("  %s", analysis.performance().calibrationLine());
        }
        if (analysis.timeline() != null && !analysis.timeline().buckets().isEmpty()) {
            output.line("");
            output.line("%-12s %8s %10s %10s %8s %8s", "DAY", "ROWS", "PREDICTED", "ACTUAL", "AUC", "ECE");
            for (PerformanceBucket b : analysis.timeline().buckets()) {
                output.line("%-12s %8d %10.4f %10.4f %8.4f %8.4f", b.label(), b.rows(), b.meanPredicted(),
                        b.actualRate(), b.auc(), b.expectedCalibrationError());
            }
        }
        return 0;
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date like 2026-01-31, not '" + value + "'");
        }
    }
}
