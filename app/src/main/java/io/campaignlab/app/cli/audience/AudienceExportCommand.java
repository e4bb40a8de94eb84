package io.campaignlab.app.cli.audience;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.audience.AudienceExport;
import io.campaignlab.engine.audience.AudienceExportJob;
import io.campaignlab.engine.audience.AudienceSelection;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code campaign-lab audience export --segment ID | --score-run N --min X | --uplift-run M --top K --out FILE.csv}.
 */
@Command(name = "export", description = "Write an audience as CSV with the user ids as the dataset stores them"
        + " (pseudonymised ids stay pseudonymised): a segment's members, the users whose mean score in a run is at"
        + " least --min (score:runN >= x), or the --top K users by a run's mean predicted uplift. Cells a"
        + " spreadsheet would run as a formula get a leading apostrophe.",
        footer = {"", "Examples:", "  campaign-lab audience export --segment 4 --out champions.csv",
                "  campaign-lab audience export --score-run 3 --min 0.05 --out likely.csv",
                "  campaign-lab audience export --uplift-run 7 --top 5000 --out persuadable.csv"})
public final class AudienceExportCommand extends WorkspaceCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    /** The three ways to pick an audience; exactly one is given. */
    static final class Which {
        @Option(names = "--segment", paramLabel = "ID", description = "A stored segment's members.")
        Long segment;

        @Option(names = "--score-run", paramLabel = "N", description = "A run scored with campaign-lab score; needs"
                + " --min.")
        Long scoreRun;

        @Option(names = "--uplift-run", paramLabel = "M", description = "An uplift run; needs --top.")
        Long upliftRun;
    }

    @Mixin
    CutOptions cut;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The CSV to write (replaced"
            + " whole at the end, never left half-written).")
    Path out;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        AudienceExport export = runJob(services, new AudienceExportJob(services, selection(), out));
        if (json()) {
            output.json(export);
            return 0;
        }
        output.line("Wrote %s users of %s (from %s, %s users) to %s in %.1f s.", Output.count(export.users()),
                export.selection(), export.source(), Output.count(export.scoredUsers()), export.file(),
                export.seconds());
        return 0;
    }

    private AudienceSelection selection() {
        if (which.segment != null) {
            refuse(cut.min != null || cut.top != null || cut.scored != null,
                    "--segment takes no --min, --top or --scored");
            return AudienceSelection.segment(which.segment);
        }
        if (which.scoreRun != null) {
            refuse(cut.min == null, "--score-run needs --min X, the least mean score kept");
            refuse(cut.top != null, "--top goes with --uplift-run; --score-run takes --min");
            return AudienceSelection.score(which.scoreRun, cut.min, cut.scored);
        }
        refuse(cut.top == null, "--uplift-run needs --top K, how many users to keep");
        refuse(cut.min != null, "--min goes with --score-run; --uplift-run takes --top");
        return AudienceSelection.uplift(which.upliftRun, cut.top, cut.scored);
    }

    private static void refuse(boolean wrong, String message) {
        if (wrong) {
            throw new IllegalArgumentException(message);
        }
    }
}
