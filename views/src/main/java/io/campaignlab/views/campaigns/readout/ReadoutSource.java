package io.campaignlab.views.campaigns.readout;

import io.campaignlab.engine.campaigns.readout.CampaignReadout;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.workspace.WorkspaceContext;

/**
 * Makes the job that reads a campaign's decisions log out against its holdout; the app implements it on the
 * engine's {@code CampaignReadoutJob} and the persistence module's log writer.
 */
@FunctionalInterface
public interface ReadoutSource {

    Job<CampaignReadout> readout(WorkspaceContext workspace, String campaign);
}
