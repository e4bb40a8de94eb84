package io.campaignlab.views.campaigns;

import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.campaigns.forecast.ForecastSource;
import io.campaignlab.views.campaigns.forecast.ForecastView;
import io.campaignlab.views.campaigns.replay.DecisionLookup;
import io.campaignlab.views.campaigns.readout.ReadoutSource;
import io.campaignlab.views.campaigns.readout.ReadoutView;
import io.campaignlab.views.campaigns.replay.ReplayView;
import io.campaignlab.views.campaigns.serve.ServeControl;
import io.campaignlab.views.campaigns.serve.ServeView;
import io.campaignlab.views.jobs.JobExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;

import java.util.function.Supplier;

/**
 * The Campaigns section's Forecast, Serve, Replay and Readout panes over the ports the app wires in: what forecasts a campaign,
 * the decision server and the decision log.
 *
 * @param forecasts what computes a campaign's forecast
 * @param server    the decision server the GUI starts and stops
 * @param decisions the decision log, read for replay
 * @param readouts  what reads the decision log out against the holdout
 */
public record LivePanes(ForecastSource forecasts, ServeControl server, DecisionLookup decisions,
                        ReadoutSource readouts) {

    /** The panes for one workbench: its workspace and job executor. */
    public CampaignPanes on(Supplier<WorkspaceContext> workspace, JobExecutor jobs) {
        return new CampaignPanes() {
            @Override
            public Node forecast(ObjectProperty<String> campaign) {
                return ForecastView.create(workspace, jobs, forecasts, campaign);
            }

            @Override
            public Node serve(ObjectProperty<String> campaign) {
                return ServeView.create(workspace, jobs, server, campaign);
            }

            @Override
            public Node replay(ObjectProperty<String> campaign) {
                return ReplayView.create(workspace, jobs, decisions, campaign);
            }

            @Override
            public Node readout(ObjectProperty<String> campaign) {
                return ReadoutView.create(workspace, jobs, readouts, campaign);
            }
        };
    }
}
