package io.campaignlab.app.cli.campaigns;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignJson;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code campaign-lab campaign export NAME --out FILE [--at-version V] [--force]}. */
@Command(name = "export", description = "Write a campaign's design as a JSON file: the draft when one is pending,"
        + " else the latest version. campaign import reads it back.")
public final class CampaignExportCommand extends NamedCampaignCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON file to write.")
    Path out;

    @Option(names = "--at-version", paramLabel = "V", description = "Write this frozen version instead.")
    Integer version;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Override
    protected int campaign(WorkspaceServices services, Output output) throws Exception {
        CampaignRecord r = services.campaigns().require(name);
        Campaign design = version == null ? r.current() : services.campaigns().version(name, version)
                .map(CampaignVersion::campaign).orElseThrow(() -> new IllegalArgumentException("campaign '" + name
                        + "' has no version " + version + (r.version() == 0 ? "; it was never published"
                        : "; its versions are 1 to " + r.version())));
        if (Files.exists(out) && !force) {
            throw new IllegalArgumentException(out + " exists already; give --force to replace it");
        }
        Files.writeString(out, CampaignJson.write(design) + System.lineSeparator(), StandardCharsets.UTF_8);
        String shown = version != null ? "version " + version : r.hasDraft() ? "the draft" : "version " + r.version();
        if (json()) {
            output.json(new Exported(name, shown, out.toAbsolutePath().toString()));
            return 0;
        }
        output.line("Wrote %s of '%s' to %s.", shown, name, out);
        return 0;
    }

    /** {@code campaign export --json}. */
    record Exported(String name, String exported, String file) {
    }
}
