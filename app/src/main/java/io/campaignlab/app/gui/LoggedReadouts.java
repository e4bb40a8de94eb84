package io.campaignlab.app.gui;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.readout.CampaignReadout;
import io.campaignlab.engine.campaigns.readout.CampaignReadoutJob;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.campaigns.readout.ReadoutSource;

/** The readout pane's source: the campaign's log read out as {@code campaign readout NAME} reads it. */
public final class LoggedReadouts implements ReadoutSource {

    @Override
    public Job<CampaignReadout> readout(WorkspaceContext workspace, String campaign) {
        if (!(workspace instanceof WorkspaceServices services)) {
            throw new IllegalArgumentException("the decisions log needs a workspace opened by the app");
        }
        return services.campaignReadout(campaign);
    }
}
