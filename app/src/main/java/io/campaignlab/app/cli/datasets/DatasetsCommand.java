package io.campaignlab.app.cli.datasets;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.DatasetInfo;
import picocli.CommandLine.Command;

import java.util.List;

/** {@code campaign-lab datasets} */
@Command(name = "datasets", description = "List the datasets in the workspace.")
public final class DatasetsCommand extends WorkspaceCommand {

    @Override
    protected int run(WorkspaceServices services, Output output) {
        List<DatasetInfo> datasets = services.datasets().list();
        if (options.json()) {
            output.json(new DatasetJson.Listing(services.workspace().folder().toString(), datasets.stream()
                    .map(d -> DatasetJson.Listed.of(d, services.datasets().sizeBytes(d.name()))).toList()));
            return 0;
        }
        if (datasets.isEmpty()) {
            output.line("No datasets in %s yet. Try: campaign-lab simulate, or campaign-lab import FILE.",
                    services.workspace().folder());
            return 0;
        }
        output.line("%-24s %-12s %12s %10s %10s  %-20s  %s", "NAME", "KIND", "ROWS", "REJECTED", "SIZE", "IMPORTED", "SOURCE");
        for (DatasetInfo d : datasets) {
            output.line("%-24s %-12s %12s %10s %10s  %-20s  %s", d.name(), d.kind().id(), Output.count(d.rows()),
                    Output.count(d.rejected()), Output.bytes(services.datasets().sizeBytes(d.name())),
                    d.createdAt().toString().substring(0, 19).replace('T', ' '), d.sourceFile());
        }
        return 0;
    }
}
