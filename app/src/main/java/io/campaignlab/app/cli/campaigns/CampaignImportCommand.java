package io.campaignlab.app.cli.campaigns;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignJson;
import io.campaignlab.engine.campaigns.CampaignRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** {@code campaign-lab campaign import FILE}. */
@Command(name = "import", description = "Read a campaign JSON file, check every field, and store it: as a new"
        + " draft campaign, or as the new draft of the campaign of that name (its live version keeps serving until"
        + " publish).")
public final class CampaignImportCommand extends CampaignWorkCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The campaign JSON file.")
    Path file;

    @Override
    protected int campaign(WorkspaceServices services, Output output) throws Exception {
        Campaign design = CampaignJson.read(CampaignCreateCommand.readFile(file), file.getFileName().toString());
        boolean exists = services.campaigns().find(design.name()).isPresent();
        CampaignRecord r = exists ? services.campaigns().saveDraft(design) : services.campaigns().create(design);
        if (json()) {
            output.json(new Imported(exists ? "draft_replaced" : "created", CampaignViews.Summary.of(r)));
            return 0;
        }
        if (exists) {
            output.line("Replaced the draft of '%s'%s.", r.name(), r.version() == 0 ? ""
                    : "; version " + r.version() + " serves until you publish");
        } else {
            output.line("Created the campaign '%s' as a draft; campaign-lab campaign publish '%s' freezes it.",
                    r.name(), r.name());
        }
        return 0;
    }

    /** {@code campaign import --json}. */
    record Imported(String action, CampaignViews.Summary campaign) {
    }
}
