package io.campaignlab.app.cli.datasets;

import io.campaignlab.app.cli.WorkspaceCommand;
import io.campaignlab.app.cli.Output;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
            ObjectNode node = Output.object();
            node.put("workspace", services.workspace().folder().toString());
            ArrayNode array = node.putArray("datasets");
            for (DatasetInfo d : datasets) {
                ObjectNode o = array.addObject();
                o.put("name", d.name());
                o.put("kind", d.kind().id());
                o.put("rows", d.rows());
                o.put("rejected", d.rejected());
                o.put("columns", d.columns().size());
                o.put("size_bytes", services.datasets().sizeBytes(d.name()));
                o.put("sha256", d.sha256());
                o.put("created_at", d.createdAt().toString());
                o.put("source_file", d.sourceFile());
            }
            output.json(node);
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
