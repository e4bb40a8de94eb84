package io.campaignlab.app.gui;

import io.campaignlab.views.campaigns.LivePanes;
import io.campaignlab.views.campaigns.forecast.CampaignForecastSource;

/** The app's ports behind the Campaigns section's Forecast, Serve and Replay tabs, for the window and snapshots. */
final class CampaignPorts {

    private CampaignPorts() {
    }

    /** A fresh set: the forecast job, a decision server of its own (stopped) and the decision log reader and its readout. */
    static LivePanes live() {
        return new LivePanes(CampaignForecastSource.defaults(), new GuiServeControl(), new LoggedDecisions(),
                new LoggedReadouts());
    }
}
