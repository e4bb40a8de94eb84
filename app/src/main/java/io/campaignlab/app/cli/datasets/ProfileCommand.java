package io.campaignlab.app.cli.datasets;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.profiling.ColumnProfile;
import io.campaignlab.engine.profiling.DatasetProfile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.Locale;
import java.util.stream.Collectors;

/** {@code campaign-lab profile NAME} */
@Command(name = "profile", description = "Profile every column of a dataset: nulls, distinct, min/max/mean/std, top values, histogram.")
public final class ProfileCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The dataset.")
    String dataset;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        services.datasets().require(dataset);
        DatasetProfile profile = runJob(services, Job.of("profile", "Profile " + dataset,
                (listener, cancel) -> services.profiler().profile(dataset, listener, cancel)));
        if (options.json()) {
            output.json(profile);
            return 0;
        }
        output.line("%s: %s rows, profiled in %.1f s", profile.dataset(), Output.count(profile.rows()), profile.seconds());
        output.line("%-22s %-9s %-10s %9s %10s %12s %12s %12s  %s", "COLUMN", "TYPE", "ROLE", "NULLS", "DISTINCT",
                "MIN", "MAX", "MEAN", "TOP VALUES");
        for (ColumnProfile c : profile.columns()) {
            String top = c.topValues().stream().limit(4).map(v -> v.value() + " (" + Output.count(v.count()) + ")")
                    .collect(Collectors.joining(", "));
            output.line("%-22s %-9s %-10s %9s %10s %12s %12s %12s  %s", c.name(), c.type().id(), c.role().id(),
                    Output.count(c.nulls()), (c.distinctExact() ? "" : "~") + Output.count(c.distinct()),
                    text(c.min(), c.minText()), text(c.max(), c.maxText()), number(c.mean()), top);
        }
        return 0;
    }

    private static String text(Double number, String text) {
        if (text != null) {
            return text.length() > 12 ? text.substring(0, 11) + "…" : text;
        }
        return number(number);
    }

    private static String number(Double v) {
        if (v == null) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.format(Locale.ROOT, "%,d", v.longValue());
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 1000 ? "%,.1f" : "%.4g", v);
    }
}
