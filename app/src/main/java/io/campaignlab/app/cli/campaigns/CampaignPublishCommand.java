package io.campaignlab.app.cli.campaigns;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.CampaignVersion;
import picocli.CommandLine.Command;

import java.time.Instant;

/** {@code campaign-lab campaign publish NAME}. */
@Command(name = "publish", description = "Freeze the campaign's draft as its next version (1, 2, …); that version"
        + " serves, and the previous one ends.")
public final class CampaignPublishCommand extends NamedCampaignCommand {

    @Override
    protected int campaign(WorkspaceServices services, Output output) {
        CampaignVersion v = services.campaigns().publish(name);
        if (json()) {
            output.json(new Published(v.name(), v.version(), "published", v.publishedAt()));
            return 0;
        }
        output.line("Published '%s' as version %d (%s); it is frozen: edit a new draft with campaign-lab campaign"
                + " import FILE.", v.name(), v.version(), CampaignViews.day(v.publishedAt()));
        return 0;
    }

    /** {@code campaign publish --json}. */
    record Published(String name, int version, String status, Instant publishedAt) {
    }
}
