package io.campaignlab.app.cli.datasets;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.importing.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code campaign-lab rejections NAME} */
@Command(name = "rejections", description = "List the rows an import rejected, with line, column, raw value and reason.")
public final class RejectionsCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The dataset.")
    String dataset;

    @Option(names = "--limit", description = "At most this many (default: ${DEFAULT-VALUE}).", defaultValue = "100")
    int limit;

    @Option(names = "--offset", description = "Skip this many first (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    long offset;

    @Override
    protected int run(WorkspaceServices services, Output output) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("--limit and --offset must be 0 or more");
        }
        long total = services.rejections().count(dataset);
        List<Rejection> rejections = services.rejections().list(dataset, offset, limit);
        if (options.json()) {
            output.json(new Rejections(dataset, total, offset, rejections));
            return 0;
        }
        if (total == 0) {
            output.line("%s: no rejected rows.", dataset);
            return 0;
        }
        output.line("%s: %s rejected values; showing %d from %d.", dataset, Output.count(total), rejections.size(), offset + 1);
        output.line("%8s  %-18s %-24s %s", "LINE", "COLUMN", "RAW VALUE", "REASON");
        for (Rejection r : rejections) {
            String raw = r.rawValue() == null ? "" : r.rawValue();
            output.line("%8d  %-18s %-24s %s", r.line(), r.column() == null ? "(row)" : r.column(),
                    raw.length() > 24 ? raw.substring(0, 23) + "…" : raw, r.reason());
        }
        return 0;
    }

    /** {@code rejections --json}: one page of a dataset's rejected values. */
    record Rejections(String dataset, long total, long offset, List<Rejection> rejections) {
    }
}
