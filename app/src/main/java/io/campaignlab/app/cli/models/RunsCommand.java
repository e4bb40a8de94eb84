package io.campaignlab.app.cli.models;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import picocli.CommandLine.Command;

import java.util.List;

/** {@code campaign-lab runs} */
@Command(name = "runs", description = "List training runs, newest first, with their held-out metrics.",
        subcommands = RunsShowCommand.class)
public final class RunsCommand extends WorkspaceCommand {

    @Override
    protected int run(WorkspaceServices services, Output output) {
        List<RunRecord> runs = services.runs().list();
        if (options.json()) {
            output.json(new RunJson.Runs(runs.stream().map(run -> RunJson.Run.of(run, services.runs().metrics(run.id()),
                    null)).toList()));
            return 0;
        }
        if (runs.isEmpty()) {
            output.line("No runs yet. Train one with: campaign-lab train --dataset NAME --label COLUMN");
            return 0;
        }
        output.line("%5s  %-7s %-22s %-10s %-8s %8s %8s %-15s %9s %7s %8s", "RUN", "MODEL", "DATASET", "STATUS",
                "DEVICE", "VAL AUC", "TEST AUC", "95% CI (DELONG)", "TEST LOSS", "ECE", "SECONDS");
        for (RunRecord run : runs) {
            List<RunMetric> metrics = services.runs().metrics(run.id());
            output.line("%5d  %-7s %-22s %-10s %-8s %8s %8s %-15s %9s %7s %8.1f", run.id(), run.spec().modelKind(),
                    run.spec().datasetName(), run.status().id(), run.spec().device(), value(metrics, "val", "auc"),
                    value(metrics, "test", "auc"), interval(metrics), value(metrics, "test", "logloss"),
                    value(metrics, "test", "ece"), run.seconds());
            if (run.statusReason() != null) {
                output.line("%5s  %s: %s", "", run.status().id(), run.statusReason());
            }
        }
        return 0;
    }

    /** {@code 0.6755–0.7498}, or empty for a run stored before intervals were kept. */
    static String interval(List<RunMetric> metrics) {
        String low = value(metrics, "test", "auc_low");
        String high = value(metrics, "test", "auc_high");
        return low.isEmpty() || high.isEmpty() ? "" : low + "–" + high;
    }

    static String value(List<RunMetric> metrics, String split, String name) {
        Double value = RunMetric.finalValue(metrics, split, name);
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", value);
    }
}
